using DigestSite.Tests.Outputs;
using DigestSite.Tests.Support;
using DigestSite.Validation;

namespace DigestSite.Tests.Validation;

/// <summary>Pages are checked as they are rendered, against the files the build plans to write. A page whose
/// template fails is not written: links to it must still be reported, so the build checks its pages again
/// against what it made.</summary>
public sealed class FailedPageLinkTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_link_to_a_page_that_failed_to_render_is_broken(bool write)
    {
        using var site = new TempSite("topics:\n  minDigests: 1\n"); // a topic page per digest
        site.AddDigest("a.txt", OutputSites.Digest("Ferry fares fall for island pensioners", "2026-11-20", ["Ferries"]));
        site.AddDigest("b.txt", OutputSites.Digest("Lighthouse keepers vote to keep night shifts", "2026-11-21", ["Lighthouses"]));
        site.CopyBuiltInTheme();
        var digestTemplate = Path.Combine(site.Dir, "theme", "templates", "digest.sbn-html");
        File.WriteAllText(digestTemplate, "{{ if digest.title | string.starts_with 'Lighthouse' }}{{ no_such_function 1 }}{{ end }}" + File.ReadAllText(digestTemplate));

        var result = site.Build(o => o with { Write = write });

        var broken = result.Diagnostics.Where(d => d.Rule == ValidationRules.BrokenLink.Id).ToList();
        Assert.NotEmpty(broken);
        Assert.All(broken, d => Assert.Contains("/digests/lighthouse-keepers-vote-to-keep-night-shifts/", d.Message));
        Assert.Contains(broken, d => d.Path == "topics/lighthouses/index.html");
        // The other digest's page links to it (newer and related digests) and rendered: its link is broken too.
        Assert.Contains(broken, d => d.Path.StartsWith("digests/ferry-fares", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("digests/lighthouse", StringComparison.Ordinal));
    }
}
