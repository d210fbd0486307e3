using Microsoft.AspNetCore.StaticFiles;

namespace DigestSite.Preview.Serving;

/// <summary>The Content-Type of an output file, from its extension; text types say they are UTF-8, which is
/// what the build writes.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = CreateProvider();

    public static string For(string path)
    {
        if (!Known.TryGetContentType(path, out var type)) return "application/octet-stream";
        var textual = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) ||
                      type.EndsWith("xml", StringComparison.Ordinal);
        return textual ? type + "; charset=utf-8" : type;
    }

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        // Feeds and sitemaps are XML documents; the search index and JSON Feed are JSON.
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".opml"] = "text/x-opml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }
}
