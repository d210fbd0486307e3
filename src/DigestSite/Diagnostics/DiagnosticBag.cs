using System.Collections.Concurrent;

namespace DigestSite.Diagnostics;

/// <summary>A thread-safe collector: parallel stages report into it, the orchestrator reads it in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) _items.Enqueue(d);
    }

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>How many diagnostics of one rule were added.</summary>
    public int CountOf(string rule) => _items.Count(d => d.Rule == rule);

    /// <summary>Problems in what the editor wrote (digests, templates, configuration) first, then what they did to
    /// the built pages (findings with an <see cref="Diagnostic.Origin"/>), so a cause is read before its effects;
    /// within each, by file, line, column, then message, so output does not depend on thread timing.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Origin is not null)
              .ThenBy(d => d.Path, StringComparer.Ordinal)
              .ThenBy(d => d.Line).ThenBy(d => d.Column)
              .ThenBy(d => d.Message, StringComparer.Ordinal)
              .ToList();
}
