namespace DigestSite.Pages;

/// <summary>
/// Splits a list of <c>count</c> items into pages of <c>pageSize</c>: which items each page holds, where each
/// page goes and the links between them. The bar of links (<see cref="View"/>) is made only for a page that is
/// rendered; the links themselves (<see cref="Links"/>) are what a page's source key takes of its neighbours.
/// </summary>
public sealed class Paginator
{
    private readonly int _pageSize;
    private readonly string[] _paths;
    private readonly string[] _links;

    /// <param name="pathOfPage">Output path of page N (1-based).</param>
    /// <param name="link">Turns an output path into a link.</param>
    public Paginator(int count, int pageSize, Func<int, string> pathOfPage, Func<string, string> link)
    {
        _pageSize = pageSize;
        Total = Math.Max(1, (count + pageSize - 1) / pageSize);
        _paths = new string[Total];
        _links = new string[Total];
        for (var n = 1; n <= Total; n++)
        {
            _paths[n - 1] = pathOfPage(n);
            _links[n - 1] = link(_paths[n - 1]);
        }
    }

    /// <summary>The number of pages (one, for an empty list).</summary>
    public int Total { get; }

    /// <summary>The link of every page, page 1 first.</summary>
    public IReadOnlyList<string> Links => _links;

    public string OutputPath(int n) => _paths[n - 1];

    public string? PrevUrl(int n) => n > 1 ? _links[n - 2] : null;

    public string? NextUrl(int n) => n < Total ? _links[n] : null;

    /// <summary>Where page <paramref name="n"/>'s items start in the list, and how many it holds.</summary>
    public (int Start, int Count) Slice(int n, int count)
    {
        var start = Math.Min(count, (n - 1) * _pageSize);
        return (start, Math.Min(_pageSize, count - start));
    }

    public PaginationView View(int n) => new(n, Total, PrevUrl(n), NextUrl(n), Window(n, Total, _links));

    /// <summary>
    /// The links a pagination bar shows: the first and last page and two either side of the current one; a gap
    /// stands for two or more pages left out (a single page left out is shown instead of a gap). Chosen here
    /// rather than in the template: a loop over every page on every page grows with the square of the pages.
    /// The pages looked at are the first two, three either side of the current one and the last two, in order.
    /// </summary>
    public static IReadOnlyList<PageLinkView> Window(int current, int total, IReadOnlyList<string> pageLinks)
    {
        var shown = new List<PageLinkView>();
        for (var i = 1; i <= total; i++)
        {
            if (i > 2 && i < current - 3) i = current - 3; // past the first two: on to those around the current one
            else if (i > current + 3 && i < total - 1) i = total - 1; // past those: on to the last two
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
