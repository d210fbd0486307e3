using System.Collections.Immutable;
using DigestSite.Enrichment;
using DigestSite.Themes;

namespace DigestSite.Site;

/// <summary>What a site's newsroom features add to its model: the theme's strings in the site's language, the
/// digests' lead images, the files of <c>static/</c>, and the authors with their digests.</summary>
public sealed record SiteNewsroom(ThemeStrings Strings, LeadImages Images, StaticFiles Static)
{
    public static SiteNewsroom Default { get; } = new(ThemeStrings.English, LeadImages.None, StaticFiles.None);
}

/// <summary>An author with their digests, newest first.</summary>
public sealed record AuthorGroup(Author Author, ImmutableArray<EnrichedDigest> Digests);

/// <summary>The files of the site's <c>static/</c> folder, copied to the output as they are (site-relative
/// output path to the file).</summary>
public sealed class StaticFiles(IReadOnlyList<(string OutputPath, string FullPath)> files)
{
    public const string Folder = "static";

    public static StaticFiles None { get; } = new([]);

    public IReadOnlyList<(string OutputPath, string FullPath)> Files { get; } = files;

    /// <summary>Every file under <paramref name="dir"/> but hidden ones (a name starting with '.'), sorted.</summary>
    public static StaticFiles Find(string dir)
    {
        if (!Directory.Exists(dir)) return None;
        var files = new List<(string, string)>();
        foreach (var full in Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System }))
        {
            var rel = Path.GetRelativePath(dir, full).Replace('\\', '/');
            if (rel.Split('/').Any(p => p.StartsWith('.'))) continue;
            if (new FileInfo(full).LinkTarget is not null) continue; // a link may lead anywhere: not copied
            files.Add((rel, full));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return new StaticFiles(files);
    }
}
