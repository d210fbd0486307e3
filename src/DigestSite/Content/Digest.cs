using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace DigestSite.Content;

/// <summary>A digest as its file says it: the title, the sections in order, and the front matter if any.
/// The first section is always <c>What's the story</c>, whose headline is empty.</summary>
/// <remarks>The sections are most of a digest's size and few stages read them (the digest's own page and
/// feeds). A rebuild takes an unchanged digest's title and front matter from its cache and does not load the
/// sections of thousands of digests whose pages it will not render: such a digest is made with
/// <see cref="WithDeferredSections"/>, and reads its file again the first time its sections are asked for.</remarks>
public sealed record Digest
{
    private readonly ImmutableArray<Section> _sections;
    private readonly DeferredSections? _deferred;

    public Digest(string title, ImmutableArray<Section> sections, FrontMatter frontMatter)
    {
        Title = title;
        _sections = sections;
        FrontMatter = frontMatter;
    }

    private Digest(string title, FrontMatter frontMatter, Func<ImmutableArray<Section>> loadSections)
    {
        Title = title;
        FrontMatter = frontMatter;
        _deferred = new DeferredSections(loadSections);
    }

    /// <summary>The same digest, whose sections <paramref name="loadSections"/> gives when first asked for.</summary>
    public Digest WithDeferredSections(Func<ImmutableArray<Section>> loadSections) =>
        new(Title, FrontMatter, loadSections) { TitleLine = TitleLine, Sources = Sources };

    public string Title { get; }

    /// <summary>Not stored with the rest (a build cache reads them from the digest's file when asked).</summary>
    [JsonIgnore]
    public ImmutableArray<Section> Sections => _deferred is null ? _sections : _deferred.Value;

    public FrontMatter FrontMatter { get; }

    /// <summary>Line of the title in the file (1-based).</summary>
    public int TitleLine { get; init; } = 1;

    /// <summary>The sources its text names on <c>Source:</c> lines (front matter's are in <see cref="FrontMatter"/>).</summary>
    public ImmutableArray<SourceRef> Sources { get; init; } = [];

    [JsonIgnore]
    public Section Story => Sections[0];

    /// <summary>Whether the sections are in memory (false for a deferred digest nobody has read yet).</summary>
    [JsonIgnore]
    public bool SectionsLoaded => _deferred is null || _deferred.IsLoaded;

    /// <summary>Sections loaded when first asked for. Render and feed workers may ask at once: one of them loads,
    /// the others wait for it. (What Lazy does, in one object rather than three: a rebuild makes one for each
    /// digest it does not parse again.)</summary>
    private sealed class DeferredSections(Func<ImmutableArray<Section>> load)
    {
        private Func<ImmutableArray<Section>>? _load = load;
        private ImmutableArray<Section> _sections;

        public bool IsLoaded => Volatile.Read(ref _load) is null;

        public ImmutableArray<Section> Value
        {
            get
            {
                if (Volatile.Read(ref _load) is not null)
                {
                    lock (this)
                    {
                        if (_load is { } loader)
                        {
                            _sections = loader();
                            Volatile.Write(ref _load, null); // after the sections: a reader that sees null sees them
                        }
                    }
                }
                return _sections;
            }
        }
    }
}

/// <summary>A labelled part of a digest: a short label ("Market reaction"), a headline, and paragraphs.</summary>
public sealed record Section(string Label, string Headline, ImmutableArray<string> Paragraphs)
{
    /// <summary>Line of the label in the file (1-based).</summary>
    public int Line { get; init; }

    public bool IsStory => Headline.Length == 0;
}
