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
public sealed class Enricher(SiteConfig config, Gazetteer gazetteer)
{
    private readonly DateResolver _dates = new(TimeZoneInfo.FindSystemTimeZoneById(config.Site.Timezone));
    private readonly TopicExtractor _extractor = new(gazetteer, config.Topics);
    private readonly TopicNames _names = new(config.Topics);

    /// <param name="files">Parsed digests in input-path order (the order slug collisions are resolved in).</param>
    public IReadOnlyList<EnrichedDigest> Enrich(IReadOnlyList<ParsedFile> files, DiagnosticBag diagnostics) =>
        Enrich(files, diagnostics, null, out _);

    /// <param name="cachedFacts">Per file, topic facts a build cache kept for the same content, or null.</param>
    /// <param name="facts">Per file, the topic facts used (cached or found now), for the next build's cache.</param>
    public IReadOnlyList<EnrichedDigest> Enrich(IReadOnlyList<ParsedFile> files, DiagnosticBag diagnostics,
        IReadOnlyList<DigestTopicFacts?>? cachedFacts, out DigestTopicFacts[] facts)
    {
        var slugs = Slug.MakeUnique(files.Select(f => Slug.From(f.Digest.FrontMatter.Slug ?? f.Digest.Title)));
        facts = _extractor.Facts(files.Select(f => f.Digest).ToList(), cachedFacts);
        var topics = MergeTopics(_extractor.Combine(facts));

        var result = new EnrichedDigest[files.Count];
        // Each digest's summary and reading time are its own work (counting words is most of it).
        Parallel.For(0, files.Count, i =>
        {
            var f = files[i];
            var (date, source) = _dates.Resolve(f.Digest.FrontMatter, f.RelativePath, f.ModifiedUtc);
            if (source == DateSource.ModificationTime)
                diagnostics.Add(Diagnostic.Warning(f.RelativePath, f.Digest.TitleLine,
                    "no date in front matter or file name; using the file's modification time (a guess)", "date"));
            result[i] = new EnrichedDigest
            {
                SourcePath = f.RelativePath,
                Content = f.Digest,
                ContentHash = f.ContentHash,
                Slug = slugs[i],
                Date = date,
                DateSource = source,
                Topics = topics[i],
                Summary = Summary.Of(f.Digest),
                ReadingMinutes = Summary.ReadingMinutes(f.Digest),
            };
        });
        return result;
    }

    /// <summary>
    /// Merges spellings site-wide: names that differ only in case, punctuation or plural ("Election",
    /// "elections") are one topic; its display name is the configured canonical name, else the spelling used
    /// most often (ties: ordinal order), so the result never depends on file order alone.
    /// </summary>
    private ImmutableArray<Topic>[] MergeTopics(IReadOnlyList<string>[] raw)
    {
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var canonicalPerDigest = raw.Select(list => list.Select(_names.Canonical).OfType<string>().ToList()).ToList();
        foreach (var name in canonicalPerDigest.SelectMany(l => l))
        {
            var key = _names.Key(name);
            if (!spellings.TryGetValue(key, out var forms)) spellings[key] = forms = new(StringComparer.Ordinal);
            forms[name] = forms.GetValueOrDefault(name) + 1;
        }
        var topicByKey = spellings.ToDictionary(kv => kv.Key, kv =>
        {
            var name = kv.Value.OrderByDescending(f => _names.IsConfigured(f.Key))
                .ThenByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
            return new Topic(name, Slug.From(name));
        }, StringComparer.Ordinal);

        return canonicalPerDigest
            .Select(list => list.Select(n => topicByKey[_names.Key(n)]).Distinct().ToImmutableArray())
            .ToArray();
    }
}
