using System.Security.Cryptography;
using System.Text.Json;
using DigestSite.Pages;
using DigestSite.Rendering;

namespace DigestSite.Caching;

/// <summary>
/// The render key of a page: a hash of everything its bytes are made from — its model (serialized whole),
/// its template, the layout, every partial (any template may include any of them), its output path and its
/// origin (which the validation findings name). Rendering is a function of these alone, so equal keys mean
/// equal bytes (the program and <c>statiq.yml</c> are covered by <see cref="CacheKeys.Validity"/>).
/// </summary>
internal sealed class RenderKeys
{
    /// <summary>Fixed settings: the same model always serializes to the same bytes. Fields too, in case a
    /// view model ever grows one (Scriban shows fields to templates).</summary>
    private static readonly JsonSerializerOptions ModelJson = new() { IncludeFields = true, WriteIndented = false };

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

    public byte[] For(PageJob job)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(job.Model, ModelJson));
        hash.AppendData([0]);
        CacheKeys.Add(hash, job.OutputPath);
        CacheKeys.Add(hash, job.Origin);
        CacheKeys.Add(hash, job.Template);
        AddTemplate(hash, job.Template);
        AddTemplate(hash, TemplateSet.LayoutName);
        hash.AppendData(_partials);
        return hash.GetHashAndReset();
    }

    private void AddTemplate(IncrementalHash hash, string name)
    {
        if (_templates.TryGetValue(name, out var bytes)) hash.AppendData(bytes);
        else CacheKeys.Add(hash, "missing " + name);
    }
}
