using System.Text;
using DigestSite.Preview.LiveReload;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DigestSite.Preview.Serving;

/// <summary>
/// Answers GET and HEAD for the files of the output folder: pretty URLs, the site's 404 page with status 404,
/// the right Content-Type, <c>Cache-Control: no-cache</c> (an editor always sees the latest build), and the
/// live-reload script added to every HTML answer. Files are read under the publish lock from the copy being
/// served, so a page never comes from a build still being written.
/// </summary>
public sealed class SiteRequestHandler(Func<OutputPaths> served, ReaderWriterLockSlim publishLock, Func<string> version)
{
    /// <summary>Serves one folder for good.</summary>
    public SiteRequestHandler(OutputPaths paths, ReaderWriterLockSlim publishLock, Func<string> version)
        : this(() => paths, publishLock, version)
    {
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.ToUriComponent();
        var (status, type, body, location) = Answer(raw, request.Path.Value ?? "/");
        response.StatusCode = status;
        if (location is not null)
        {
            response.Headers.Location = new PathString(location).ToUriComponent() + request.QueryString;
            return;
        }
        response.ContentType = type;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private (int Status, string Type, byte[] Body, string? Location) Answer(string raw, string path)
    {
        publishLock.EnterReadLock();
        try
        {
            var paths = served();
            var resolution = paths.Resolve(raw, path);
            switch (resolution.Kind)
            {
                case ResolutionKind.File when TryRead(resolution.Target!) is { } bytes:
                    var type = ContentTypes.For(resolution.Target!);
                    return (StatusCodes.Status200OK, type, IsHtml(type) ? LiveReloadScript.InjectInto(bytes, version()) : bytes, null);
                case ResolutionKind.Redirect:
                    return (StatusCodes.Status301MovedPermanently, "", [], resolution.Target);
                case ResolutionKind.BadRequest:
                    return (StatusCodes.Status400BadRequest, "text/plain; charset=utf-8",
                        Encoding.UTF8.GetBytes("400 Bad Request: that path leaves the site.\n"), null);
                default:
                    var page = paths.NotFoundPage is { } notFound ? TryRead(notFound) : null;
                    return (StatusCodes.Status404NotFound, "text/html; charset=utf-8",
                        LiveReloadScript.InjectInto(page ?? PlainNotFound(path), version()), null);
            }
        }
        finally
        {
            publishLock.ExitReadLock();
        }
    }

    private static bool IsHtml(string contentType) => contentType.StartsWith("text/html", StringComparison.Ordinal);

    private static byte[]? TryRead(string file)
    {
        try { return File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>For sites without a 404.html (or before the first build). It is HTML so that the live-reload
    /// script can bring the page back when the missing file appears.</summary>
    private static byte[] PlainNotFound(string path) => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>" +
        $"<body><h1>Not found</h1><p>Nothing is at {System.Net.WebUtility.HtmlEncode(path)} in this preview.</p></body></html>");
}
