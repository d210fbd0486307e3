using System.Globalization;
using System.IO.Hashing;
using System.Text;
using DigestSite.Site;

namespace DigestSite.Caching;

/// <summary>
/// The keys that decide whether a cache holds at all. The validity key covers what changes every page at
/// once: the program (any rebuild of this library gives it a new module id; Scriban's and AngleSharp's too),
/// the runtime and culture, the bytes of <c>statiq.yml</c>, and the options that change output. When it differs, the whole cache is ignored.
/// These keys are 128-bit XxHash128s (<see cref="KeyHash"/>), like every other key of the cache: they tell a
/// cache's own builds apart and need not resist an attacker, so the system's crypto library is not loaded for
/// them.
/// </summary>
internal static class CacheKeys
{
    /// <summary>Bump when the cache's layout changes (the stored records' own changes come with a new build of
    /// the library, which the validity key covers).</summary>
    public const int FormatVersion = 9;

    /// <summary>Bytes in the validity key (an XxHash128).</summary>
    public const int ValidityLength = 16;

    public static byte[] Validity(string configPath, string baseUrl, CacheSettings options)
    {
        var hash = new KeyHash("validity").Number(FormatVersion);
        // This library, and the renderer and HTML parser whose output and findings the cache stands in for.
        // Each assembly's module version id: it changes with every build of the assembly.
        Span<byte> id = stackalloc byte[16];
        foreach (var assembly in new[] { typeof(CacheKeys).Assembly, typeof(Scriban.Template).Assembly, typeof(AngleSharp.Html.Parser.HtmlParser).Assembly })
        {
            assembly.ManifestModule.ModuleVersionId.TryWriteBytes(id);
            hash.Bytes(id);
        }
        hash.Text(Environment.Version.ToString()).Text(CultureInfo.CurrentCulture.Name).Text(baseUrl)
            .Flag(options.Drafts).Flag(options.Future);
        if (File.Exists(configPath))
        {
            var config = File.ReadAllBytes(configPath);
            hash.Number(config.Length).Bytes(config);
        }
        else hash.Text(null);
        return hash.Finish();
    }

    /// <summary>The set of every output path: links are checked against it, so a page's validation holds only
    /// while it is the same. The paths come in any order (a build gives them sorted, which is checked first).</summary>
    public static byte[] PathSet(IEnumerable<string> paths)
    {
        var sorted = paths.ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (string.CompareOrdinal(sorted[i - 1], sorted[i]) > 0)
            {
                Array.Sort(sorted, StringComparer.Ordinal);
                break;
            }
        }
        var hash = new KeyHash("paths").Number(sorted.Length);
        foreach (var path in sorted) hash.Text(path);
        return hash.Finish();
    }

    /// <summary>One cache folder per output folder and base URL, so building one site into two folders (or
    /// for preview and for production) does not make each build undo the other's cache.</summary>
    public static string FileName(string outputDir, string baseUrl)
        => Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(outputDir + "\n" + baseUrl)));
}
