namespace DigestSite.Preview;

/// <summary>Where the preview reports: progress to <see cref="Out"/>, problems to <see cref="Error"/>.
/// Writers are used from the rebuild thread and the caller's, so they are synchronised.</summary>
public sealed class PreviewConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = TextWriter.Synchronized(output);
    public TextWriter Error { get; } = TextWriter.Synchronized(error);

    public static PreviewConsole Silent { get; } = new(TextWriter.Null, TextWriter.Null);
}
