using System.Collections.Immutable;

namespace DigestSite.Site;

/// <summary>
/// An image as pages and feeds show it: its link (<see cref="Url"/>, root-relative for a local image), its
/// absolute URL (OpenGraph, JSON-LD, feeds), its size when known (0 for a remote image: it is not fetched),
/// and for a local image the widths it was resized to, for <c>srcset</c>.
/// </summary>
public sealed record ResponsiveImage(string Url, string AbsoluteUrl, int Width, int Height, ImmutableArray<ImageVariant> Variants)
{
    /// <summary>The <c>type</c> of the image for feeds' enclosures ("image/jpeg").</summary>
    public string MediaType { get; init; } = "";

    /// <summary>The size in bytes of the full-size copy of a local image (0 for a remote one).</summary>
    public long LengthOfLargest { get; init; }

    /// <summary>"url 480w, url 960w, …", or "" without variants.</summary>
    public string Srcset => Variants.Length == 0 ? "" : string.Join(", ", Variants.Select(v => $"{v.Url} {v.Width}w"));

    /// <summary>The narrowest variant at least <paramref name="width"/> wide (else the widest), for thumbnails.</summary>
    public ImageVariant? Smallest(int width)
    {
        ImageVariant? best = null;
        foreach (var v in Variants)
            if (best is null || (v.Width >= width && (best.Width < width || v.Width < best.Width)) || (best.Width < width && v.Width > best.Width))
                best = v;
        return best;
    }
}

/// <summary>One file of a local image in the output: the full-size copy or a narrower one.</summary>
public sealed record ImageVariant(string OutputPath, string Url, int Width, int Height);
