namespace DigestSite.Preview.Serving;

public enum ResolutionKind { File, Redirect, NotFound, BadRequest }

/// <summary>What a request path means in the output folder: a file to send, a redirect to the pretty URL with
/// its slash, nothing, or a path that tries to leave the folder.</summary>
public sealed record Resolution(ResolutionKind Kind, string? Target = null)
{
    public static readonly Resolution NotFound = new(ResolutionKind.NotFound);
    public static readonly Resolution BadRequest = new(ResolutionKind.BadRequest);
    public static Resolution File(string fullPath) => new(ResolutionKind.File, fullPath);
    public static Resolution Redirect(string path) => new(ResolutionKind.Redirect, path);
}
