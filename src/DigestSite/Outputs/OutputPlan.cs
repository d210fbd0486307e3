using DigestSite.Search;
using DigestSite.Site;

namespace DigestSite.Outputs;

/// <summary>One output with the paths it takes in this build.</summary>
public sealed record PlannedOutput(SiteOutput Output, IReadOnlyList<string> Paths);

/// <summary>
/// The outputs of one build, each with its paths worked out once (<see cref="SiteOutputs.Plan(OutputInputs)"/>):
/// the build validates pages against <see cref="Paths"/> and writes what <see cref="Generate"/> makes.
/// </summary>
/// <param name="Inputs">What the outputs are made from, with <see cref="OutputInputs.Taken"/> filled in.</param>
public sealed record OutputPlan(OutputInputs Inputs, IReadOnlyList<PlannedOutput> Outputs)
{
    /// <summary>The paths of the files <see cref="Generate"/> makes, known before it makes them, but the search
    /// index's files named by their content.</summary>
    public IEnumerable<string> Paths => Outputs.SelectMany(o => o.Paths);

    /// <summary>The files of every output, in the order of the outputs, each checked to be at a path its output
    /// planned and passed to <paramref name="made"/> as soon as it is made (so it can be written while the rest are
    /// made), which gives back the file to keep; with the search index's memo.</summary>
    public MadeOutputs Generate(Func<OutputFile, OutputFile>? made = null)
    {
        var files = new List<OutputFile>();
        SearchMemo? search = null;
        foreach (var (output, paths) in Outputs)
        {
            var planned = paths.ToHashSet(StringComparer.Ordinal);
            var product = output.Make(Inputs);
            search ??= product.Search;
            foreach (var file in product.Files)
            {
                if (!planned.Contains(file.Path) && !SearchFiles.IsContentNamed(file.Path))
                    throw new InvalidOperationException($"the {output.Name} made '{file.Path}', which it did not plan");
                files.Add(made is null ? file : made(file));
            }
        }
        return new MadeOutputs(files, search);
    }
}

/// <summary>What the outputs stage made: every output's files, in the order of the outputs, and the search index's
/// memo for the next build in this process.</summary>
public sealed record MadeOutputs(List<OutputFile> Files, SearchMemo? Search);
