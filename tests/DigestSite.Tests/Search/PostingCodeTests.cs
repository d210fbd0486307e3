using System.Text;
using DigestSite.Search;

namespace DigestSite.Tests.Search;

public sealed class PostingCodeTests
{
    [Fact]
    public void Numbers_round_trip_and_small_ones_take_one_character()
    {
        var values = new[] { 0, 1, 31, 32, 1023, 1024, 99_999, 1_000_000 };
        var sb = new StringBuilder();
        foreach (var v in values) PostingCode.Append(sb, v);
        Assert.Equal(values, PostingCode.Decode(sb.ToString()));
        Assert.Equal(1 + 1 + 1 + 2 + 2 + 3 + 4 + 4, sb.Length);
        Assert.DoesNotContain(sb.ToString(), c => c is '"' or '\\' || c > 127);
    }

    [Fact]
    public void Increasing_ids_are_written_as_gaps()
    {
        var ids = PostingCode.Ids([0, 1, 5, 40]);
        Assert.Equal([0, 0, 3, 34], PostingCode.Decode(ids));
    }
}
