namespace DigestSite.Cli;

/// <summary>"Did you mean ...?": the known names closest to a mistyped one, by edit distance (a swap of two
/// neighbouring letters counts as one edit, as in <c>biuld</c> for <c>build</c>).</summary>
public static class Suggestions
{
    /// <summary>The closest names to <paramref name="typed"/> (at most three, closest first), or none when nothing
    /// is near enough to be a likely typo.</summary>
    public static IReadOnlyList<string> For(string typed, IEnumerable<string> known)
    {
        var word = typed.TrimStart('-');
        var limit = word.Length <= 3 ? 1 : word.Length <= 6 ? 2 : 3;
        return known.Distinct(StringComparer.Ordinal)
            .Select(name => (name, distance: Distance(word.ToLowerInvariant(), name.TrimStart('-').ToLowerInvariant())))
            .Where(c => c.distance <= limit || (word.Length >= 3 && c.name.TrimStart('-').StartsWith(word, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.distance).ThenBy(c => c.name, StringComparer.Ordinal)
            .Select(c => c.name).Take(3).ToList();
    }

    /// <summary>The line to print, or null when there is nothing to suggest.</summary>
    public static string? Line(string typed, IEnumerable<string> known) =>
        For(typed, known) switch
        {
            [] => null,
            [var one] => $"Did you mean '{one}'?",
            var many => $"Did you mean one of: {string.Join(", ", many.Select(m => $"'{m}'"))}?",
        };

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
