namespace DigestSite.Topics;

/// <summary>
/// The binary form of <see cref="DigestTopicFacts"/>, for a build cache: fields in declaration order,
/// numbers as 7-bit encoded integers (indices that may be -1 stored plus one), strings through a
/// <see cref="FactsStringTable"/>. <see cref="Read"/> checks every index, so a damaged entry fails there
/// (InvalidDataException or EndOfStreamException) and never later in the corpus step.
/// </summary>
public sealed partial record DigestTopicFacts
{
    /// <summary>Changes whenever the layout or the meaning of a field changes; <see cref="Read"/> refuses others.</summary>
    public const int FormatVersion = 4;

    /// <param name="strings">Shared by all the facts written to one stream, so each distinct word is written
    /// once (most recur from digest to digest); null: this record stands alone.</param>
    public void Write(BinaryWriter writer, FactsStringTable? strings = null) =>
        Write(new BinaryFactsSink(writer), strings ?? new FactsStringTable());

    /// <param name="strings">Null: every string written in full (a fingerprint does so).</param>
    internal void Write<TSink>(TSink sink, FactsStringTable? strings) where TSink : IFactsSink
    {
        var w = new FactsWriter<TSink>(sink, strings);
        w.Number(FormatVersion);
        w.Topics(FrontMatterTopics);
        w.Number(Places.Length);
        foreach (var place in Places)
        {
            w.String(place.Name);
            w.String(place.Key);
            w.Number((int)place.Kind);
            w.Number(place.TitleMentions);
            w.Number(place.ProminentMentions);
            w.Number(place.Mentions);
        }
        w.Number(Subjects.Length);
        foreach (var subject in Subjects)
        {
            w.String(subject.Name);
            w.String(subject.Key);
            w.Number(subject.Score);
            w.Number(subject.Cues);
            w.Number(subject.InTitle ? 1 : 0);
            w.String(subject.Evidence);
        }
        w.Strings(LowerCaseWords);
        w.Strings(CommonWordQuestions);
        w.Number(NameForms.Length);
        foreach (var form in NameForms)
        {
            w.String(form.Name);
            w.String(form.LowerCaseName);
            w.String(form.TopicKey);
            w.Number(form.WordCount);
            w.Number(form.DistinctiveWords.Length);
            foreach (var word in form.DistinctiveWords) w.Number(word);
        }
        w.Number(NameMentions.Length);
        foreach (var mention in NameMentions)
        {
            w.Index(mention.KeptForm);
            w.Index(mention.Question);
            w.Index(mention.DroppedForm);
        }
        w.Number(DistinctiveWordCount);
        w.Number(TitleMentions);
        w.Number(LeadMentions);
    }

    /// <param name="strings">The table of the stream: fresh when reading starts, then shared by every record read
    /// from it in the order they were written; null for a record written alone.</param>
    public static DigestTopicFacts Read(BinaryReader reader, FactsStringTable? strings = null) =>
        Read(new BinaryFactsSource(reader), strings ?? new FactsStringTable());

    internal static DigestTopicFacts Read<TSource>(TSource source, FactsStringTable strings) where TSource : IFactsSource
    {
        var r = new FactsReader<TSource>(source, strings);
        var version = r.Number();
        if (version != FormatVersion) throw new InvalidDataException($"topic facts format {version}, expected {FormatVersion}");
        var frontMatter = r.Topics();
        var places = new PlaceEvidence[r.Count()];
        for (var i = 0; i < places.Length; i++)
            places[i] = new PlaceEvidence(r.String(), r.String(), r.Number() is var kind && kind <= (int)TopicKind.Entity ? (TopicKind)kind
                : throw new InvalidDataException("topic facts: bad kind"), r.Number(), r.Number(), r.Number());
        var subjects = new SubjectEvidence[r.Count()];
        for (var i = 0; i < subjects.Length; i++)
            subjects[i] = new SubjectEvidence(r.String(), r.String(), r.Number(), r.Number(), r.Number() != 0, r.String());
        var lowerCaseWords = r.Strings();
        var questions = r.Strings();
        var forms = new NameForm[r.Count()];
        for (var i = 0; i < forms.Length; i++)
        {
            var (name, lowerCaseName, topicKey, wordCount) = (r.String(), r.String(), r.String(), r.Number());
            var words = new int[r.Count()];
            for (var k = 0; k < words.Length; k++) words[k] = r.Number();
            forms[i] = new NameForm(name, lowerCaseName, topicKey, wordCount, words);
        }
        var mentions = new NameMentionFacts[r.Count()];
        for (var i = 0; i < mentions.Length; i++)
            mentions[i] = new NameMentionFacts(r.Index(forms.Length), r.Index(questions.Length), r.Index(forms.Length));
        var distinctiveWordCount = r.Number();
        var titleMentions = r.Number();
        var leadMentions = r.Number();

        if (forms.Any(f => f.WordCount == 0 || !FactsChecks.AllBelow(f.DistinctiveWords, distinctiveWordCount)))
            throw new InvalidDataException("topic facts: a name form is empty or its words are out of range");
        if (titleMentions > mentions.Length) throw new InvalidDataException("topic facts: more title mentions than mentions");
        if (leadMentions < titleMentions || leadMentions > mentions.Length) throw new InvalidDataException("topic facts: lead mentions out of range");
        return new DigestTopicFacts
        {
            FrontMatterTopics = frontMatter, Places = places, Subjects = subjects, LowerCaseWords = lowerCaseWords,
            CommonWordQuestions = questions, NameForms = forms, NameMentions = mentions, DistinctiveWordCount = distinctiveWordCount,
            TitleMentions = titleMentions, LeadMentions = leadMentions,
        };
    }

