using System.Text.RegularExpressions;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Architecture;

/// <summary>
/// The shape of the library that docs/ARCHITECTURE.md promises, read from the source files: no stage knows the
/// incremental cache, files stay short, the build orchestrator fits one screen, nothing relies on catching
/// an exception thrown inside a library, and the folders of tests/ mirror those of src/.
/// A folder of src/DigestSite is a namespace (DigestSite.Folder); its dependencies are its `using` lines and
/// fully qualified names.
/// </summary>
public sealed partial class CodeShapeTests
{
    private static readonly string Library = Path.Combine(Repo.Root, "src", "DigestSite");

    /// <summary>Folders that are stages of the pipeline or pieces they share: none may know the cache.</summary>
    private static readonly string[] Stages =
        ["Configuration", "Content", "Reading", "Enrichment", "Topics", "Site", "Images", "Pages", "Rendering",
         "Outputs", "Search", "Validation", "Writing", "Diagnostics", "Files"];

    [Fact]
    public void No_stage_folder_uses_the_cache()
    {
        var offenders = Dependencies()
            .Where(d => Stages.Contains(d.Key))
            .SelectMany(d => d.Value.Where(u => u.Target == "Caching").Select(u => $"{u.File} uses DigestSite.Caching"))
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void No_source_file_is_over_300_lines()
    {
        var srcRoot = Path.Combine(Repo.Root, "src");
        var tooLong = SourceFiles(srcRoot)
            .Select(f => (File: Path.GetRelativePath(Repo.Root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 300)
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }

    [Fact]
    public void Nothing_catches_a_null_reference_exception()
    {
        var catches = SourceFiles(Path.Combine(Repo.Root, "src"))
            .Where(f => File.ReadAllText(f).Contains("catch (NullReferenceException", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repo.Root, f))
            .ToList();
        Assert.True(catches.Count == 0, string.Join("\n", catches));
    }

    [Fact]
    public void The_build_orchestrator_reads_in_one_screen()
    {
        var source = File.ReadAllLines(Path.Combine(Library, "Build", "SiteBuilder.cs"));
        var start = Array.FindIndex(source, l => BuildSignature().IsMatch(l));
        Assert.True(start >= 0, "SiteBuilder.Build not found");
        var indent = source[start].Length - source[start].TrimStart().Length;
        var end = Array.FindIndex(source, start + 1, l => l.Length > indent && l[indent] == '}' && l.Trim() == "}");
        Assert.True(end > start, "the end of SiteBuilder.Build not found");
        Assert.True(end - start + 1 <= 60, $"SiteBuilder.Build is {end - start + 1} lines");
    }

    /// <summary>Test folders named after no folder of src/: the tests of whole builds, of the code's shape, and
    /// the helpers and data other tests share (docs/ARCHITECTURE.md, "Tests").</summary>
    private static readonly string[] TestFoldersOfTheirOwn = ["EndToEnd", "Architecture", "Support", "TestData"];

    private static readonly string Tests = Path.Combine(Repo.Root, "tests", "DigestSite.Tests");

    [Fact]
    public void Every_test_folder_is_named_after_a_source_folder()
    {
        // The library's folders, and the other projects by their last name (src/DigestSite.Cli: Cli).
        var sources = Directory.GetDirectories(Library).Select(Path.GetFileName).OfType<string>()
            .Concat(Directory.GetDirectories(Path.Combine(Repo.Root, "src")).Select(d => Path.GetFileName(d).Split('.')[^1]))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Caching", sources);
        Assert.Contains("Preview", sources);
        var stray = Directory.GetDirectories(Tests).Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not ("bin" or "obj") && !TestFoldersOfTheirOwn.Contains(n) && !sources.Contains(n))
            .ToList();
        Assert.True(stray.Count == 0, $"test folders named after no folder of src/: {string.Join(", ", stray)}");
    }

    [Fact]
    public void Each_test_file_is_in_the_namespace_of_its_folder()
    {
        var files = SourceFiles(Tests).ToList();
        Assert.NotEmpty(files);
        var wrong = new List<string>();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(Tests, file);
            var folders = Path.GetDirectoryName(relative)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var expected = string.Join('.', ["DigestSite.Tests", .. folders]);
            var actual = FileNamespace().Match(File.ReadAllText(file)).Groups[1].Value;
            if (actual != expected) wrong.Add($"{relative}: namespace {actual}, expected {expected}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>One use of another folder's namespace: where it is and what it names.</summary>
    private sealed record Use(string File, string Target);

    /// <summary>For each folder of the library, the other folders its files use.</summary>
    private static Dictionary<string, List<Use>> Dependencies()
    {
        Assert.True(Directory.Exists(Library), $"no library at {Library}");
        var folders = Directory.GetDirectories(Library).Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not ("bin" or "obj")).ToHashSet();
        var result = folders.ToDictionary(f => f, _ => new List<Use>());
        var sources = SourceFiles(Library)
            .Select(f => (Relative: Path.GetRelativePath(Library, f), Text: StripComments(File.ReadAllText(f))))
            .Where(f => folders.Contains(FolderOf(f.Relative)))
            .ToList();
        // Inside namespace DigestSite a type of another folder may also be named as Folder.Type, without the prefix.
        var types = folders.ToDictionary(f => f, _ => new HashSet<string>());
        foreach (var (relative, text) in sources)
            foreach (Match m in TypeDeclaration().Matches(text)) types[FolderOf(relative)].Add(m.Groups[1].Value);
        foreach (var (relative, text) in sources)
        {
            var uses = result[FolderOf(relative)];
            var file = Path.Combine("src", "DigestSite", relative);
            foreach (Match m in NamespaceUse().Matches(text))
                if (folders.Contains(m.Groups[1].Value)) uses.Add(new Use(file, m.Groups[1].Value));
            foreach (Match m in QualifiedType().Matches(text))
                if (types.TryGetValue(m.Groups[1].Value, out var declared) && declared.Contains(m.Groups[2].Value))
                    uses.Add(new Use(file, m.Groups[1].Value));
        }
        return result;
    }

    private static string FolderOf(string relative) => relative.Split(Path.DirectorySeparatorChar)[0];

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    /// <summary>The text without comments, so a cref or a sentence naming a namespace is no dependency.</summary>
    private static string StripComments(string source) => Comment().Replace(source, "");

    [GeneratedRegex(@"\bDigestSite\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex NamespaceUse();

    [GeneratedRegex(@"(?<![.\w])([A-Z]\w+)\.([A-Z]\w+)")]
    private static partial Regex QualifiedType();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"\bpublic static \S+ Build\(")]
    private static partial Regex BuildSignature();
}
