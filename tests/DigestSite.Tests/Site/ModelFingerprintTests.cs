using System.IO.Hashing;
using DigestSite.Site;
using DigestSite.Pages;

namespace DigestSite.Tests.Site;

/// <summary>The render key hashes a page's view model by walking it: every member that a template could show
/// must change the key, and equal models must give equal keys.</summary>
public class ModelFingerprintTests
{
    private static string Key(object? model)
    {
        var hash = new XxHash128();
        ModelFingerprint.Append(hash, model);
        return Convert.ToHexString(hash.GetCurrentHash());
    }

    private static DigestSummaryView Card(string title = "Flood barrier opens", params LinkView[] topics) =>
        new(title, "/digests/flood/", "2026-01-02T00:00:00+00:00", "2 January 2026", "Cities", "A summary.", topics);

    private static ListView List(params DigestSummaryView[] items) =>
        new("Latest", null, items, new PaginationView(1, 2, null, "/page/2/", [new PageLinkView(1, "/", true), new PageLinkView(2, "/page/2/", false)]));

    [Fact]
    public void Equal_models_built_separately_give_the_same_key()
    {
        Assert.Equal(Key(List(Card(), Card("Second"))), Key(List(Card(), Card("Second"))));
    }

    [Fact]
    public void A_change_anywhere_in_the_model_changes_the_key()
    {
        var baseline = Key(List(Card("A", new LinkView("Rain", "/topics/rain/")), Card("B")));
        var variants = new object?[]
        {
            List(Card("A", new LinkView("Rain", "/topics/rains/")), Card("B")),         // a nested list item's member
            List(Card("A", new LinkView("Rain", "/topics/rain/")), Card("C")),          // an item's title
            List(Card("B"), Card("A", new LinkView("Rain", "/topics/rain/"))),          // the order of items
            List(Card("A", new LinkView("Rain", "/topics/rain/"))),                     // one item fewer
            List(Card("A", new LinkView("Rain", "/topics/rain/")), Card("B")) with { Intro = "" },        // null vs empty
            List(Card("A", new LinkView("Rain", "/topics/rain/")), Card("B")) with { TotalCount = 7 },    // an init-only number
            List(Card("A", new LinkView("Rain", "/topics/rain/")), Card("B")) with { Pagination = new PaginationView(1, 2, null, "/page/2/", [new PageLinkView(1, "/", false), new PageLinkView(2, "/page/2/", false)]) }, // a bool deep down
            null,
        };
        var keys = variants.Select(Key).ToList();
        Assert.DoesNotContain(baseline, keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Strings_that_only_split_differently_give_different_keys()
    {
        Assert.NotEqual(Key(new LinkView("ab", "c")), Key(new LinkView("a", "bc")));
    }
}
