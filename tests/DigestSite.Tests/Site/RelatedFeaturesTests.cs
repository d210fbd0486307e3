using DigestSite.Site;

namespace DigestSite.Tests.Site;

/// <summary>A digest's line (<see cref="RelatedFeatures.Line"/>), as a build cache keeps it, reads back as the
/// slug and date it was written with and the same features with the same boosts.</summary>
public sealed class RelatedFeaturesTests
{
    [Fact]
    public void A_line_reads_back_as_its_head_and_features_whatever_the_boost()
    {
        var digest = new RelatedFeatures("kenya-drought", 638_700_000_000_000_000,
            [new RelatedFeature("t kenya", 2), new RelatedFeature("w drought", 1), new RelatedFeature("t 2026-harvest", 12)]);
        var line = digest.Line;
        Assert.Equal("kenya-drought\t638700000000000000", RelatedFeatures.HeadOf(line));
        Assert.Equal(digest.Features.ToHashSet(), RelatedFeatures.FeaturesOf(line));
    }
}
