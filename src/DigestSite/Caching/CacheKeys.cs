using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DigestSite.Build;

namespace DigestSite.Caching;

/// <summary>
/// The keys that decide whether a cache holds at all. The validity key covers what changes every page at
/// once: the program (any rebuild of this library gives it a new module id; Scriban's and AngleSharp's too),
/// the runtime and culture, the bytes of <c>statiq.yml</c>, and the options that change output. When it differs, the whole cache is ignored.
/// </summary>
internal static class CacheKeys
{
    /// <summary>Bump when the cache file's layout changes.</summary>
    public const int FormatVersion = 6;

    public static byte[] Validity(string configPath, string baseUrl, BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, $"format {FormatVersion}");
        // This library, and the renderer and HTML parser whose output and findings the cache stands in for.
        foreach (var assembly in new[] { typeof(CacheKeys).Assembly, typeof(Scriban.Template).Assembly, typeof(AngleSharp.Html.Parser.HtmlParser).Assembly })
            Add(hash, assembly.ManifestModule.ModuleVersionId.ToString());
        Add(hash, Environment.Version.ToString());
        Add(hash, CultureInfo.CurrentCulture.Name);
        Add(hash, baseUrl);
        Add(hash, $"drafts {options.Drafts} future {options.Future}");
        if (File.Exists(configPath)) hash.AppendData(File.ReadAllBytes(configPath));
        else Add(hash, "no config");
        return hash.GetHashAndReset();
    }

    /// <summary>The set of every output path: links are checked against it, so a page's validation holds only
    /// while it is the same.</summary>
    public static byte[] PathSet(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths.Order(StringComparer.Ordinal)) Add(hash, path);
        return hash.GetHashAndReset();
    }

    /// <summary>One cache file per output folder and base URL, so building one site into two folders (or
    /// for preview and for production) does not make each build undo the other's cache.</summary>
    public static string FileName(string outputDir, string baseUrl) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(outputDir + "\n" + baseUrl)))[..32] + ".bin";

    /// <summary>Adds a string and a separator, so that ("ab", "c") and ("a", "bc") differ.</summary>
    public static void Add(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
