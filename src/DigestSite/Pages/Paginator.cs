namespace DigestSite.Pages;

/// <summary>Splits a list into pages of <c>pageSize</c> and describes the links between them.</summary>
public static class Paginator
{
    /// <param name="pathOfPage">Output path of page N (1-based).</param>
    /// <param name="link">Turns an output path into a link.</param>
    public static IEnumerable<(int Number, IReadOnlyList<T> Items, string OutputPath, PaginationView View)> Paginate<T>(
        IReadOnlyList<T> items, int pageSize, Func<int, string> pathOfPage, Func<string, string> link)
    {
        var total = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var pageLinks = Enumerable.Range(1, total).Select(n => link(pathOfPage(n))).ToArray();
        for (var n = 1; n <= total; n++)
        {
            var slice = items.Skip((n - 1) * pageSize).Take(pageSize).ToList();
            var current = n;
            var view = new PaginationView(n, total,
                n > 1 ? pageLinks[n - 2] : null,
                n < total ? pageLinks[n] : null,
                Enumerable.Range(1, total).Select(i => new PageLinkView(i, pageLinks[i - 1], i == current)).ToList());
            yield return (n, slice, pathOfPage(n), view);
        }
    }
}
