namespace DigestSite.Topics;

/// <summary>A person or organisation named in one digest: the fullest form of its name (an index into the
/// digest's <see cref="DigestTopicFacts.NameForms"/>), how often the digest mentions it (a surname alone counts
/// for the full name), its first mention (an index into <see cref="DigestTopicFacts.NameMentions"/>), and whether
/// a mention gives it the title of an office (<see cref="NameMentionFacts.Office"/>). <see cref="References"/>: how
/// many of the mentions call it by its head noun ("the commission"), counted only for the one body of the digest
/// with that head noun. <see cref="Acts"/>: a mention is followed by a verb of speech or action (<see cref="NameMentionFacts.Acts"/>).</summary>
internal readonly record struct NamedEntity(int Form, int Mentions, int FirstMention, bool Office = false, int References = 0, bool Acts = false);

/// <summary>
/// People and organisations of one digest, from its name mentions once the corpus has said which
/// sentence-initial words are common: a capitalised word seen only at the start of sentences is dropped
/// unless the digest also uses it inside a sentence, and mentions that share a distinctive word are one entity
/// ("Tomás Echeverría" and a later "Echeverría", or "Wawel Castle" and "Wawel Royal Castle").
/// </summary>
internal sealed class NamedEntities
{
    // Working space reused digest after digest (one instance per worker thread).
    private readonly List<Mention> _mentions = [];
    private int[] _parent = new int[64];
    private GroupMember[] _byGroup = new GroupMember[64];
    private int[] _ownerOfWord = new int[64];
    private bool[] _seenInside = new bool[64];
    private int[] _usesInGroup = new int[64];
    private int[] _uncutInGroup = new int[64];
    private int[] _openings = new int[64];
    private bool[] _towns = new bool[64];
    private int[] _aloneForm = new int[64];
    private readonly List<NamedEntity> _entities = [];

    /// <param name="isCommon">The answers to the digest's common-word questions.</param>
    /// <returns>Most mentioned first, then first mentioned first.</returns>
    public NamedEntity[] Of(DigestTopicFacts facts, ReadOnlySpan<bool> isCommon)
    {
        var forms = facts.NameForms;
        _mentions.Clear();
        // A name of three words or more that the digest opens sentences with twice, word for word, keeps its first
        // word even where that word is common elsewhere: "Crown Estate Scotland", not "Estate Scotland".
        var openings = Cleared(ref _openings, forms.Length);
        foreach (var m in facts.NameMentions)
            if (m.Question >= 0 && m.KeptForm >= 0 && forms[m.KeptForm].WordCount >= 3) openings[m.KeptForm]++;
        for (var k = 0; k < facts.NameMentions.Length; k++)
        {
            var m = facts.NameMentions[k];
            var common = m.Question >= 0 && isCommon[m.Question] && !(m.KeptForm >= 0 && openings[m.KeptForm] >= 2);
            var form = common ? m.DroppedForm : m.KeptForm;
            if (form >= 0) _mentions.Add(new Mention(form, m.Question >= 0 && !common, k, m.Office, m.Acts, Cut: common));
        }

        // A capitalised word seen only at the start of sentences is not known to be a name, unless it is part of a
        // name of two words or more ("Mads Kjeldsen …", then "Kjeldsen attacked …"). (A one-word form is always a
        // distinctive word, so its id says whether such a mention uses it.)
        var seenInside = Cleared(ref _seenInside, facts.DistinctiveWordCount);
        foreach (var (form, weak, _, _, _, _) in _mentions)
            if (!weak || forms[form].WordCount > 1)
                foreach (var word in forms[form].DistinctiveWords) seenInside[word] = true;
        var kept = 0;
        for (var i = 0; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (!m.Weak || forms[m.Form].WordCount > 1 || forms[m.Form].DistinctiveWords is [var word] && seenInside[word])
                _mentions[kept++] = m;
        }
        _mentions.RemoveRange(kept, _mentions.Count - kept);
        return Group(forms, facts.DistinctiveWordCount, facts.NounReferences);
    }

    /// <summary>Whether <paramref name="longer"/> is <paramref name="name"/> with words after it.</summary>
    private static bool StartsWithName(string longer, string name) =>
        longer.Length > name.Length + 1 && longer.StartsWith(name, StringComparison.Ordinal) && longer[name.Length] == ' ';

