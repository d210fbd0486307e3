using DigestSite.Configuration;
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

    private static void Run()
    {
        try
        {
            // A rebuild finds the topic facts of the digests it parses again, and parses a few digests' sections
            // again for their pages and feeds: the gazetteer and the parser's first use (about 60 ms) come first.
            var digest = DigestParser.Parse("Warm-up digest\n\nWhat's the story\nThe port of Ghana reopened on Monday.\n"u8.ToArray(), "warm-up.txt", ".txt").Digest;
            if (digest is not null) new TopicExtractor(Gazetteer.Default, auto: true).Facts(digest);
            PageRenderer.WarmUp();
            PageChecker.WarmUp();
            FeedContent.WarmUp();
            YamlTree.Parsed("warm: up"); // front matter is read by YamlDotNet's parser (statiq.yml need not be)
        }
        catch (Exception)
        {
            // Only a head start: the stages do this work again, and report what fails there.
        }
    }
}
