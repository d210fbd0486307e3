using DigestSite.Configuration;

namespace DigestSite.Cli.Commands;

/// <summary>Notes printed before a command uses a site folder, for what is legal but likely a surprise.</summary>
public static class SiteNotes
{
    /// <summary>A missing <c>statiq.yml</c> means the defaults (the contract allows it), but a user who
    /// pointed at the wrong folder should hear of it. A missing folder is left to the command: that is an
    /// error, not a note.</summary>
    public static void Print(string siteDir)
    {
        if (!Directory.Exists(siteDir)) return;
        if (!File.Exists(Path.Combine(siteDir, ConfigLoader.FileName)))
            Console.Error.WriteLine($"digestsite: note: no {ConfigLoader.FileName} in '{siteDir}'; using the default settings");
    }
}
