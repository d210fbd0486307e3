using System.Collections.Immutable;
using DigestSite.Configuration;
using DigestSite.Content;
using DigestSite.Diagnostics;
using DigestSite.Topics;

namespace DigestSite.Enrichment;

/// <summary>A parsed digest with the facts of its file, the input of the enrich stage.</summary>
public sealed record ParsedFile(string RelativePath, DateTime ModifiedUtc, Digest Digest)
{
    /// <summary>The XxHash128 of the file's bytes, when the read stage has it.</summary>
    public byte[]? ContentHash { get; init; }
}

/// <summary>
/// The enrich stage: gives every parsed digest its date, slug, topics and summary. Slugs and topics are
/// decided across all digests at once (collisions, case variants), so this stage sees the whole list.
/// </summary>
/// <param name="model">The stored vectors of <c>topics.model</c>, or null when it is off.</param>
public sealed class Enricher(SiteConfig config, Gazetteer gazetteer, ModelSubjects? model = null)
{
    private readonly DateResolver _dates = new(TimeZoneInfo.FindSystemTimeZoneById(config.Site.Timezone));
    private readonly TopicExtractor _extractor = new(gazetteer, config.Topics);
    private readonly TopicNames _names = new(config.Topics);
    private NewsFacts News => _news ??= new NewsFacts(config, _dates);
    private NewsFacts? _news;

    /// <param name="files">Parsed digests in input-path order (the order slug collisions are resolved in).</param>
    public IReadOnlyList<EnrichedDigest> Enrich(IReadOnlyList<ParsedFile> files, DiagnosticBag diagnostics) =>
        Enrich(files, diagnostics, null, out _);

