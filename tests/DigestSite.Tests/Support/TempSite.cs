using DigestSite.Build;

namespace DigestSite.Tests.Support;

/// <summary>A real site folder on disk under the temp folder, deleted when disposed.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite(string? statiqYml = null)
    {
        Dir = Path.Combine(Path.GetTempPath(), "digestsite-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Dir, "input"));
        if (statiqYml is not null) File.WriteAllText(Path.Combine(Dir, "statiq.yml"), statiqYml);
    }

    public string Dir { get; }
    public string Input => Path.Combine(Dir, "input");
    public string Output => Path.Combine(Dir, "output");

    public string AddDigest(string fileName, string text)
    {
        var path = Path.Combine(Input, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void CopyDigest(string sourcePath) => File.Copy(sourcePath, Path.Combine(Input, Path.GetFileName(sourcePath)));

    public void WriteThemeFile(string relativePath, string text)
    {
        var path = Path.Combine(Dir, "theme", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Copies the repository's built-in theme into the site (to override parts of it).</summary>
    public void CopyBuiltInTheme()
    {
        var source = Path.Combine(Repo.Root, "theme");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Dir, "theme", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public BuildResult Build(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = new BuildOptions { SiteDir = Dir, Now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero) };
        return SiteBuilder.Build(configure is null ? options : configure(options));
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
