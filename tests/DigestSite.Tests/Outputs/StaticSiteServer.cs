using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace DigestSite.Tests.Outputs;

/// <summary>A built site served by Kestrel on loopback, under the path of its base URL ("/" or "/news"), the way
/// a static host serves it: a folder URL serves its index.html.</summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>"http://127.0.0.1:PORT" (no trailing slash).</summary>
    public string Root { get; }

    public static async Task<StaticSiteServer> StartAsync(string outputDir, string basePath = "/")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(outputDir);
        var requestPath = basePath.TrimEnd('/');
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath });
        var types = new FileExtensionContentTypeProvider();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = requestPath, ContentTypeProvider = types });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
