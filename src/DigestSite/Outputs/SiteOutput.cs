using DigestSite.Search;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>
/// One output of the site besides its templated pages (a feed, the sitemap, the search index...): the paths it
/// takes, known before it is made so that pages can be validated, links included, as soon as they render, and how
/// to make it. Both live in this one object, so the build's list of planned paths and the files it makes come from
/// one list (<see cref="SiteOutputs.All"/>); a file made at a path its output did not plan stops the build.
/// </summary>
/// <param name="Name">What the output is, for messages.</param>
/// <param name="Paths">The paths it takes. (The search index's files named by their content are known only once
/// made; no page links to them, and they are not planned.)</param>
/// <param name="Make">Its files, and what else it hands back to the build.</param>
public sealed record SiteOutput(string Name, Func<OutputInputs, IEnumerable<string>> Paths, Func<OutputInputs, OutputProduct> Make)
{
    /// <summary>An output that makes files and nothing else.</summary>
    public SiteOutput(string name, Func<OutputInputs, IEnumerable<string>> paths, Func<OutputInputs, IEnumerable<OutputFile>> make)
        : this(name, paths, inputs => new OutputProduct(make(inputs))) { }

    /// <summary>Whether its files give way to any other output's or page's at the same path (the site's
    /// <c>static/</c> folder).</summary>
    public bool GivesWay { get; init; }

    /// <summary>One file at a fixed path.</summary>
    public static SiteOutput One(string path, string name, Func<OutputInputs, OutputFile> make) =>
        new(name, _ => [path], inputs => [make(inputs)]);
}

/// <summary>What one output made: its files (made as they are enumerated) and, for the search index, the memo the
/// next build in this process patches the index from.</summary>
public sealed record OutputProduct(IEnumerable<OutputFile> Files)
{
    public SearchMemo? Search { get; init; }
}
