namespace DigestSite.Topics;

/// <summary>A canonical topic: the name shown to readers and the slug of its page.</summary>
public sealed record Topic(string Name, string Slug);
