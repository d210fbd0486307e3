namespace DigestSite.Enrichment;

/// <summary>Where a digest's date came from, in order of trust.</summary>
public enum DateSource { FrontMatter, FileName, ModificationTime }

public static class DateSourceNames
{
    /// <summary>The contract's spelling for <c>inspect --json</c>.</summary>
    public static string ToContractName(this DateSource source) => source switch
    {
        DateSource.FrontMatter => "frontmatter",
        DateSource.FileName => "filename",
        _ => "mtime",
    };
}
