using System.IO.Hashing;
using System.Security.Cryptography;
using DigestSite.Pages;
using DigestSite.Rendering;

namespace DigestSite.Caching;

/// <summary>
/// The render key of a page: a hash of everything its bytes are made from — its model (every member, walked by
/// <see cref="ModelFingerprint"/>, or what its planner says the model is made of: <see cref="PageJob.SourceKey"/>),
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

    public RenderKeys(Theme theme)
    {
        using var partials = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in theme.Templates) // in path order
        {
            var name = file.RelativePath[Theme.TemplatesFolder.Length..^Theme.TemplateExtension.Length];
            if (name.StartsWith(PartialsPrefix, StringComparison.Ordinal))
            {
                CacheKeys.Add(partials, name);
                partials.AppendData(SHA256.HashData(file.Bytes));
            }
            else _templates[name] = SHA256.HashData(file.Bytes);
        }
        _partials = partials.GetHashAndReset();
    }

    /// <summary>A 128-bit key: XxHash128 rather than SHA-256, since it runs over every page's model on every
    /// build; a cache only needs to tell versions of its own pages apart, not to resist an attacker.</summary>
    public byte[] For(PageJob job)
    {
        var hash = new XxHash128();
        // A job that names what its model is made of is keyed by that, and its model is not built for the key.
        if (job.SourceKey is { } source) hash.Append(source);
        else ModelFingerprint.Append(hash, job.Model);
        ModelFingerprint.Append(hash, job.OutputPath);
        ModelFingerprint.Append(hash, job.Origin);
        ModelFingerprint.Append(hash, job.Template);
        AddTemplate(hash, job.Template);
        AddTemplate(hash, TemplateSet.LayoutName);
        hash.Append(_partials);
        return hash.GetCurrentHash();
    }

    private void AddTemplate(XxHash128 hash, string name)
    {
        if (_templates.TryGetValue(name, out var bytes)) hash.Append(bytes);
        else ModelFingerprint.Append(hash, "missing " + name);
    }
}
