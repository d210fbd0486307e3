using System.Collections.Immutable;
using System.IO.Hashing;
using System.Reflection;
using DigestSite.Caching;
using DigestSite.Content;
using DigestSite.Enrichment;
using DigestSite.Pages;
using DigestSite.Site;
using DigestSite.Tests.Outputs;
using DigestSite.Tests.Support;
using DigestSite.Topics;
using Xunit;

namespace DigestSite.Tests.Incremental;

/// <summary>
/// <see cref="ViewFactory.CardKey"/> stands for <see cref="ViewFactory.Summary"/>, the card lists and related
/// digests show: each member of a digest is changed in turn (every settable member there is, found by
/// reflection, and the title inside its content), and whenever the card changes, its key must change too;
/// whenever the card stays as it was, so does its key.
/// </summary>
public sealed class CardKeyTests : IDisposable
{
    private readonly TempSite _site = new("topics:\n  auto: false\n  minDigests: 2\n");

    public void Dispose() => _site.Dispose();

    private static string View(SiteModel site, EnrichedDigest d)
    {
        var hash = new XxHash128();
        ModelFingerprint.Append(hash, new ViewFactory(site).Summary(d)); // a new factory: it keeps views by slug
        return Convert.ToHexString(hash.GetCurrentHash());
    }

    private static string Key(SiteModel site, EnrichedDigest d) => Convert.ToHexString(ViewFactory.CardKey(site, d));

    [Fact]
    public void The_key_changes_exactly_when_the_card_does()
    {
        _site.AddDigest("a.txt", OutputSites.Digest("Harbour cranes return after storm repairs", "2026-11-20", ["Ports", "Cranes"]));
        _site.AddDigest("b.txt", OutputSites.Digest("Ferry timetable shared by three towns", "2026-11-21", ["Ports", "Ferries"]));
        _site.AddDigest("c.txt", OutputSites.Digest("Night ferry returns for the winter", "2026-11-22", ["Ferries"]));
        var site = _site.Build(o => o with { Write = false }).Site!;
        var d = site.Digests.Single(x => x.Title.StartsWith("Harbour", StringComparison.Ordinal));
        Assert.Contains(d.Topics, site.HasTopicPage);
        Assert.Contains(d.Topics, t => !site.HasTopicPage(t)); // "Cranes" is on one digest: no page, no chip

        var variants = new List<(string What, EnrichedDigest Digest)>();
        foreach (var p in typeof(EnrichedDigest).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.SetMethod is null || p.Name == "EqualityContract") continue;
            foreach (var (what, value) in Changed(p.Name, p.GetValue(d)))
            {
                var copy = (EnrichedDigest)typeof(EnrichedDigest).GetMethod("<Clone>$")!.Invoke(d, null)!;
                p.SetValue(copy, value);
                variants.Add(($"{p.Name} {what}", copy));
            }
        }

        var (view, key) = (View(site, d), Key(site, d));
        var cardChanges = 0;
        foreach (var (what, variant) in variants)
        {
            var cardChanged = View(site, variant) != view;
            Assert.True(cardChanged == (Key(site, variant) != key),
                cardChanged ? $"changing {what} changes the card but not its key" : $"changing {what} changes the key but not the card");
            if (cardChanged) cardChanges++;
        }
        // Title, slug, date (instant and offset), kicker, summary, a topic with a page added, and more.
        Assert.True(cardChanges >= 7, $"{cardChanges} of {variants.Count} changes reach the card");
    }

    private static IEnumerable<(string What, object? Value)> Changed(string member, object? value)
    {
        switch (value)
        {
            case string s:
                yield return ("(text)", s + "x");
                break;
            case int n:
                yield return ("(number)", n + 1);
                break;
            case DateTimeOffset t:
                yield return ("(a minute later)", t.AddMinutes(1));
                yield return ("(same instant, other offset)", t.ToOffset(TimeSpan.FromHours(5)));
                break;
            case Enum e:
                yield return ("(other value)", Enum.ToObject(e.GetType(), Convert.ToInt32(e) + 1));
                break;
            case byte[] bytes:
                yield return ("(other bytes)", bytes.Select(b => (byte)~b).ToArray());
                break;
            case ImmutableArray<Topic> topics:
                yield return ("(a topic with a page added)", topics.Add(new Topic("Ferries", "ferries")));
                yield return ("(a topic without a page added)", topics.Add(new Topic("Tugboats", "tugboats")));
                yield return ("(the first taken away)", topics.RemoveAt(0));
                yield return ("(the first renamed)", topics.SetItem(0, topics[0] with { Name = topics[0].Name + "x" }));
                yield return ("(the order changed)", topics.Reverse().ToImmutableArray());
                break;
            case DigestNews news:
                yield return ("(an author)", news with { Authors = [.. news.Authors, new Author("Ama Mensah", "ama-mensah")] });
                yield return ("(a time of day)", news with { DateHasTime = !news.DateHasTime });
                yield return ("(an update)", news with { Updated = new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero) });
                yield return ("(a correction)", news with { Correction = "A figure was wrong." });
                yield return ("(a lead image not found)", news with { Image = new LeadImage("nowhere.jpg", "Alt", "", "", 2) });
                break;
            case ImmutableArray<ChosenTopic> kinds: // how topics were chosen: evidence for inspect, not on a card
                yield return ("(other evidence)", kinds.IsEmpty ? kinds.Add(new ChosenTopic("Ferries", TopicKind.Subject, "cues: ferry"))
                    : kinds.SetItem(0, kinds[0] with { Evidence = kinds[0].Evidence + " (again)" }));
                break;
            case ImmutableArray<string> terms: // words for related digests, not on a card
                yield return ("(another word)", terms.Add("lighthouse"));
                break;
            case Digest content:
                yield return ("(title)", new Digest(content.Title + "x", content.Sections, content.FrontMatter));
                yield return ("(a paragraph)", new Digest(content.Title,
                    content.Sections.SetItem(1, content.Sections[1] with { Paragraphs = content.Sections[1].Paragraphs.Add("More.") }),
                    content.FrontMatter));
                break;
            default:
                Assert.Fail($"no way to change {member} ({value?.GetType().Name ?? "null"}): teach this test one");
                break;
        }
    }
}
