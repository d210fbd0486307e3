using DigestSite.Configuration;
using DigestSite.Diagnostics;
using DigestSite.Enrichment;
using DigestSite.Topics;
using static DigestSite.Tests.Content.DigestText;

namespace DigestSite.Tests.Topics;

/// <summary>The topics the enrich stage gives one digest written for a test, alone in its site.</summary>
internal static class OneDigestTopics
{
    public static string[] Of(params string[] lines)
    {
        var file = new ParsedFile("input/2026-04-01-d.txt", DateTime.UtcNow, Ok(Parse(Lines(lines))));
        return new Enricher(SiteConfig.Default, Gazetteer.Default).Enrich([file], new DiagnosticBag())
            .Single().Topics.Select(t => t.Name).ToArray();
    }
}