    /// <summary>Whether <paramref name="longer"/> is <paramref name="name"/> with words before it.</summary>
    private static bool EndsWithName(string longer, string name) =>
        longer.Length > name.Length + 1 && longer.EndsWith(name, StringComparison.Ordinal) && longer[^(name.Length + 1)] == ' ';

    /// <summary>Joins mentions that share a distinctive word; names each group by its most used full form
    /// (ties: the form used first, but a longer form that ends with a form only ever cut short: "Square Kilometre
    /// Array" beside a headline's "Kilometre Array", whose first word is common at the start of a sentence; and the
    /// full name that goes on from a shorter form: "Río Plátano Biosphere Reserve" beside a title's "Río Plátano").</summary>
    private NamedEntity[] Group(NameForm[] forms, int distinctiveWords, NounReference[] references)
    {
        var mentions = _mentions;
        var count = mentions.Count;
        var parent = Sized(ref _parent, count);
        for (var i = 0; i < count; i++) parent[i] = i;
        var ownerOfWord = Sized(ref _ownerOfWord, distinctiveWords);
        var towns = FindTowns(forms, distinctiveWords);
        ownerOfWord.Fill(-1);
        for (var i = 0; i < count; i++)
            foreach (var word in forms[mentions[i].Form].DistinctiveWords)
            {
                // A town's name inside its council's name does not make the town the council.
                if (towns[word] && forms[mentions[i].Form].WordCount > 1) continue;
                if (ownerOfWord[word] >= 0) parent[Root(parent, i)] = Root(parent, ownerOfWord[word]);
                else ownerOfWord[word] = i;
            }

        // Each group's members in text order, groups one after another.
        var byGroup = Sized(ref _byGroup, count);
        for (var i = 0; i < count; i++) byGroup[i] = new GroupMember(Root(parent, i), i);
        SortByGroup(byGroup);

        _entities.Clear();
        var usesInGroup = Cleared(ref _usesInGroup, forms.Length);
        var uncutInGroup = Cleared(ref _uncutInGroup, forms.Length);
        for (var start = 0; start < count;)
        {
            var end = start;
            var hasLongForm = false;
            var office = false;
            var acts = false;
            while (end < count && byGroup[end].Root == byGroup[start].Root)
            {
                var mention = mentions[byGroup[end++].Mention];
                usesInGroup[mention.Form]++;
                if (!mention.Cut) uncutInGroup[mention.Form]++;
                hasLongForm |= forms[mention.Form].WordCount > 1;
                office |= mention.Office;
                acts |= mention.Acts;
            }
            var best = -1;
            for (var k = start; k < end; k++)
            {
                var form = mentions[byGroup[k].Mention].Form;
                if (hasLongForm && forms[form].WordCount == 1) continue;
                if (best < 0 || usesInGroup[form] > usesInGroup[best]
                    || usesInGroup[form] == usesInGroup[best] && (uncutInGroup[best] == 0 && EndsWithName(forms[form].Name, forms[best].Name)
                                                                  || StartsWithName(forms[form].Name, forms[best].Name)))
                    best = form;
            }
            for (var k = start; k < end; k++)
            {
                var form = mentions[byGroup[k].Mention].Form;
                usesInGroup[form] = uncutInGroup[form] = 0;
            }
            var entity = new NamedEntity(best, end - start, mentions[byGroup[start].Mention].Index, office, Acts: acts);
            if (forms[best].DistinctiveWords is [var town] && towns[town]) entity = WithBodiesNamedAfter(entity, town, forms);
            _entities.Add(entity);
            start = end;
        }
        var entities = _entities.ToArray();
        if (references.Length > 0) AddReferences(entities, forms, references);
        SortByMentions(entities);
        return entities;
    }

