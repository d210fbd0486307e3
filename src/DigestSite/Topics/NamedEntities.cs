namespace DigestSite.Topics;

/// <summary>A person or organisation named in one digest: the fullest form of its name (an index into the
/// digest's <see cref="DigestTopicFacts.NameForms"/>), how often the digest mentions it (a surname alone counts
/// for the full name), and where it first appears.</summary>
internal readonly record struct NamedEntity(int Form, int Mentions, int FirstMention);

/// <summary>
/// People and organisations of one digest, from its name mentions once the corpus has said which
/// sentence-initial words are common: a capitalised word seen only at the start of sentences is dropped
/// unless the digest also uses it inside a sentence, and mentions that share a distinctive word are one entity
/// ("Tomás Echeverría" and a later "Echeverría", or "Wawel Castle" and "Wawel Royal Castle").
/// </summary>
internal static class NamedEntities
{
    /// <param name="isCommon">The answers to the digest's common-word questions.</param>
    /// <returns>Most mentioned first, then first mentioned first.</returns>
    public static List<NamedEntity> Of(DigestTopicFacts facts, bool[] isCommon)
    {
        var forms = facts.NameForms;
        var mentions = new List<(int Form, bool Weak)>(facts.NameMentions.Length);
        foreach (var m in facts.NameMentions)
        {
            var common = m.Question >= 0 && isCommon[m.Question];
            var form = common ? m.DroppedForm : m.KeptForm;
            if (form >= 0) mentions.Add((form, m.Question >= 0 && !common));
        }

        // A capitalised word seen only at the start of sentences is not known to be a name. (A one-word form is
        // always a distinctive word, so its id says whether a non-weak mention uses it.)
        var seenInside = new bool[facts.DistinctiveWordCount];
        foreach (var (form, weak) in mentions)
            if (!weak)
                foreach (var word in forms[form].DistinctiveWords) seenInside[word] = true;
        mentions.RemoveAll(m => m.Weak && forms[m.Form].WordCount == 1
            && (forms[m.Form].DistinctiveWords is not [var word] || !seenInside[word]));
        return Group(forms, mentions, facts.DistinctiveWordCount);
    }

    /// <summary>Joins mentions that share a distinctive word; names each group by its most used full form
    /// (ties: the form used first).</summary>
    private static List<NamedEntity> Group(NameForm[] forms, List<(int Form, bool Weak)> mentions, int distinctiveWords)
    {
        var count = mentions.Count;
        var parent = new int[count];
        for (var i = 0; i < count; i++) parent[i] = i;
        int Root(int i)
        {
            var root = i;
            while (parent[root] != root) root = parent[root];
            while (parent[i] != root) (i, parent[i]) = (parent[i], root);
            return root;
        }
        var ownerOfWord = new int[distinctiveWords];
        Array.Fill(ownerOfWord, -1);
        for (var i = 0; i < count; i++)
            foreach (var word in forms[mentions[i].Form].DistinctiveWords)
            {
                if (ownerOfWord[word] >= 0) parent[Root(i)] = Root(ownerOfWord[word]);
                else ownerOfWord[word] = i;
            }

        // Each group's members in text order, groups one after another.
        var byGroup = new (int Root, int Mention)[count];
        for (var i = 0; i < count; i++) byGroup[i] = (Root(i), i);
        Array.Sort(byGroup);

        var entities = new List<NamedEntity>();
        var usesInGroup = new int[forms.Length];
        for (var start = 0; start < count;)
        {
            var end = start;
            var hasLongForm = false;
            while (end < count && byGroup[end].Root == byGroup[start].Root)
            {
                var form = mentions[byGroup[end++].Mention].Form;
                usesInGroup[form]++;
                hasLongForm |= forms[form].WordCount > 1;
            }
            var best = -1;
            for (var k = start; k < end; k++)
            {
                var form = mentions[byGroup[k].Mention].Form;
                if (hasLongForm && forms[form].WordCount == 1) continue;
                if (best < 0 || usesInGroup[form] > usesInGroup[best]) best = form;
            }
            for (var k = start; k < end; k++) usesInGroup[mentions[byGroup[k].Mention].Form] = 0;
            entities.Add(new NamedEntity(best, end - start, byGroup[start].Mention));
            start = end;
        }
        entities.Sort((a, b) => a.Mentions != b.Mentions ? b.Mentions.CompareTo(a.Mentions) : a.FirstMention.CompareTo(b.FirstMention));
        return entities;
    }
}
