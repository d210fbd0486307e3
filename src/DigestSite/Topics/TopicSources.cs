namespace DigestSite.Topics;

/// <summary>What topics are looked for in a digest's text: countries, places that are topics of their own, the
/// site's configured topics (<c>topics.aliases</c>) and the vocabulary of subjects.</summary>
public sealed record TopicSources(Gazetteer Countries, Gazetteer Places, Gazetteer Configured, SubjectLexicon Subjects);
