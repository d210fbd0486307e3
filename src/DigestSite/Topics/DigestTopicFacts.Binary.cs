namespace DigestSite.Topics;

/// <summary>
/// The binary form of <see cref="DigestTopicFacts"/>, for a build cache: fields in declaration order,
/// counts and non-negative numbers as 7-bit encoded integers, indices that may be -1 stored plus one.
/// <see cref="Read"/> checks every index, so a damaged entry fails there (InvalidDataException or
/// EndOfStreamException) and never later in the corpus step.
/// </summary>
public sealed partial record DigestTopicFacts
{
    /// <summary>Changes whenever the layout or the meaning of a field changes; <see cref="Read"/> refuses others.</summary>
    public const int FormatVersion = 1;

    public void Write(BinaryWriter writer)
    {
        writer.Write7BitEncodedInt(FormatVersion);
        WriteTopics(writer, FrontMatterTopics);
        WriteTopics(writer, PlaceTopics);
        WriteStrings(writer, LowerCaseWords);
        WriteStrings(writer, CommonWordQuestions);
        writer.Write7BitEncodedInt(NameForms.Length);
        foreach (var form in NameForms)
        {
            writer.Write(form.Name);
            writer.Write(form.LowerCaseName);
            writer.Write(form.TopicKey);
            writer.Write7BitEncodedInt(form.WordCount);
            writer.Write7BitEncodedInt(form.DistinctiveWords.Length);
            foreach (var word in form.DistinctiveWords) writer.Write7BitEncodedInt(word);
        }
        writer.Write7BitEncodedInt(NameMentions.Length);
        foreach (var mention in NameMentions)
        {
            WriteIndex(writer, mention.KeptForm);
            WriteIndex(writer, mention.Question);
            WriteIndex(writer, mention.DroppedForm);
        }
        writer.Write7BitEncodedInt(DistinctiveWordCount);
        writer.Write7BitEncodedInt(TitleWords.Length);
        foreach (var word in TitleWords)
        {
            writer.Write(word.Word);
            writer.Write(word.Key);
            writer.Write(word.Eligible);
            WriteIndex(writer, word.Question);
            WriteIndex(writer, word.StemId);
            writer.Write7BitEncodedInt(word.BodyCount);
            writer.Write7BitEncodedInt(word.TogetherWithNext);
            writer.Write(word.PairTerm);
            writer.Write(word.PairKey);
        }
    }

    public static DigestTopicFacts Read(BinaryReader reader)
    {
        var version = reader.Read7BitEncodedInt();
        if (version != FormatVersion) throw new InvalidDataException($"topic facts format {version}, expected {FormatVersion}");
        var frontMatter = ReadTopics(reader);
        var places = ReadTopics(reader);
        var lowerCaseWords = ReadStrings(reader);
        var questions = ReadStrings(reader);
        var forms = new NameForm[ReadCount(reader)];
        for (var i = 0; i < forms.Length; i++)
        {
            var (name, lowerCaseName, topicKey, wordCount) = (reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadNumber(reader));
            var words = new int[ReadCount(reader)];
            for (var k = 0; k < words.Length; k++) words[k] = ReadNumber(reader);
            forms[i] = new NameForm(name, lowerCaseName, topicKey, wordCount, words);
        }
        var mentions = new NameMentionFacts[ReadCount(reader)];
        for (var i = 0; i < mentions.Length; i++)
            mentions[i] = new NameMentionFacts(ReadIndex(reader, forms.Length), ReadIndex(reader, questions.Length), ReadIndex(reader, forms.Length));
        var distinctiveWordCount = ReadNumber(reader);
        var title = new TitleWordFacts[ReadCount(reader)];
        for (var i = 0; i < title.Length; i++)
            title[i] = new TitleWordFacts(reader.ReadString(), reader.ReadString(), reader.ReadBoolean(), ReadIndex(reader, questions.Length),
                ReadIndex(reader, title.Length), ReadNumber(reader), ReadNumber(reader), reader.ReadString(), reader.ReadString());

        foreach (var form in forms)
            if (form.DistinctiveWords.Any(w => w >= distinctiveWordCount))
                throw new InvalidDataException("topic facts: distinctive word out of range");
        if (title.Any(w => w.Eligible && w.StemId < 0))
            throw new InvalidDataException("topic facts: a title word that may be a subject has no stem");
        return new DigestTopicFacts
        {
            FrontMatterTopics = frontMatter, PlaceTopics = places, LowerCaseWords = lowerCaseWords, CommonWordQuestions = questions,
            NameForms = forms, NameMentions = mentions, DistinctiveWordCount = distinctiveWordCount, TitleWords = title,
        };
    }

    private static void WriteTopics(BinaryWriter writer, KeyedTopic[] topics)
    {
        writer.Write7BitEncodedInt(topics.Length);
        foreach (var topic in topics)
        {
            writer.Write(topic.Name);
            writer.Write(topic.Key);
        }
    }

    private static KeyedTopic[] ReadTopics(BinaryReader reader)
    {
        var topics = new KeyedTopic[ReadCount(reader)];
        for (var i = 0; i < topics.Length; i++) topics[i] = new KeyedTopic(reader.ReadString(), reader.ReadString());
        return topics;
    }

    private static void WriteStrings(BinaryWriter writer, string[] strings)
    {
        writer.Write7BitEncodedInt(strings.Length);
        foreach (var s in strings) writer.Write(s);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var strings = new string[ReadCount(reader)];
        for (var i = 0; i < strings.Length; i++) strings[i] = reader.ReadString();
        return strings;
    }

    /// <summary>-1 (none) is written as 0, so every index is a small non-negative number.</summary>
    private static void WriteIndex(BinaryWriter writer, int index) => writer.Write7BitEncodedInt(index + 1);

    private static int ReadIndex(BinaryReader reader, int limit)
    {
        var index = reader.Read7BitEncodedInt() - 1;
        return index >= -1 && index < limit ? index : throw new InvalidDataException($"topic facts: index {index} out of range");
    }

    /// <summary>The length of an array: every element takes at least a byte, so a count larger than what is
    /// left to read is damage, caught before anything that large is allocated.</summary>
    private static int ReadCount(BinaryReader reader)
    {
        var count = ReadNumber(reader);
        var stream = reader.BaseStream;
        if (stream.CanSeek && count > stream.Length - stream.Position)
            throw new InvalidDataException($"topic facts: count {count} exceeds the data");
        return count;
    }

    private static int ReadNumber(BinaryReader reader)
    {
        var number = reader.Read7BitEncodedInt();
        return number >= 0 ? number : throw new InvalidDataException($"topic facts: negative number {number}");
    }
}
