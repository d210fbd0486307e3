namespace DigestSite.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>
/// A problem found while building, tied to a place: the file (relative to the site folder or the output
/// folder), its line and, where known, its column. Errors are values collected through the pipeline, never
/// exceptions thrown through it.
/// </summary>
public sealed record Diagnostic(string Path, int Line, Severity Severity, string Message, string Rule = "general")
{
    public int Column { get; init; }

    /// <summary>Where the page came from (digest and template) when the problem is in generated output.</summary>
    public string? Origin { get; init; }

    public static Diagnostic Error(string path, int line, string message, string rule = "general") =>
        new(path, line, Severity.Error, message, rule);

    public static Diagnostic Warning(string path, int line, string message, string rule = "general") =>
        new(path, line, Severity.Warning, message, rule);

    public override string ToString()
    {
        var place = Column > 0 ? $"{Path}:{Line}:{Column}" : $"{Path}:{Line}";
        var severity = Severity == Severity.Error ? "error" : "warning";
        var origin = Origin is null ? "" : $" (from {Origin})";
        return $"{place}: {severity}: {Message}{origin}";
    }
}
