using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using DigestSite.Site;
using Xunit;

namespace DigestSite.Tests.Site;

/// <summary>A <see cref="KeyHash"/> is the hash of its parts' bytes, however long, and parts that differ give
/// keys that differ.</summary>
public class KeyHashTests
{
    private static string Hex(byte[] key) => Convert.ToHexString(key);

    [Fact]
    public void A_long_key_is_the_hash_of_all_its_bytes_at_once()
    {
        // Far more than one buffer: numbers, then texts that cross the buffer's end, one longer than a buffer.
        var hash = new KeyHash("k");
        var expected = new List<byte> { 1 };
        void Number(long n)
        {
            var bytes = new byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(bytes, n);
            expected.AddRange(bytes);
        }
        void Text(string s)
        {
            expected.Add(1);
            Number(s.Length);
            expected.AddRange(Encoding.Unicode.GetBytes(s));
        }
        Number(1);
        expected.AddRange(Encoding.Unicode.GetBytes("k"));
        for (var i = 0; i < 1500; i++) { hash.Number(i); Number(i); }
        for (var i = 0; i < 300; i++) { var s = $"digests/harbour-{i}/index.html"; hash.Text(s); Text(s); }
        var longText = new string('w', 5000);
        hash.Text(longText);
        Text(longText);

        Assert.Equal(Hex(XxHash128.Hash(expected.ToArray())), Hex(hash.Finish()));
    }

    [Fact]
    public void Parts_that_differ_give_keys_that_differ()
    {
        var keys = new[]
        {
            new KeyHash("k").Text("ab").Text("c").Finish(),
            new KeyHash("k").Text("a").Text("bc").Finish(),
            new KeyHash("k").Text(null).Finish(),
            new KeyHash("k").Text("").Finish(),
            new KeyHash("k").Flag(true).Finish(),
            new KeyHash("k").Flag(false).Finish(),
            new KeyHash("k").Number(0).Finish(),
            new KeyHash("j").Number(0).Finish(),
        }.Select(Hex).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(Hex(new KeyHash("k").Text("ab").Number(7).Finish()), Hex(new KeyHash("k").Text("ab").Number(7).Finish()));
    }
}
