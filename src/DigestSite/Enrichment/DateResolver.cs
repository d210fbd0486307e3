using System.Globalization;
using System.Text.RegularExpressions;
using DigestSite.Content;

namespace DigestSite.Enrichment;

/// <summary>A digest's date: front matter <c>date</c>, else a <c>YYYY-MM-DD</c> at the start of the file name,
/// else the file's modification time (a guess, which the caller reports). Dates without an offset are in the
/// site's time zone.</summary>
public sealed partial class DateResolver(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public (DateTimeOffset Date, DateSource Source) Resolve(FrontMatter frontMatter, string relativePath, DateTime modifiedUtc)
    {
        if (frontMatter.Date is { } fm)
            return (fm.Offset is { } offset ? new DateTimeOffset(fm.Value, offset) : InZone(fm.Value), DateSource.FrontMatter);

        var match = FileNameDate().Match(Path.GetFileName(relativePath));
        if (match.Success && DateTime.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var day))
            return (InZone(day), DateSource.FileName);

        var utc = DateTime.SpecifyKind(modifiedUtc, DateTimeKind.Utc);
        return (TimeZoneInfo.ConvertTime(new DateTimeOffset(utc), Zone), DateSource.ModificationTime);
    }

    /// <summary>A front matter date-time as an instant: its own offset, else the site's time zone.</summary>
    public DateTimeOffset At(FrontMatterDate date) => date.Offset is { } offset ? new DateTimeOffset(date.Value, offset) : InZone(date.Value);

    private DateTimeOffset InZone(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})")]
    private static partial Regex FileNameDate();
}
