namespace DigestSite.Topics;

/// <summary>Why a digest carries a topic: the editor wrote it in front matter, the story is about it (a
/// subject of the vocabulary), it happens there (a place), or it is about that person, organisation or event
/// (an entity).</summary>
public enum TopicKind : byte { FrontMatter, Subject, Place, Entity }

/// <summary>A topic chosen for one digest: the name as found, its kind and the evidence that chose it, in words
/// a reader of <c>inspect</c> understands ("in the title; 3 mentions", "cues: inflation, interest rates").</summary>
public sealed record ChosenTopic(string Name, TopicKind Kind, string Evidence)
{
    /// <summary>A front-matter topic that names the story's main subject ("geothermal power" for geothermal
    /// energy). Stored only when true.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool NamesSubject { get; init; }

    /// <summary>A subject of the story, so it can be the digest's kicker: a subject topic, or a front-matter topic
    /// that names one.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSubject => Kind == TopicKind.Subject || NamesSubject;
}

public static class TopicKindNames
{
    /// <summary>The contract's name of a kind in <c>inspect --json</c>.</summary>
    public static string ContractName(this TopicKind kind) => kind switch
    {
        TopicKind.Subject => "subject",
        TopicKind.Place => "place",
        TopicKind.Entity => "entity",
        _ => "frontMatter",
    };
}
