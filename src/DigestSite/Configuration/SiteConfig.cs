namespace DigestSite.Configuration;

/// <summary>The typed form of <c>statiq.yml</c>. Every default here is the contract's default.</summary>
public sealed record SiteConfig
{
    public SiteSettings Site { get; init; } = new();
    public PathSettings Paths { get; init; } = new();
    public int PageSize { get; init; } = 20;
    public TopicSettings Topics { get; init; } = new();
    public FeedSettings Feeds { get; init; } = new();
    public ValidationSettings Validation { get; init; } = new();
    public ContentSettings Content { get; init; } = new();
    /// <summary>Author key (as front matter's <c>author</c> names it) to the author's profile.</summary>
    public IReadOnlyDictionary<string, AuthorProfile> Authors { get; init; } = new Dictionary<string, AuthorProfile>();

    public static SiteConfig Default { get; } = new();
}

public sealed record SiteSettings
{
    public string Title { get; init; } = "News Digest";
    public string Description { get; init; } = "";
    public string BaseUrl { get; init; } = "http://localhost:5080/";
    public string Language { get; init; } = "en";
    public string Publisher { get; init; } = "";
    public string Timezone { get; init; } = "UTC";
    public string Cname { get; init; } = "";
}

public sealed record PathSettings
{
    public string Input { get; init; } = "input";
    public string Theme { get; init; } = "theme";
    public string Output { get; init; } = "output";
}

public sealed record TopicSettings
{
    public bool Auto { get; init; } = true;
    /// <summary>A topic gets a page once this many digests carry it; below, its chips link to search.</summary>
    public int MinDigests { get; init; } = 2;
    /// <summary>Derived topics a digest carries at most (front-matter topics are always kept).</summary>
    public int Max { get; init; } = 6;
    /// <summary>Subjects the site adds to the built-in vocabulary: name to definition.</summary>
    public IReadOnlyDictionary<string, string> Subjects { get; init; } = new Dictionary<string, string>();
    /// <summary>Canonical topic name to the spellings that mean it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<string> Exclude { get; init; } = [];
    /// <summary>The sentence-embedding model whose stored vectors add a subject by meaning ("none": off).</summary>
    public string Model { get; init; } = NoModel;

    public const string NoModel = "none";
    public const string MiniLM = "all-MiniLM-L6-v2";
    /// <summary>The values <c>topics.model</c> accepts.</summary>
    public static readonly string[] Models = [NoModel, MiniLM];
}

public sealed record FeedSettings
{
    public int Items { get; init; } = 50;
}

public enum FailOn { Error, Warning, Never }

public sealed record ValidationSettings
{
    public FailOn FailOn { get; init; } = FailOn.Error;
    public bool CheckLinks { get; init; } = true;
}
