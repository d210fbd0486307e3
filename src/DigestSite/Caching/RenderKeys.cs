using DigestSite.Pages;
using DigestSite.Rendering;
using DigestSite.Site;
using DigestSite.Themes;

namespace DigestSite.Caching;

/// <summary>
/// The render key of a page: a hash of everything its bytes are made from — what its planner says its model is
/// made of (<see cref="PageJob.SourceKey"/>; or, for a page without one, every member of the model, walked by
/// <see cref="ModelFingerprint"/>),
/// its template, the layout, every partial (any template may include any of them), its output path and its
/// origin (which the validation findings name). Rendering is a function of these alone, so equal keys mean
/// equal bytes (the program and <c>statiq.yml</c> are covered by <see cref="CacheKeys.Validity"/>).
/// </summary>
internal sealed class RenderKeys
{
    /// <summary>Bytes in a key.</summary>
    public const int Length = 16;

    private const string PartialsPrefix = "partials/";

    private readonly Dictionary<string, byte[]> _templates = new(StringComparer.Ordinal);
    private readonly byte[] _partials;

    /// <remarks>Templates are hashed with XxHash128 (<see cref="KeyHash"/>), as every other cache key is.</remarks>
    public RenderKeys(Theme theme)
    {
        var partials = new KeyHash("partials");
        foreach (var file in theme.Templates) // in path order
        {
            var name = file.RelativePath[Theme.TemplatesFolder.Length..^Theme.TemplateExtension.Length];
            if (name.StartsWith(PartialsPrefix, StringComparison.Ordinal)) partials.Text(name).Number(file.Bytes.Length).Bytes(file.Bytes);
            else _templates[name] = new KeyHash("template").Bytes(file.Bytes).Finish();
        }
        _partials = partials.Finish();
    }

    /// <summary>A 128-bit key (<see cref="KeyHash"/>, XxHash128 rather than SHA-256: it runs for every page on
    /// every build; a cache only needs to tell versions of its own pages apart, not to resist an attacker).</summary>
    public byte[] For(PageJob job)
    {
        var hash = new KeyHash("page");
        // A job that names what its model is made of is keyed by that, and its model is not built for the key.
        if (job.SourceKey is { } source) hash.Text("source").Bytes(source);
        else hash.Text("model").Bytes(ModelFingerprint.Of(job.Model));
        hash.Text(job.OutputPath).Text(job.Origin).Text(job.Template);
        AddTemplate(hash, job.Template);
        AddTemplate(hash, TemplateSet.LayoutName);
        return hash.Bytes(_partials).Finish();
    }

    private void AddTemplate(KeyHash hash, string name)
    {
        if (_templates.TryGetValue(name, out var bytes)) hash.Text(name).Bytes(bytes);
        else hash.Text("missing " + name);
    }
}
