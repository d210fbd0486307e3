using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Hashing;
using DigestSite.Content.Markup;
using DigestSite.Diagnostics;
using DigestSite.Enrichment;
using DigestSite.Site;

namespace DigestSite.Images;

/// <summary>
/// The lead images of a site's digests, resolved before pages are planned: a remote image (an http or https
/// URL) as it is; a local one found under the digest's folder, <c>input/</c> or <c>static/</c>, measured, and
/// given a full-size copy and narrower copies (<see cref="Widths"/>) under <c>/images/</c>, named by the hash
/// of its bytes. An image that is not found, or is not an image, is an error on its <c>image</c> line, and the
/// digest is shown without it. What it finds goes to the site model as <see cref="LeadImages"/>.
/// </summary>
public static class SiteImages
{
    /// <summary>The widths local images are resized to (those narrower than the image itself).</summary>
    public static readonly int[] Widths = [480, 960, 1600];

    /// <param name="folders">Where local images are looked for.</param>
    /// <param name="cache">Where resized copies are kept between builds.</param>
    public static LeadImages Resolve(IEnumerable<EnrichedDigest> digests, ImageFolders folders, Routes routes, ImageCache cache,
        DiagnosticBag diagnostics)
    {
        var byDigest = new Dictionary<string, ResponsiveImage>(StringComparer.Ordinal);
        var jobs = new Dictionary<string, ImageJob>(StringComparer.Ordinal);
        var measured = new Dictionary<string, ResponsiveImage?>(StringComparer.Ordinal);
        foreach (var d in digests)
        {
            if (d.News.Image is not { } lead) continue;
            if (ContentUrls.IsAbsoluteHttp(lead.Source))
            {
                byDigest[d.SourcePath] = new ResponsiveImage(lead.Source, lead.Source, 0, 0, []);
                continue;
            }
            if (lead.Source.Contains(':') && !ContentUrls.IsAllowed(lead.Source) || lead.Source.StartsWith("//", StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(d.SourcePath, lead.Line, $"image '{lead.Source}' must be a path under input/ or static/, or an http(s) URL", "images"));
                continue;
            }
            if (folders.Find(lead.Source, d.SourcePath) is not { } file)
            {
                diagnostics.Add(Diagnostic.Error(d.SourcePath, lead.Line,
                    $"image '{lead.Source}' not found (looked beside the digest, in {folders.Describe()})", "images"));
                continue;
            }
            if (!measured.TryGetValue(file, out var image))
                measured[file] = image = Measure(file, routes, jobs);
            if (image is null)
                diagnostics.Add(Diagnostic.Error(d.SourcePath, lead.Line, $"image '{lead.Source}' is not a JPEG, PNG, WebP or GIF image DigestSite can read", "images"));
            else byDigest[d.SourcePath] = image;
        }
        List<ImageJob> sorted = [.. jobs.Values.OrderBy(j => j.Variant.OutputPath, StringComparer.Ordinal)];
        return new LeadImages(byDigest, [.. sorted.Select(j => j.Variant.OutputPath)], () => Files(sorted, cache));
    }

    private static ResponsiveImage? Measure(string file, Routes routes, Dictionary<string, ImageJob> jobs)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        if (ImageResizer.Probe(bytes) is not var (width, height, extension, mediaType) || width <= 0 || height <= 0) return null;
        var hash = Convert.ToHexStringLower(XxHash128.Hash(bytes))[..12];
        var name = Slug.From(Path.GetFileNameWithoutExtension(file), 40) is { Length: > 0 } n ? n : "image";
        var variants = ImmutableArray.CreateBuilder<ImageVariant>();
        foreach (var w in Widths)
        {
            if (w >= width) break;
            variants.Add(Variant($"images/{name}-{hash}-{w}{extension}", w, (int)Math.Round(height * (double)w / width), routes));
        }
        variants.Add(Variant($"images/{name}-{hash}{extension}", width, height, routes));
        foreach (var v in variants) jobs.TryAdd(v.OutputPath, new ImageJob(v, file, bytes, hash, width, height));
        var largest = variants[^1];
        // The page's src is the copy a wide screen would take, not the full-size one.
        var src = variants.Count > 1 && variants[^2].Width >= 960 ? variants[^2] : largest;
        return new ResponsiveImage(src.Url, routes.Absolute(largest.OutputPath), width, height, variants.ToImmutable()) { MediaType = mediaType, LengthOfLargest = bytes.Length };
    }

    private static ImageVariant Variant(string path, int width, int height, Routes routes) => new(path, routes.Link(path), width, height);

    /// <summary>Every image file: the full-size copies as read, the others resized (or taken from
    /// <paramref name="cache"/>, which keeps resized images by the hash of their source and width).</summary>
    private static OutputFile[] Files(List<ImageJob> jobs, ImageCache cache)
    {
        var files = new OutputFile[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            var bytes = job.Variant.Width == job.Width ? job.Bytes : cache.GetOrMake($"{job.Hash}-{ImageResizer.Version}", job.Variant.Width, Path.GetExtension(job.Variant.OutputPath),
                () => ImageResizer.Resize(job.Bytes, job.Variant.Width, job.Variant.Height));
            files[i] = new OutputFile(job.Variant.OutputPath, bytes, job.SourceFile);
        });
        return files;
    }

    private sealed record ImageJob(ImageVariant Variant, string SourceFile, byte[] Bytes, string Hash, int Width, int Height);
}
