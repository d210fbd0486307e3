using DigestSite.Content;

namespace DigestSite.Topics;

/// <summary>
/// The topics of one digest, before they are merged across the site: front-matter topics (always kept) and,
/// when <c>topics.auto</c> is on, the countries the text names prominently: in the title, a label or a
/// headline, in the story section, or at least twice anywhere.
/// </summary>
public sealed class TopicExtractor(Gazetteer gazetteer, bool auto)
{
    public IReadOnlyList<string> Extract(Digest digest)
    {
        var topics = new List<string>(digest.FrontMatter.Topics);
        if (!auto) return topics;

        var prominent = new HashSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string text, bool isProminent)
        {
            foreach (var country in gazetteer.Mentions(text))
            {
                counts[country] = counts.GetValueOrDefault(country) + 1;
                if (isProminent) prominent.Add(country);
            }
        }

        Count(digest.Title, true);
        foreach (var section in digest.Sections)
        {
            Count(section.Label, true);
            Count(section.Headline, true);
            foreach (var p in section.Paragraphs) Count(p, section.IsStory);
        }

        // Order: by mentions, then by name, so the list is stable.
        topics.AddRange(counts
            .Where(kv => prominent.Contains(kv.Key) || kv.Value >= 2)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key));
        return topics;
    }
}
