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
                Window(current, total, pageLinks));
            yield return (n, slice, pathOfPage(n), view);
        }
    }

    /// <summary>
    /// The links a pagination bar shows: the first and last page and two either side of the current one; a gap
    /// stands for two or more pages left out (a single page left out is shown instead of a gap). Chosen here
    /// rather than in the template: a loop over every page on every page grows with the square of the pages.
    /// </summary>
    public static IReadOnlyList<PageLinkView> Window(int current, int total, IReadOnlyList<string> pageLinks)
    {
        var candidates = new SortedSet<int> { 1, 2, total - 1, total };
        for (var i = current - 3; i <= current + 3; i++) candidates.Add(i);
        var shown = new List<PageLinkView>();
        foreach (var i in candidates)
        {
            if (i < 1 || i > total) continue;
            var distance = Math.Abs(i - current);
            var edge = i == 2 || i == total - 1;
            if (i == 1 || i == total || distance <= 2 || (edge && distance == 3))
                shown.Add(new PageLinkView(i, pageLinks[i - 1], i == current));
            else if (edge)
                shown.Add(new PageLinkView(i, "", false) { IsGap = true });
        }
        return shown;
    }
}
