using System.Diagnostics;

namespace DigestSite.Publishing;

/// <summary>What one run of git printed and how it ended.</summary>
internal sealed record GitOutput(int ExitCode, string StdOut, string StdErr)
{
    public bool Ok => ExitCode == 0;

    /// <summary>git's own explanation, for messages: the error output, else the normal output, trimmed.</summary>
    public string Explanation => (StdErr.Trim().Length > 0 ? StdErr : StdOut).Trim();
}

/// <summary>
/// Runs the git command line. The publisher uses git itself (rather than a library) so that whatever already
/// lets the user push — credential helpers, SSH keys and config, proxies, a CI's token in the git config —
/// works for publishing too, and so that every step is a command the user could run by hand.
/// </summary>
internal sealed record GitCommand(string WorkDir)
{
    /// <summary>Identity settings passed as <c>-c</c> options to the commands that record one.</summary>
    public IReadOnlyList<string> Config { get; init; } = [];

    public GitOutput Run(params string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = WorkDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var setting in Config)
        {
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(setting);
        }
        foreach (var arg in args) info.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new GitNotFoundException();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new GitNotFoundException();
        }
        using var _ = process;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new GitOutput(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs git and throws <see cref="GitFailedException"/> when it fails.</summary>
    public GitOutput Check(string doing, params string[] args)
    {
        var output = Run(args);
        return output.Ok ? output : throw new GitFailedException(doing, output);
    }
}

/// <summary>A git step failed; the git publisher turns this into a failed <see cref="PublishResult"/>. The
/// message says which step, then quotes git's own words, a line each.</summary>
internal sealed class GitFailedException(string doing, GitOutput output) : Exception(
    $"{doing} failed (git exit code {output.ExitCode})" +
    string.Concat(output.Explanation.Split('\n').Where(l => l.Trim().Length > 0).Select(l => $"\n  git: {l.TrimEnd()}")));

internal sealed class GitNotFoundException() : Exception("could not start git; is it installed and on the PATH?");
