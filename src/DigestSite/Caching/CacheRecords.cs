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
        w.Write(listing.WantedSlug);
        Strings(w, listing.Terms);
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
        var listing = new ListingFacts(r.ReadString(), r.Read7BitEncodedInt(), r.ReadRepeated(), r.ReadString(), ReadStrings(r));
        var number = facts.Add();
        return new CachedInput(stamp, hash, result) { Facts = new DigestFacts(() => facts.Get(number), fingerprint, listing) };
    }

    /// <summary>The corpus step's state: the counts of lower-case writers and of digests naming each entity,
    /// then per digest its path, fingerprint, questions, names, names named once and topics.</summary>
    public static void WriteTopics(CacheWriter w, TopicCorpusState state)
    {
        Counts(w, state.LowerCaseWriters);
        Counts(w, state.DigestsNaming);
        w.Write7BitEncodedInt(state.Digests.Count);
        foreach (var (path, digest) in state.Digests)
        {
            w.WriteRepeated(path);
            w.Write(digest.Fingerprint);
            Strings(w, digest.Questions);
            Strings(w, digest.Names);
            Strings(w, digest.NamedOnce);
            w.Write7BitEncodedInt(digest.Topics.Length);
            foreach (var t in digest.Topics)
            {
                w.WriteRepeated(t.Name);
                w.Write((byte)t.Kind);
                w.WriteRepeated(t.Evidence);
            }
        }
    }

    private static ChosenTopic[] ReadChosen(CacheReader r)
    {
        var topics = new ChosenTopic[r.Count()];
        for (var i = 0; i < topics.Length; i++)
            topics[i] = new ChosenTopic(r.ReadRepeated(), r.ReadByte() is var k && k <= (byte)TopicKind.Entity ? (TopicKind)k
                : throw new InvalidDataException("build cache: bad topic kind"), r.ReadRepeated());
        return topics;
    }

    public static TopicCorpusState ReadTopics(CacheReader r)
    {
        var writers = ReadCounts(r);
        var naming = ReadCounts(r);
        var count = r.Count();
        var digests = new Dictionary<string, DigestTopicState>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = r.ReadRepeated();
            digests[path] = new DigestTopicState(r.ReadBytes(InputCache.HashLength), ReadStrings(r), ReadStrings(r), ReadStrings(r), ReadChosen(r));
        }
        return r.AtEnd ? new TopicCorpusState(digests, writers, naming) : throw new InvalidDataException("build cache: a section is longer than its records");
    }

    private static void Counts(CacheWriter w, Dictionary<string, int> counts)
    {
        w.Write7BitEncodedInt(counts.Count);
        foreach (var (key, count) in counts)
        {
            w.WriteRepeated(key);
            w.Write7BitEncodedInt(count);
        }
    }

    private static Dictionary<string, int> ReadCounts(CacheReader r)
    {
        var count = r.Count();
        var counts = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) counts[r.ReadRepeated()] = r.Read7BitEncodedInt();
        return counts;
    }

    private static void Strings(CacheWriter w, string[] items)
    {
        w.Write7BitEncodedInt(items.Length);
        foreach (var item in items) w.WriteRepeated(item);
    }

    private static string[] ReadStrings(CacheReader r)
    {
        var items = r.Count() is var count && count == 0 ? [] : new string[count];
        for (var i = 0; i < items.Length; i++) items[i] = r.ReadRepeated();
        return items;
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
