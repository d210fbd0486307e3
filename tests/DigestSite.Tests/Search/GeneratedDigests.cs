using DigestSite.Tests.Outputs;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Search;

/// <summary>
/// Three hundred digests from the shared generator, made once for the search tests that need a site large
/// enough for many shards; each test copies them into a site of its own, which it edits and builds.
/// </summary>
public sealed class GeneratedDigests : IDisposable
{
    public const int Count = 300;
    private readonly TempSite _source = new();

    public GeneratedDigests()
    {
        if (!Directory.Exists(Repo.Shared)) throw new InvalidOperationException($"{Repo.Shared} is absent: these tests need ../shared/tools/gen_corpus.py");
        OutputSites.Generate(_source.Input, Count);
    }

    /// <summary>Copies the digests into a site's input folder.</summary>
    public void CopyTo(TempSite site)
    {
        foreach (var file in Directory.GetFiles(_source.Input)) File.Copy(file, Path.Combine(site.Input, Path.GetFileName(file)));
    }

    public void Dispose() => _source.Dispose();
}

/// <summary>The search tests that share <see cref="GeneratedDigests"/>.</summary>
[CollectionDefinition(Name)]
public sealed class GeneratedDigestsCollection : ICollectionFixture<GeneratedDigests>
{
    public const string Name = "300 generated digests";
}
