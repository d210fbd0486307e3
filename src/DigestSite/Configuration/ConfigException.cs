namespace DigestSite.Configuration;

/// <summary>
/// A configuration problem: nothing can be built (exit code 2). Thrown only by the loader, caught by the
/// commands; it carries the file and the line of the offending key.
/// </summary>
public sealed class ConfigException(string path, int line, string message) : Exception($"{path}:{line}: error: {message}")
{
    public string Path { get; } = path;
    public int Line { get; } = line;
    public string Reason { get; } = message;
}
