using DigestSite.Site;
using DigestSite.Topics;
using DigestSite.Validation;

namespace DigestSite.Caching;

/// <summary>The binary form of the cache's two kinds of record, a page and an input file, each after its key.</summary>
internal static class CacheRecords
{
    public static void WritePage(CacheWriter w, CachedPage page)
    {
        w.Write(page.RenderKey);
        w.Write(page.Size);
        w.Write(page.LastWriteUtc.Ticks);
        DiagnosticCodec.WriteAll(w, page.Check.Findings);
        w.Write7BitEncodedInt(page.Check.Anchors.Length);
        foreach (var a in page.Check.Anchors) w.WriteRepeated(a);
        w.Write7BitEncodedInt(page.Check.FragmentLinks.Length);
        foreach (var l in page.Check.FragmentLinks)
        {
            w.WriteRepeated(l.TargetPath); // a page's key, when the link is to itself
            w.WriteRepeated(l.Fragment);
            w.WriteRepeated(l.Href);
            w.Write7BitEncodedInt(l.Line);
            w.Write7BitEncodedInt(l.Column);
        }
    }

    public static CachedPage ReadPage(CacheReader r)
    {
        var key = r.ReadBytes(RenderKeys.Length);
        var size = r.ReadInt64();
        var time = new DateTime(r.ReadInt64(), DateTimeKind.Utc);
        var findings = DiagnosticCodec.ReadAll(r);
        var anchors = r.Count() is var anchorCount && anchorCount == 0 ? [] : new string[anchorCount];
        for (var i = 0; i < anchors.Length; i++) anchors[i] = r.ReadRepeated();
        var links = r.Count() is var linkCount && linkCount == 0 ? [] : new FragmentLink[linkCount];
        for (var i = 0; i < links.Length; i++)
            links[i] = new FragmentLink(r.ReadRepeated(), r.ReadRepeated(), r.ReadRepeated(), r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
        return new CachedPage(key, size, time, new CachedCheck(findings, anchors, links));
    }

    public static void WriteInput(CacheWriter w, CachedInput input)
    {
        w.Write(input.Stamp.Size);
        w.Write(input.Stamp.ModifiedTicks);
        w.Write(input.ContentHash);
        ParseResultCodec.Write(w, input.Result);
        w.Write(input.TopicFacts is not null);
        input.TopicFacts?.Write(w, w.Repeated); // the words facts repeat from digest to digest: once a section
    }

    public static CachedInput ReadInput(CacheReader r)
    {
        var stamp = new InputStamp(r.ReadInt64(), r.ReadInt64());
        var hash = r.ReadBytes(InputCache.HashLength);
        var result = ParseResultCodec.Read(r);
        var facts = r.ReadBoolean() ? DigestTopicFacts.Read(r, r.Repeated) : null;
        return new CachedInput(stamp, hash, result) { TopicFacts = facts };
    }

    /// <summary>The related ranking: its inputs' key, then per digest a count and positions.</summary>
    public static void WriteRelated(CacheWriter w, RankedRelated related)
    {
        w.Write7BitEncodedInt(related.InputsKey.Length);
        w.Write(related.InputsKey);
        w.Write7BitEncodedInt(related.Positions.Length);
        foreach (var list in related.Positions)
        {
            w.Write7BitEncodedInt(list.Length);
            foreach (var j in list) w.Write7BitEncodedInt(j);
        }
    }

    public static RankedRelated ReadRelated(CacheReader r)
    {
        var key = r.ReadBytes(r.Count());
        var positions = new int[r.Count()][];
        for (var i = 0; i < positions.Length; i++)
        {
            var list = positions[i] = new int[r.Count()];
            for (var k = 0; k < list.Length; k++) list[k] = r.Read7BitEncodedInt();
        }
        return r.AtEnd ? new RankedRelated(key, positions) : throw new InvalidDataException("build cache: a section is longer than its records");
    }
}
