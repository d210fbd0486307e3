using DigestSite.Enrichment;

namespace DigestSite.Site;

/// <summary>
/// The digests' lead images as pages and feeds show them, and the image files of the output. The build finds,
/// measures and names them (<c>Images/</c>) before the site model is made and hands them to it; the files
/// themselves, resized copies among them, are made only when the outputs are.
/// </summary>
public sealed class LeadImages(IReadOnlyDictionary<string, ResponsiveImage> byDigest, IReadOnlyList<string> paths,
    Func<IEnumerable<OutputFile>> makeFiles)
{
    public static LeadImages None { get; } = new(new Dictionary<string, ResponsiveImage>(), [], () => []);

    /// <summary>The digest's lead image, or null when it has none (or it was not found).</summary>
    public ResponsiveImage? For(EnrichedDigest d) => byDigest.GetValueOrDefault(d.SourcePath);

    /// <summary>The output paths of every image file, sorted.</summary>
    public IReadOnlyList<string> Paths => paths;

    /// <summary>Every image file, at <see cref="Paths"/>.</summary>
    public IEnumerable<OutputFile> Files() => makeFiles();
}
