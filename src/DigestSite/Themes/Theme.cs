namespace DigestSite.Themes;

/// <summary>A file of the theme: its path inside the theme ("templates/digest.sbn-html"), where it came from
/// (for messages), and its bytes.</summary>
public sealed record ThemeFile(string RelativePath, string DisplayPath, byte[] Bytes, bool BuiltIn);

/// <summary>
/// The theme a build uses: the built-in theme (embedded in this library, so it works outside the repository)
/// overridden file by file by the site's own <c>theme/</c> folder.
/// </summary>
public sealed class Theme
{
    public const string TemplatesFolder = "templates/";
    public const string AssetsFolder = "assets/";
    public const string TemplateExtension = ".sbn-html";

    private readonly IReadOnlyDictionary<string, ThemeFile> _files;

    private Theme(IReadOnlyDictionary<string, ThemeFile> files) => _files = files;

    public IReadOnlyCollection<ThemeFile> Files => (IReadOnlyCollection<ThemeFile>)_files.Values;

    public ThemeFile? Find(string relativePath) => _files.GetValueOrDefault(relativePath);

    public IEnumerable<ThemeFile> Templates => _files.Values
        .Where(f => f.RelativePath.StartsWith(TemplatesFolder, StringComparison.Ordinal) && f.RelativePath.EndsWith(TemplateExtension, StringComparison.Ordinal))
        .OrderBy(f => f.RelativePath, StringComparer.Ordinal);

    public IEnumerable<ThemeFile> Assets => _files.Values
        .Where(f => f.RelativePath.StartsWith(AssetsFolder, StringComparison.Ordinal))
        .OrderBy(f => f.RelativePath, StringComparer.Ordinal);

    /// <param name="siteThemeDir">The site's theme folder, or null; a missing folder means the built-in theme alone.</param>
    /// <param name="displayBase">How to name the site's theme folder in messages ("theme").</param>
    public static Theme Load(string? siteThemeDir, string displayBase = "theme")
    {
        var files = new Dictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var f in BuiltInFiles.Value) files[f.RelativePath] = f;
        if (siteThemeDir is not null && Directory.Exists(siteThemeDir))
        {
            foreach (var full in Directory.EnumerateFiles(siteThemeDir, "*", SearchOption.AllDirectories))
            {
                var rel = Path.GetRelativePath(siteThemeDir, full).Replace('\\', '/');
                if (rel.Split('/').Any(p => p.StartsWith('.'))) continue;
                files[rel] = new ThemeFile(rel, $"{displayBase}/{rel}", File.ReadAllBytes(full), BuiltIn: false);
            }
        }
        return new Theme(files);
    }

    private const string ResourcePrefix = "theme/";

    private static readonly Lazy<IReadOnlyList<ThemeFile>> BuiltInFiles = new(() =>
    {
        var assembly = typeof(Theme).Assembly;
        var list = new List<ThemeFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            var rel = name[ResourcePrefix.Length..].Replace('\\', '/');
            list.Add(new ThemeFile(rel, $"(built-in theme)/{rel}", ms.ToArray(), BuiltIn: true));
        }
        return list;
    });
}
