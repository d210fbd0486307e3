using DigestSite.Preview;
using DigestSite.Preview.LiveReload;
using DigestSite.Tests.Support;

namespace DigestSite.Tests.Preview;

/// <summary>A preview session on a free loopback port over a temporary site with the seed and the samples, with an HTTP client for it. Stopped and deleted when disposed.</summary>
public sealed class RunningPreview : IAsyncDisposable
{
    public const string SeedTitle = "Japan offers 'full support' to India in fight against terrorism";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private RunningPreview(TempSite site, PreviewSession session, StringWriter output, StringWriter errors)
    {
        Site = site;
        Session = session;
        Output = output;
        Errors = errors;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(session.Url),
            Timeout = Patience,
        };
    }

    public TempSite Site { get; }
    public PreviewSession Session { get; }
    public HttpClient Http { get; }
    public StringWriter Output { get; }
    public StringWriter Errors { get; }
    public string SeedFile => Path.Combine(Site.Input, Path.GetFileName(Repo.SeedFile));

    public static async Task<RunningPreview> StartAsync(Action<TempSite>? setup = null, Func<PreviewOptions, PreviewOptions>? configure = null)
    {
        var site = new TempSite();
        site.CopyDigest(Repo.SeedFile);
        foreach (var sample in Repo.SampleFiles) site.CopyDigest(sample);
        setup?.Invoke(site);
        var output = new StringWriter();
        var errors = new StringWriter();
        var options = new PreviewOptions { SiteDir = site.Dir, Port = 0 };
        var session = await PreviewSession.StartAsync(configure?.Invoke(options) ?? options, new PreviewConsole(output, errors));
        await session.Ready.WaitAsync(Patience);
        return new RunningPreview(site, session, output, errors);
    }

    /// <summary>The URL path of the digest page titled <paramref name="title"/> in the preview folder.</summary>
    public string PageOf(string title)
    {
        var digests = Path.Combine(Session.OutputDir, "digests");
        var page = Directory.GetFiles(digests, "index.html", SearchOption.AllDirectories)
            .First(f => Html.Parse(File.ReadAllText(f)).QuerySelector("h1[data-title]")?.TextContent.Trim() == title);
        return "/" + Path.GetRelativePath(Session.OutputDir, Path.GetDirectoryName(page)!).Replace('\\', '/') + "/";
    }

    /// <summary>Rewrites the seed file with a new title line (the seed starts with a blank line, then the title).</summary>
    public void RetitleSeed(string newTitle) =>
        File.WriteAllText(SeedFile, File.ReadAllText(SeedFile).Replace(SeedTitle, newTitle));

    public async Task<PreviewStatus> WaitForStatusAsync(Func<PreviewStatus, bool> until, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var status = Session.Status;
            if (until(status)) return status;
            await Task.Delay(50);
        }
        throw new TimeoutException($"the preview never reached: {what}; last status {Session.Status.ToJson()}\n{Output}\n{Errors}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Session.DisposeAsync();
        Site.Dispose();
    }
}
