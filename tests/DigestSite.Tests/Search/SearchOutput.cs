using System.Text.Json;

namespace DigestSite.Tests.Search;

/// <summary>The search index a build wrote under <c>search/</c>, read as the search page's script reads it: the
/// manifest, then the records of the digests by number (oldest first) through the tables it names.</summary>
public sealed class SearchOutput
{
    public SearchOutput(string outputDir)
    {
        Dir = Path.Combine(outputDir, "search");
        Manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir, "manifest.json"))).RootElement;
    }

    public string Dir { get; }
    public JsonElement Manifest { get; }

    /// <summary>Every digest's record, oldest first.</summary>
    public List<JsonElement> Records()
    {
        var records = new List<JsonElement>();
        foreach (var table in Manifest.GetProperty("tables").EnumerateArray())
            foreach (var name in Read("t", table.GetString()!).EnumerateArray())
                records.Add(Read("d", name.GetString()!));
        return records;
    }

    public JsonElement Read(string kind, string name) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir, kind, name + ".json"))).RootElement;

    /// <summary>Every file under <c>search/</c> but the manifest, by path.</summary>
    public static SortedDictionary<string, byte[]> ContentNamed(string outputDir)
    {
        var dir = Path.Combine(outputDir, "search");
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(dir, "*.json", SearchOption.AllDirectories))
            if (Path.GetFileName(f) != "manifest.json" || Path.GetDirectoryName(f) != dir)
                files[Path.GetRelativePath(dir, f)] = File.ReadAllBytes(f);
        return files;
    }
}
