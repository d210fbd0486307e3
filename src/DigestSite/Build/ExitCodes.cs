using DigestSite.Configuration;
using DigestSite.Diagnostics;

namespace DigestSite.Build;

/// <summary>The contract's exit codes: 0 success (warnings allowed), 1 finished with errors (with --strict or
/// <c>failOn: warning</c>, warnings too), 2 usage or configuration error.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static int For(IReadOnlyList<Diagnostic> diagnostics, FailOn failOn, bool strict)
    {
        var effective = strict ? FailOn.Warning : failOn;
        return effective switch
        {
            FailOn.Never => Success,
            FailOn.Warning when diagnostics.Count > 0 => Failed,
            _ when diagnostics.Any(d => d.Severity == Severity.Error) => Failed,
            _ => Success,
        };
    }
}
