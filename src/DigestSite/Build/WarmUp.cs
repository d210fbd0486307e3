using DigestSite.Configuration;
using DigestSite.Outputs;
using DigestSite.Rendering;
using DigestSite.Validation;

namespace DigestSite.Build;

/// <summary>
/// The one-time set-up of parsing front matter, rendering, writing feeds and validation in a process
/// (YamlDotNet's parser, Scriban's built-in functions, XML writers, AngleSharp's parser, code compiled on first
/// use: about 200 ms of CPU), done on a thread of its own while the build loads its cache and reads its inputs.
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
