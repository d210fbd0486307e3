namespace DigestSite.Content;

/// <summary>
/// How much one digest may hold. A digest is a short text: these bounds sit far above any real one and keep a
/// single hostile or mistaken file (a log pasted in, thousands of topics) from costing the whole build its
/// memory or writing pages without end.
/// </summary>
public static class DigestLimits
{
    /// <summary>The largest digest file read; a larger one is refused with an error.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>The most topics front matter may give one digest; the rest are left out with a warning.</summary>
    public const int MaxFrontMatterTopics = 20;
}