    /// <param name="cachedFacts">Per file, the facts a build cache kept for the same content, or null. A digest
    /// with cached facts is enriched without reading its sections.</param>
    /// <param name="facts">Per file, the facts used (cached or found now), for the next build's cache.</param>
    /// <param name="corpus">The corpus step as an earlier build left it (an incremental build's), or null to
    /// combine every digest's topic facts.</param>
    public IReadOnlyList<EnrichedDigest> Enrich(IReadOnlyList<ParsedFile> files, DiagnosticBag diagnostics,
        IReadOnlyList<DigestFacts?>? cachedFacts, out DigestFacts[] facts, TopicCorpus? corpus = null)
    {
        var found = facts = FactsOf(files, cachedFacts);
        var wanted = new string[files.Count];
        for (var i = 0; i < wanted.Length; i++) wanted[i] = found[i].Listing.WantedSlug;
        var slugs = Slug.MakeUnique(wanted);
        var choices = ModelChoices(files, diagnostics);
        ChosenTopic[][] raw;
        if (corpus is null)
        {
            var all = new DigestTopicFacts[files.Count];
            for (var i = 0; i < all.Length; i++) all[i] = TopicFactsOf(files, found, i);
            raw = TopicCombiner.Combine(all, _extractor.MaxTopics, choices);
        }
        else
        {
            var paths = new string[files.Count];
            var fingerprints = new byte[files.Count][];
            for (var i = 0; i < paths.Length; i++) (paths[i], fingerprints[i]) = (files[i].RelativePath, found[i].TopicsFingerprint);
            raw = corpus.Combine(paths, fingerprints, i => TopicFactsOf(files, found, i), _extractor.MaxTopics, choices);
        }
        var topics = MergeTopics(raw, out var kinds);

        var result = new EnrichedDigest[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var f = files[i];
            var (date, source) = _dates.Resolve(f.Digest.FrontMatter, f.RelativePath, f.ModifiedUtc);
            foreach (var named in f.Digest.FrontMatter.Topics)
                if (Slug.From(named).Length == 0)
                    diagnostics.Add(Diagnostic.Warning(f.RelativePath, 1,
                        $"front matter topic '{named}' has no letter or digit to make its page's URL from; it is left out", "content"));
            if (source == DateSource.ModificationTime)
                diagnostics.Add(Diagnostic.Warning(f.RelativePath, f.Digest.TitleLine,
                    "no usable date in front matter or file name (YYYY-MM-DD, years 1 to 9999); using the file's modification time (a guess)", "date"));
            result[i] = new EnrichedDigest
            {
                SourcePath = f.RelativePath,
                Content = f.Digest,
                ContentHash = f.ContentHash,
                Slug = slugs[i],
                Date = date,
                DateSource = source,
                Topics = topics[i],
                TopicKinds = kinds[i],
                Terms = [.. found[i].Listing.Terms],
                Summary = found[i].Listing.Summary,
                ReadingMinutes = found[i].Listing.ReadingMinutes,
                Kicker = Kicker(f.Digest, topics[i], kinds[i]),
                News = News.Of(f.Digest),
            };
        });
        return result;
    }

    /// <summary>Each digest's subject by meaning when <c>topics.model</c> is on (null otherwise), and the one
    /// warning of digests the model's store has no vector for.</summary>
    private ModelChoice?[]? ModelChoices(IReadOnlyList<ParsedFile> files, DiagnosticBag diagnostics)
    {
        if (model is null) return null;
        var digests = new Digest[files.Count];
        for (var i = 0; i < digests.Length; i++) digests[i] = files[i].Digest;
        var choices = model.Choose(digests);
        var without = 0;
        foreach (var c in choices) if (c is null) without++;
        if (model.Warning(without, digests.Length) is { } warning) diagnostics.Add(warning);
        return choices;
    }

    /// <summary>Each file's facts: the cached ones as they are, the others found now (topic facts, then each
    /// digest's summary and reading time, its own work: counting words is most of it).</summary>
    private DigestFacts[] FactsOf(IReadOnlyList<ParsedFile> files, IReadOnlyList<DigestFacts?>? cachedFacts)
    {
        var facts = new DigestFacts[files.Count];
        var missing = new List<int>();
        for (var i = 0; i < files.Count; i++)
            if (cachedFacts?[i] is { } cached) facts[i] = cached;
            else missing.Add(i);
        var digests = new List<Digest>(missing.Count);
        foreach (var i in missing) digests.Add(files[i].Digest);
        var topicFacts = _extractor.Facts(digests);
        Parallel.For(0, missing.Count, k => facts[missing[k]] = new DigestFacts(topicFacts[k], ListingFacts.Of(files[missing[k]].Digest)));
        return facts;
    }

    /// <summary>File i's topic facts. Deferred ones are loaded here; one that can no longer be loaded is found
    /// again from its digest (and replaced in <paramref name="facts"/>, which the next build's cache keeps).</summary>
    private DigestTopicFacts TopicFactsOf(IReadOnlyList<ParsedFile> files, DigestFacts[] facts, int i)
    {
        if (facts[i].Topics is { } known) return known;
        var found = _extractor.Facts(files[i].Digest);
        facts[i] = new DigestFacts(found, facts[i].Listing);
        return found;
    }

    /// <summary>The digest's desk: front matter <c>section</c>, else its main subject (its first subject topic),
    /// else nothing. Section labels stay inside the digest.</summary>
    private static string Kicker(Digest digest, ImmutableArray<Topic> topics, ImmutableArray<ChosenTopic> kinds)
    {
        if (digest.FrontMatter.Section is { } section) return section;
        for (var k = 0; k < kinds.Length; k++)
            if (kinds[k].IsSubject) return Capitalised(topics[k].Name);
        return "";
    }

    private static string Capitalised(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1)) : name;

    /// <summary>
    /// Merges spellings site-wide: names that differ only in case, punctuation or plural ("Election",
    /// "elections") are one topic; its display name is the configured canonical name, else the spelling used
    /// most often (ties: ordinal order), so the result never depends on file order alone.
    /// </summary>
    /// <param name="kinds">Per digest, per topic, how it was chosen (the name as found, its kind and evidence).</param>
    private ImmutableArray<Topic>[] MergeTopics(ChosenTopic[][] raw, out ImmutableArray<ChosenTopic>[] kinds)
    {
        // Most names recur from digest to digest: each distinct one is made canonical and keyed once.
        var forms = new Dictionary<string, NameForm?>(StringComparer.Ordinal);
        NameForm? Form(string name)
        {
            if (forms.TryGetValue(name, out var form)) return form;
            var canonical = _names.Canonical(name);
            return forms[name] = canonical is null ? null : new NameForm(canonical, _names.Key(canonical));
        }

        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var list in raw)
            foreach (var (name, _, _) in list)
            {
                if (Form(name) is not { } form) continue;
                if (!spellings.TryGetValue(form.Key, out var counts)) spellings[form.Key] = counts = new(StringComparer.Ordinal);
                counts[form.Canonical] = counts.TryGetValue(form.Canonical, out var seen) ? seen + 1 : 1;
            }
        var topicByKey = new Dictionary<string, Topic>(spellings.Count, StringComparer.Ordinal);
        foreach (var (key, counts) in spellings)
        {
            var name = DisplayName(counts);
            topicByKey[key] = new Topic(name, Slug.From(name));
        }

        var result = new ImmutableArray<Topic>[raw.Length];
        kinds = new ImmutableArray<ChosenTopic>[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            var list = raw[i];
            var topics = ImmutableArray.CreateBuilder<Topic>(list.Length);
            var chosen = ImmutableArray.CreateBuilder<ChosenTopic>(list.Length);
            foreach (var t in list)
                if (Form(t.Name) is { } form && topicByKey[form.Key] is var topic && !topics.Contains(topic))
                {
                    topics.Add(topic);
                    chosen.Add(t);
                }
            result[i] = topics.DrainToImmutable();
            kinds[i] = chosen.DrainToImmutable();
        }
        return result;
    }

    /// <summary>A name made canonical, and its key (what spellings of one topic share).</summary>
    private sealed record NameForm(string Canonical, string Key);

    /// <summary>A topic's display name among its spellings: the configured one, else the one used most often,
    /// ties to the first in ordinal order.</summary>
    private string DisplayName(Dictionary<string, int> counts)
    {
        string? best = null;
        var (bestConfigured, bestCount) = (false, 0);
        foreach (var (spelling, count) in counts)
        {
            var configured = _names.IsConfigured(spelling);
            var better = best is null ? true
                : configured != bestConfigured ? configured
                : count != bestCount ? count > bestCount
                : string.CompareOrdinal(spelling, best) < 0;
            if (better) (best, bestConfigured, bestCount) = (spelling, configured, count);
        }
        return best!;
    }
}
