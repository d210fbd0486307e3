namespace DigestSite.Topics;

/// <summary>
/// What topic extraction needs to know about one digest, taken from its text alone: the expensive part of
/// extraction (every line scanned once), a pure function of the digest and the extractor's settings, so a
/// build may keep it by the digest's content hash (see <see cref="TopicExtractor.Facts(DigestSite.Content.Digest)"/>). The corpus step
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

    /// <summary>Countries, regions and cities, then configured topics, that the text names, weightiest first.</summary>
    public required PlaceEvidence[] Places { get; init; }

    /// <summary>Subjects of the vocabulary the text signals, best first.</summary>
    public required SubjectEvidence[] Subjects { get; init; }

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

    /// <summary>How many of <see cref="NameMentions"/> come from the title (they come first).</summary>
    public required int TitleMentions { get; init; }

    /// <summary>How many of <see cref="NameMentions"/> come from the lead: the title and the first section (they
    /// come first). A body named there once in full is what the story is about more often than one named later.</summary>
    public int LeadMentions { get; init; }

    /// <summary>Lower-case nouns after "the" that may call back a body named in full ("the commission" after "the
    /// Independent Electoral and Boundaries Commission"): only the <see cref="Organisations.HeadNoun">head
    /// nouns</see> of this digest's name forms, each with the number of name mentions in the lines before it.</summary>
    public NounReference[] NounReferences { get; init; } = [];

    /// <summary>Facts with nothing derived from the text (used when <c>topics.auto</c> is off).</summary>
    public static DigestTopicFacts FrontMatterOnly(KeyedTopic[] frontMatter) => new()
    {
        FrontMatterTopics = frontMatter, Places = [], Subjects = [], LowerCaseWords = [], CommonWordQuestions = [],
        NameForms = [], NameMentions = [], DistinctiveWordCount = 0, TitleMentions = 0,
    };
}

/// <summary>A topic name with its <see cref="TopicExtractor.TopicKey">key</see>, which decides whether two
/// names are the same topic.</summary>
public readonly record struct KeyedTopic(string Name, string Key);

/// <summary>"The <see cref="Noun"/>" in a line of prose that comes after <see cref="MentionsBefore"/> name mentions.</summary>
public readonly record struct NounReference(string Noun, int MentionsBefore);

/// <summary>One spelling of a name as it would become a topic: the words joined by spaces, its lower-case form
/// (which digests naming it are counted by), its topic key, how many words it has, its distinctive words
/// (ids within the digest; mentions sharing one are the same entity), and the noun a story calls the body by
/// afterwards (<see cref="Organisations.HeadNoun"/>: "commission"; null for a name that is not a body's).</summary>
public readonly record struct NameForm(string Name, string LowerCaseName, string TopicKey, int WordCount, int[] DistinctiveWords, string? HeadNoun);

/// <summary>
/// A capitalised phrase, cleaned of roles, sentence-initial function words and calendar words, as an index
/// into <see cref="DigestTopicFacts.NameForms"/> (-1: it names nothing). When the phrase opens a sentence its
/// first word may be a common word: then <see cref="Question"/> is that word's question, and the phrase is
/// <see cref="DroppedForm"/> without it when the word is common, else <see cref="KeptForm"/>, "weak" (its
/// capital may only be the sentence's). <see cref="Office"/>: the name follows the title of an office ("Tourism
/// Minister Yasmin El-Sayed"). <see cref="Acts"/>: a verb of speech or action follows the name ("INDEC said",
/// "CERN has").
/// </summary>
public readonly record struct NameMentionFacts(int KeptForm, int Question, int DroppedForm, bool Office = false, bool Acts = false)
{
    public const int None = -1;
}
