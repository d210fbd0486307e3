using DigestSite.Content;
using DigestSite.Outputs;
using DigestSite.Rendering;
using DigestSite.Topics;
using DigestSite.Validation;

namespace DigestSite.Build;

/// <summary>
/// The one-time set-up of parsing digests and front matter, topic extraction, rendering, writing feeds and
/// validation in a process (the gazetteer, YamlDotNet's parser, Scriban's built-in functions, XML writers,
/// AngleSharp's parser, code compiled on first use: about 250 ms of CPU), done on a thread of its own while the build loads its cache and reads its inputs.
/// A rebuild parses, renders, writes and checks a handful of files, and would otherwise wait for all of it at the
/// first one; a cold build does the same work either way.
/// </summary>
internal static class WarmUp
{
    private static int _started;

    /// <summary>Starts the warm-up, once per process (the preview server builds again and again).</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 1) return;
        new Thread(Run) { IsBackground = true, Name = "warm-up" }.Start();
    }

    /// <summary>A digest as a rebuild's edited one is: front matter (read by YamlDotNet's parser, whose first
    /// use compiles a regular expression), a title, the story.</summary>
    private static ReadOnlySpan<byte> Digest => """
        ---
        title: "Warm-up digest"
        date: 2026-01-02T03:04:00Z
        topics: ["Ghana", "ports"]
        ---
        Warm-up digest
        What's the story
        The port of Ghana reopened on Monday.

        """u8;

    private static void Run()
    {
        try
        {
            // In the order a rebuild comes to them: the digests it parses again (the edited one; a few more for
            // their sections), their topic facts (the gazetteer first), the base URL of the site model and the
            // link checker (System.Uri), then the first page rendered, the feeds, the first page checked.
            var digest = DigestParser.Parse(Digest.ToArray(), "warm-up.txt", ".txt").Digest;
            if (digest is not null)
            {
                // Its topic facts, then the corpus step over them: a rebuild combines the edited digest again.
                var topics = new TopicExtractor(Gazetteer.Default, auto: true);
                topics.Combine([topics.Facts(digest)]);
            }
            _ = new Uri("https://example.org/warm-up/").AbsolutePath;
            PageRenderer.WarmUp();
            FeedContent.WarmUp();
            PageChecker.WarmUp();
        }
        catch (Exception)
        {
            // Only a head start: the stages do this work again, and report what fails there.
        }
    }
}
