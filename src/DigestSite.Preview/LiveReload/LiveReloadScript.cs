using System.Text;

namespace DigestSite.Preview.LiveReload;

/// <summary>The live-reload script and its insertion into the HTML the preview serves (never into built files).</summary>
public static class LiveReloadScript
{
    public const string Path = "/__digestsite/live-reload.js";
    public const string EventsPath = "/__digestsite/events";

    public static byte[] Source { get; } = ReadSource();

    /// <summary>The page with a script tag before its closing body tag (at the end when it has none). The tag
    /// carries the version of the site the page belongs to, so the script reloads when a newer one is served.</summary>
    public static byte[] InjectInto(byte[] html, string version)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{Path}\" data-version=\"{version}\"></script>";
        var at = text.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text.Insert(at, tag));
    }

    private static byte[] ReadSource()
    {
        using var stream = typeof(LiveReloadScript).Assembly.GetManifestResourceStream("preview/live-reload.js")
            ?? throw new InvalidOperationException("the live-reload script is not embedded in DigestSite.Preview");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
