namespace DigestSite.Topics;

/// <summary>
/// What topic extraction needs to know about one digest, taken from its text alone: the expensive part of
/// extraction (every line scanned once), a pure function of the digest and the extractor's settings, so a
/// build may keep it by the digest's content hash (see <see cref="TopicExtractor.Facts"/>). The corpus step
/// (<see cref="TopicCombiner"/>) turns the facts of all digests into topics cheaply.
/// </summary>
/// <remarks>
/// Two decisions depend on the other digests: whether a capitalised word that opens a sentence is a common
/// word (written in lower case in some digest: "Tourism is…"), and whether a name mentioned once is named by
/// another digest. The first is kept here as a <see cref="CommonWordQuestions">question</see>: facts record
/// both outcomes of every choice that hangs on it.
/// </remarks>
public sealed partial record DigestTopicFacts
{
    /// <summary>Topics from front matter, always kept first.</summary>
    public required KeyedTopic[] FrontMatterTopics { get; init; }

    /// <summary>Countries, then configured topics, that the text names prominently, in order of preference.</summary>
    public required KeyedTopic[] PlaceTopics { get; init; }

    /// <summary>Distinct words this digest writes in lower case (the corpus's common words are their union),
    /// those with a letter: only they can be the lower-case form of a capitalised word.</summary>
    public required string[] LowerCaseWords { get; init; }

    /// <summary>Lower-cased words whose commonness across the corpus decides something here.</summary>
    public required string[] CommonWordQuestions { get; init; }

    /// <summary>Distinct spellings of the people and organisations the text may name.</summary>
    public required NameForm[] NameForms { get; init; }

    /// <summary>Capitalised phrases that may name someone, in text order, each as the name form it cleans to.</summary>
    public required NameMentionFacts[] NameMentions { get; init; }

    /// <summary>How many distinct distinctive words the name forms use (the range of <see cref="NameForm.DistinctiveWords"/>).</summary>
    public required int DistinctiveWordCount { get; init; }

    /// <summary>The words of the title, as candidates for subject keywords.</summary>
    public required TitleWordFacts[] TitleWords { get; init; }

    /// <summary>Facts with nothing derived from the text (used when <c>topics.auto</c> is off).</summary>
    public static DigestTopicFacts FrontMatterOnly(KeyedTopic[] frontMatter) => new()
    {
        FrontMatterTopics = frontMatter, PlaceTopics = [], LowerCaseWords = [], CommonWordQuestions = [],
        NameForms = [], NameMentions = [], DistinctiveWordCount = 0, TitleWords = [],
    };
}

/// <summary>A topic name with its <see cref="TopicExtractor.TopicKey">key</see>, which decides whether two
/// names are the same topic.</summary>
public readonly record struct KeyedTopic(string Name, string Key);

/// <summary>One spelling of a name as it would become a topic: the words joined by spaces, its lower-case form
/// (which digests naming it are counted by), its topic key, how many words it has, and its distinctive words
/// (ids within the digest; mentions sharing one are the same entity).</summary>
public readonly record struct NameForm(string Name, string LowerCaseName, string TopicKey, int WordCount, int[] DistinctiveWords);

/// <summary>
/// A capitalised phrase, cleaned of roles, sentence-initial function words and calendar words, as an index
/// into <see cref="DigestTopicFacts.NameForms"/> (-1: it names nothing). When the phrase opens a sentence its
/// first word may be a common word: then <see cref="Question"/> is that word's question, and the phrase is
/// <see cref="DroppedForm"/> without it when the word is common, else <see cref="KeptForm"/>, "weak" (its
/// capital may only be the sentence's).
/// </summary>
public readonly record struct NameMentionFacts(int KeptForm, int Question, int DroppedForm)
{
    public const int None = -1;
}

/// <summary>
/// A word of the title as a subject keyword candidate, lower-cased. <see cref="Eligible"/> false: never a
/// subject word; otherwise it is one unless it is a name here, which for a capitalised word that only ever
/// opens sentences depends on whether the corpus writes it in lower case (<see cref="Question"/>, or -1).
/// Words with the same stem share a <see cref="StemId"/>; <see cref="BodyCount"/> is how often the body uses
/// the stem, and <see cref="TogetherWithNext"/> how often the body has this stem followed by the next
/// word's. <see cref="PairTerm"/> is "word next" when the body uses the pair enough, else empty.
/// </summary>
public readonly record struct TitleWordFacts(
    string Word, string Key, bool Eligible, int Question, int StemId, int BodyCount, int TogetherWithNext, string PairTerm, string PairKey);