    private readonly struct FactsWriter<TSink>(TSink writer, FactsStringTable? strings) where TSink : IFactsSink
    {
        public void Number(int n) => writer.Write7BitEncodedInt(n);

        /// <summary>-1 (none) is written as 0, so every index is a small non-negative number.</summary>
        public void Index(int index) => writer.Write7BitEncodedInt(index + 1);

        public void String(string s)
        {
            if (strings is null) writer.Write(s);
            else strings.Write(writer, s);
        }

        public void Strings(string[] strings)
        {
            Number(strings.Length);
            foreach (var s in strings) String(s);
        }

        public void Topics(KeyedTopic[] topics)
        {
            Number(topics.Length);
            foreach (var topic in topics)
            {
                String(topic.Name);
                String(topic.Key);
            }
        }
    }

    private readonly struct FactsReader<TSource>(TSource reader, FactsStringTable strings) where TSource : IFactsSource
    {
        public int Number()
        {
            var number = reader.Read7BitEncodedInt();
            return number >= 0 ? number : throw new InvalidDataException($"topic facts: negative number {number}");
        }

        public int Index(int limit)
        {
            var index = reader.Read7BitEncodedInt() - 1;
            return index >= -1 && index < limit ? index : throw new InvalidDataException($"topic facts: index {index} out of range");
        }

        /// <summary>The length of an array: every element takes at least a byte, so a count larger than what is
        /// left to read is damage, caught before anything that large is allocated.</summary>
        public int Count()
        {
            var count = Number();
            if (count > reader.Remaining)
                throw new InvalidDataException($"topic facts: count {count} exceeds the data");
            return count;
        }

        public string String() => strings.Read(reader);

        public string[] Strings()
        {
            var result = new string[Count()];
            for (var i = 0; i < result.Length; i++) result[i] = String();
            return result;
        }

        public KeyedTopic[] Topics()
        {
            var topics = new KeyedTopic[Count()];
            for (var i = 0; i < topics.Length; i++) topics[i] = new KeyedTopic(String(), String());
            return topics;
        }
    }
}

/// <summary>
/// The strings already written to, or read from, one stream of <see cref="DigestTopicFacts"/>: a string's first
/// occurrence is written in full and numbered, later ones as its number. Use one table for writing a stream
/// and a fresh one for reading it back, reading the records in the order they were written. Not thread-safe.
/// </summary>
public sealed class FactsStringTable
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>Forgets every string, keeping the memory, for the next stream.</summary>
    internal void Clear()
    {
        _numbers.Clear();
        _strings.Clear();
    }

    /// <summary>0 and the text for a new string; otherwise its number plus one.</summary>
    internal void Write<TSink>(TSink writer, string s) where TSink : IFactsSink
    {
        if (_numbers.TryGetValue(s, out var number))
        {
            writer.Write7BitEncodedInt(number + 1);
            return;
        }
        writer.Write7BitEncodedInt(0);
        writer.Write(s);
        _numbers.Add(s, _numbers.Count);
    }

    internal string Read<TSource>(TSource reader) where TSource : IFactsSource
    {
        var code = reader.Read7BitEncodedInt();
        if (code == 0)
        {
            var s = reader.ReadString();
            _strings.Add(s);
            return s;
        }
        return code > 0 && code <= _strings.Count ? _strings[code - 1]
            : throw new InvalidDataException($"topic facts: string {code - 1} not in the table");
    }
}

/// <summary>Checks of decoded facts. (Loops, not LINQ's Any over ints: generic code the JIT compiled at every start.)</summary>
internal static class FactsChecks
{
    public static bool AllBelow(int[] items, int limit)
    {
        foreach (var item in items)
            if (item >= limit) return false;
        return true;
    }
}
