namespace DigestSite.Pages;

// View models: what templates receive. Scriban exposes their properties in snake_case
// (DateText → date_text). Every string here is plain text; templates escape it.
// These records are the one definition of a view: templates read them through Scriban's own accessor, and the
// incremental cache keys them by a walk of the same members (Site/ModelFingerprint.cs). A member added here
// needs no other edit.

/// <summary>Site-wide facts every page shows (header, navigation, footer).</summary>
public sealed record SiteView(
    string Title, string Description, string Language, string BaseUrl, string BasePath,
    string HomeUrl, string TopicsUrl, string ArchiveUrl, string SearchUrl, string FeedUrl, string AtomUrl,
    string StylesheetUrl, string FaviconUrl, IReadOnlyList<LinkView> MainTopics)
{
    public string JsonFeedUrl { get; init; } = "";
    /// <summary>The theme's strings in the site's language (<c>site.strings.min_read</c>).</summary>
    public IReadOnlyDictionary<string, string> Strings { get; init; } = new Dictionary<string, string>();
}

public sealed record LinkView(string Name, string Url);

/// <summary>An OpenGraph or article meta property, written as &lt;meta property content&gt;.</summary>
public sealed record MetaProperty(string Property, string Content);

/// <summary>The head of a page: title, description, canonical URL, social and structured data.</summary>
public sealed record PageMeta(string Title, string Description, string CanonicalUrl)
{
    public string Kind { get; init; } = "page";
    public string OgType { get; init; } = "website";
    public IReadOnlyList<MetaProperty> OgProperties { get; init; } = [];
    /// <summary>A JSON-LD block produced by a JSON serializer (already safe inside a script element).</summary>
    public string? JsonLd { get; init; }
    public string? PrevUrl { get; init; }
    public string? NextUrl { get; init; }
    public string? FeedUrl { get; init; }
    public string? ImageUrl { get; init; }
    /// <summary>Pages search engines should not index (the 404 page): no canonical link, a robots meta.</summary>
    public bool NoIndex { get; init; }
}

public sealed record SectionView(string Label, string Headline, string Id, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The paragraphs as HTML: their inline Markdown rendered, the rest escaped (not to be escaped again).</summary>
    public IReadOnlyList<string> ParagraphsHtml { get; init; } = [];
}

/// <summary>A digest as a list item (home, topic and archive pages, related digests).</summary>
public sealed record DigestSummaryView(
    string Title, string Url, string DateIso, string DateText, string Kicker, string Summary,
    IReadOnlyList<LinkView> Topics)
{
    /// <summary>A thumbnail of the lead image, or null.</summary>
    public ImageView? Image { get; init; }
    /// <summary>The authors' names as a byline reads them ("A, B and C"), or "".</summary>
    public string Byline { get; init; } = "";
}

/// <summary>A digest as its own page.</summary>
public sealed record DigestView(
    string Title, string Url, string AbsoluteUrl, string DateIso, string DateText, string Summary, string Kicker,
    int ReadingMinutes, IReadOnlyList<SectionView> Sections, IReadOnlyList<LinkView> Topics,
    string? Source, string? SourceHost)
{
    public IReadOnlyList<DigestSummaryView> Related { get; init; } = [];
    /// <summary>The summary the editor wrote in front matter, shown under the title; empty when the summary is
    /// only the start of the first paragraph (the reader would read it twice).</summary>
    public string Standfirst { get; init; } = "";
    public LinkView? Newer { get; init; }
    public LinkView? Older { get; init; }
    /// <summary>The time of the last update, or "" when the digest was not updated.</summary>
    public string UpdatedIso { get; init; } = "";
    public string UpdatedText { get; init; } = "";
    public string Correction { get; init; } = "";
    /// <summary>The authors, each linking to their page.</summary>
    public IReadOnlyList<LinkView> Authors { get; init; } = [];
    public IReadOnlyList<SourceView> Sources { get; init; } = [];
    public ImageView? Image { get; init; }
    /// <summary>The sections' headlines, each linking to its section (<c>#id</c>); empty under two.</summary>
    public IReadOnlyList<LinkView> KeyPoints { get; init; } = [];
}

/// <summary>A link in a pagination bar, or (<see cref="IsGap"/>) the mark that stands for pages left out.</summary>
public sealed record PageLinkView(int Number, string Url, bool IsCurrent)
{
    public bool IsGap { get; init; }
}

public sealed record PaginationView(int Current, int Total, string? PrevUrl, string? NextUrl, IReadOnlyList<PageLinkView> Pages);

/// <summary>A page that lists digests: home, a topic, an archive month.</summary>
public sealed record ListView(string Heading, string? Intro, IReadOnlyList<DigestSummaryView> Items, PaginationView Pagination)
{
    public int TotalCount { get; init; }
    public string? FeedUrl { get; init; }
}

public sealed record TopicCountView(string Name, string Url, int Count);

public sealed record TopicIndexView(IReadOnlyList<TopicCountView> Topics);

/// <summary>Everything one template call receives: <c>site</c>, <c>page</c>, and the part that fits its kind.</summary>
public sealed record PageModel(SiteView Site, PageMeta Page)
{
    public DigestView? Digest { get; init; }
    public ListView? List { get; init; }
    public TopicIndexView? TopicIndex { get; init; }
    public ArchiveIndexView? ArchiveIndex { get; init; }
    public SearchView? Search { get; init; }
    public NotFoundView? NotFound { get; init; }
    public AuthorView? Author { get; init; }
}

/// <summary>
/// One page to render: where it goes, with which template, from which model, and where it came from (for error
/// messages). A planner that can name everything a page's model is made of without building it gives that as
/// <see cref="SourceKey"/> and the model as a factory, built on first use: a rebuild that finds such a page
/// unchanged never builds its model. Each job is used by one render worker at a time.
/// </summary>
public sealed class PageJob
{
    private readonly Func<PageModel> _build;
    private PageModel? _model;

    public PageJob(string outputPath, string template, PageModel model, string origin)
        : this(outputPath, template, () => model, origin, sourceKey: null) => _model = model;

    public PageJob(string outputPath, string template, Func<PageModel> build, string origin, byte[]? sourceKey)
    {
        OutputPath = outputPath;
        Template = template;
        Origin = origin;
        SourceKey = sourceKey;
        _build = build;
    }

    public string OutputPath { get; }
    public string Template { get; }
    public string Origin { get; }

    /// <summary>A hash of everything the model is made of (the build's settings and theme aside), or null when
    /// only the model itself says.</summary>
    public byte[]? SourceKey { get; }

    public PageModel Model => _model ??= _build();

    /// <summary>Lets the model go once the page is rendered (or reused): the build keeps its jobs to the end, and
    /// a model holds its page's text a second time, as view strings.</summary>
    public void ReleaseModel() => _model = null;

    /// <summary>The same page, whose model <paramref name="change"/> completes when it is built.</summary>
    public PageJob WithModel(Func<PageModel, PageModel> change)
    {
        var build = _build;
        return new PageJob(OutputPath, Template, () => change(build()), Origin, SourceKey);
    }
}
