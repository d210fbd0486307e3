using DigestSite.Site;

namespace DigestSite.Tests.Architecture;

/// <summary>
/// No namespace of the library uses, directly or through others, a namespace that uses it: the stages form a
/// layered graph (docs/ARCHITECTURE.md). Read from the compiled library, so a `using` line that names nothing
/// used is no dependency and a use without one (a fully qualified name, a lambda's closure) is.
/// </summary>
public sealed class NamespaceCycleTests
{
    private static readonly Lazy<NamespaceGraph> Library =
        new(() => NamespaceGraph.Read(typeof(SiteModel).Assembly.Location, "DigestSite"));

    [Fact]
    public void No_namespace_of_the_library_is_in_a_cycle()
    {
        var uses = Library.Value.Uses;
        var cycles = NamespaceCycles.Find(uses);
        var described = cycles.Select(cycle => string.Join("\n", [
            "cycle: " + string.Join(" -> ", cycle),
            .. cycle.Zip(cycle.Skip(1), (from, to) => "  " + uses[from][to])]));
        Assert.True(cycles.Count == 0, string.Join("\n", described));
    }

    [Fact]
    public void The_graph_sees_uses_in_signatures_and_in_method_bodies()
    {
        var uses = Library.Value.Uses;
        // Signatures: SiteModel.Create takes the configuration; Pages' view factory takes the site model.
        Assert.Contains("DigestSite.Configuration", uses["DigestSite.Site"].Keys);
        Assert.Contains("DigestSite.Site", uses["DigestSite.Pages"].Keys);
        // A body only: NewsroomSetup.Prepare calls SiteImages.Resolve, and no signature of Build names an Images type.
        Assert.Contains("DigestSite.Images", uses["DigestSite.Build"].Keys);
        Assert.DoesNotContain("DigestSite.Build", uses["DigestSite.Site"].Keys);
    }

    [Fact]
    public void A_cycle_is_found_and_shown_as_a_shortest_way_round()
    {
        var graph = new Dictionary<string, SortedDictionary<string, string>>
        {
            ["A"] = new() { ["B"] = "a uses b" },
            ["B"] = new() { ["C"] = "b uses c", ["D"] = "b uses d" },
            ["C"] = new() { ["A"] = "c uses a", ["B"] = "c uses b" },
            ["D"] = new() { ["E"] = "d uses e" },
            ["E"] = new(),
        };
        Assert.Equal([["A", "B", "C", "A"]], NamespaceCycles.Find(graph));
        graph["C"].Remove("A");
        Assert.Equal([["B", "C", "B"]], NamespaceCycles.Find(graph));
        graph["C"].Clear();
        Assert.Empty(NamespaceCycles.Find(graph));
    }
}