    /// <summary>A body named in full and then called "the commission" is mentioned each time: the references to its
    /// head noun after its first mention count for it, unless another entity of the digest has the same head noun
    /// (two councils, two hospitals: the reference could be either).</summary>
    private static void AddReferences(NamedEntity[] entities, NameForm[] forms, NounReference[] references)
    {
        var heads = new string?[entities.Length];
        for (var i = 0; i < entities.Length; i++) heads[i] = forms[entities[i].Form].HeadNoun;
        for (var i = 0; i < entities.Length; i++)
        {
            if (heads[i] is not { } head || Array.IndexOf(heads, head) != i || Array.LastIndexOf(heads, head) != i) continue;
            var count = 0;
            foreach (var r in references)
                if (r.Noun == head && r.MentionsBefore > entities[i].FirstMention) count++;
            if (count > 0) entities[i] = entities[i] with { Mentions = entities[i].Mentions + count, References = count };
        }
    }

    /// <summary>The words that name a town alone and in the name of a body named after it: "Leeds" beside "Leeds
    /// City Council", "Córdoba" beside "University of Córdoba" (<see cref="Organisations.IsNamedAfter"/>). A company
    /// or a university named after a place ("Harvard University") is called by that name alone, so only councils
    /// and universities "of" a place tell a town.</summary>
    private Span<bool> FindTowns(NameForm[] forms, int distinctiveWords)
    {
        var towns = Cleared(ref _towns, distinctiveWords);
        var alone = Sized(ref _aloneForm, distinctiveWords);
        alone.Fill(-1);
        foreach (var m in _mentions)
            if (forms[m.Form].WordCount == 1 && forms[m.Form].DistinctiveWords is [var word]) alone[word] = m.Form;
        foreach (var m in _mentions)
        {
            if (forms[m.Form].WordCount == 1) continue;
            foreach (var word in forms[m.Form].DistinctiveWords)
                if (alone[word] >= 0 && !towns[word] && Organisations.IsNamedAfter(forms[m.Form].Name, forms[alone[word]].Name)) towns[word] = true;
        }
        return towns;
    }

    /// <summary>A town's entity counts the mentions of the bodies named after it: a story that names Leeds once and
    /// Leeds City Council once names Leeds twice.</summary>
    private NamedEntity WithBodiesNamedAfter(NamedEntity town, int word, NameForm[] forms)
    {
        var mentions = town.Mentions;
        var first = town.FirstMention;
        foreach (var m in _mentions)
            if (forms[m.Form].WordCount > 1 && Array.IndexOf(forms[m.Form].DistinctiveWords, word) >= 0)
            {
                mentions++;
                first = Math.Min(first, m.Index);
            }
        return town with { Mentions = mentions, FirstMention = first };
    }

    /// <summary>A name mention kept for grouping: its form, and whether it is only at the start of a sentence;
    /// <see cref="Cut"/>: it opened a sentence with a common word, left out of its form.</summary>
    private readonly record struct Mention(int Form, bool Weak, int Index, bool Office, bool Acts, bool Cut);

    /// <summary>A mention (its index) and the root of its group.</summary>
    private readonly record struct GroupMember(int Root, int Mention);

    /// <summary>By group, then text order (insertion sort: a digest has tens of mentions).</summary>
    private static void SortByGroup(Span<GroupMember> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i;
            for (; j > 0 && (items[j - 1].Root > item.Root || items[j - 1].Root == item.Root && items[j - 1].Mention > item.Mention); j--)
                items[j] = items[j - 1];
            items[j] = item;
        }
    }

    /// <summary>Most mentioned first, then first mentioned first (no two entities share a first mention).</summary>
    private static void SortByMentions(NamedEntity[] items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i;
            for (; j > 0 && (items[j - 1].Mentions < item.Mentions || items[j - 1].Mentions == item.Mentions && items[j - 1].FirstMention > item.FirstMention); j--)
                items[j] = items[j - 1];
            items[j] = item;
        }
    }

    private static int Root(Span<int> parent, int i)
    {
        var root = i;
        while (parent[root] != root) root = parent[root];
        while (parent[i] != root) (i, parent[i]) = (parent[i], root);
        return root;
    }

    /// <summary>The first <paramref name="length"/> items of a reused array, grown when too short.</summary>
    private static Span<T> Sized<T>(ref T[] array, int length)
    {
        if (array.Length < length) array = new T[Math.Max(length, array.Length * 2)];
        return array.AsSpan(0, length);
    }

    private static Span<T> Cleared<T>(ref T[] array, int length)
    {
        var span = Sized(ref array, length);
        span.Clear();
        return span;
    }
}
