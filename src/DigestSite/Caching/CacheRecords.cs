using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DigestSite.Enrichment;
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

    /// <summary>An input's record: its stamp, hash, parse result, listing facts and the fingerprint of its topic
    /// facts, into the section's records; the topic facts themselves into <paramref name="facts"/>, the
    /// section's second part, read only when a build needs them (<see cref="DeferredFacts"/>). Facts that can no
    /// longer be loaded are left out, and found again by the next build.</summary>
    public static void WriteInput(CacheWriter w, CacheWriter facts, CachedInput input)
    {
        w.Write(input.Stamp.Size);
        w.Write(input.Stamp.ModifiedTicks);
        w.Write(input.ContentHash);
        ParseResultCodec.Write(w, input.Result);
        var topics = input.Facts?.Topics;
        w.Write(topics is not null);
        if (topics is null) return;
        var listing = input.Facts!.Listing;
        w.Write(input.Facts.TopicsFingerprint);
        w.Write(listing.Summary);
        w.Write7BitEncodedInt(listing.ReadingMinutes);
        w.WriteRepeated(listing.Kicker);
        topics.Write(facts, facts.Repeated); // the words facts repeat from digest to digest: once a section
    }

    /// <param name="facts">The section's topic facts, the next of which is this input's if it has facts.</param>
    public static CachedInput ReadInput(CacheReader r, DeferredFacts facts)
    {
        var stamp = new InputStamp(r.ReadInt64(), r.ReadInt64());
        var hash = r.ReadBytes(InputCache.HashLength);
        var result = ParseResultCodec.Read(r);
        if (!r.ReadBoolean()) return new CachedInput(stamp, hash, result);
        var fingerprint = r.ReadBytes(InputCache.HashLength);
        var listing = new ListingFacts(r.ReadString(), r.Read7BitEncodedInt(), r.ReadRepeated());
        var number = facts.Add();
        return new CachedInput(stamp, hash, result) { Facts = new DigestFacts(() => facts.Get(number), fingerprint, listing) };
    }

    /// <summary>Combined topics: the facts' key, a table of distinct topics, then per digest a count and numbers.</summary>
    public static void WriteTopics(CacheWriter w, CombinedTopics combined)
    {
        w.Write7BitEncodedInt(combined.FactsKey.Length);
        w.Write(combined.FactsKey);
        var numbers = new Dictionary<Topic, int>();
        foreach (var topic in combined.Topics.SelectMany(t => t)) numbers.TryAdd(topic, numbers.Count);
        w.Write7BitEncodedInt(numbers.Count);
        foreach (var topic in numbers.Keys) // in the order they were numbered
        {
            w.Write(topic.Name);
            w.Write(topic.Slug);
        }
        w.Write7BitEncodedInt(combined.Topics.Length);
        foreach (var list in combined.Topics)
        {
            w.Write7BitEncodedInt(list.Length);
            foreach (var topic in list) w.Write7BitEncodedInt(numbers[topic]);
        }
    }

    public static CombinedTopics ReadTopics(CacheReader r)
    {
        var key = r.ReadBytes(r.Count());
        var table = new Topic[r.Count()];
        for (var i = 0; i < table.Length; i++) table[i] = new Topic(r.ReadString(), r.ReadString());
        var topics = new ImmutableArray<Topic>[r.Count()];
        for (var i = 0; i < topics.Length; i++)
        {
            var list = new Topic[r.Count()];
            for (var k = 0; k < list.Length; k++)
                list[k] = r.Read7BitEncodedInt() is var n && (uint)n < (uint)table.Length ? table[n] : throw new InvalidDataException("build cache: topic out of range");
            topics[i] = ImmutableCollectionsMarshal.AsImmutableArray(list);
        }
        return r.AtEnd ? new CombinedTopics(key, topics) : throw new InvalidDataException("build cache: a section is longer than its records");
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
