namespace DigestSite.Scaffolding;

/// <summary>What a scaffolding step did: the files it created (full paths), or why it refused to do anything.
/// A refusal is a usage error (exit code 2); nothing was written.</summary>
public sealed record ScaffoldResult(IReadOnlyList<string> Created, string? Refusal = null)
{
    public bool Ok => Refusal is null;

    public static ScaffoldResult Refused(string reason) => new([], reason);
}
