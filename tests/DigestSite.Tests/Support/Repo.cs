namespace DigestSite.Tests.Support;

/// <summary>Where things are: the repository root, and the shared folder beside it (CI has it).</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder (../shared). Tests that need it fail with this explanation when it is absent.</summary>
    public static string Shared
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            if (!Directory.Exists(Path.Combine(dir, "samples")))
                throw new InvalidOperationException(
                    $"The shared folder is absent ({dir}): this test reads ../shared/seeds and ../shared/samples, " +
                    "which CI lays beside the repository. Put a copy there to run it.");
            return dir;
        }
    }

    public static string SeedFile => Path.Combine(Shared, "seeds", "000_ae44320d10fe0cb6.txt");
    public static string SamplesDir => Path.Combine(Shared, "samples", "digests");
    public static IReadOnlyList<string> SampleFiles => Directory.GetFiles(SamplesDir, "*.txt").Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "DigestSite.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("DigestSite.sln not found above " + AppContext.BaseDirectory);
    }
}
