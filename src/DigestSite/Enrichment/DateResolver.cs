using System.Globalization;
using System.Text.RegularExpressions;
using DigestSite.Content;

namespace DigestSite.Enrichment;

/// <summary>A digest's date: front matter <c>date</c>, else a <c>YYYY-MM-DD</c> at the start of the file name,
/// else the file's modification time (a guess, which the caller reports). Dates without an offset are in the
/// site's time zone. Every date is built through <see cref="DigestDates"/>, so none overflows: a file-name date
/// out of its range is not taken as a date.</summary>
public sealed partial class DateResolver(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public (DateTimeOffset Date, DateSource Source) Resolve(FrontMatter frontMatter, string relativePath, DateTime modifiedUtc)
    {
        if (frontMatter.Date is { } fm && At(fm) is { } stated)
            return (stated, DateSource.FrontMatter);

        var match = FileNameDate().Match(Path.GetFileName(relativePath));
        if (match.Success && DateTime.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var day) && InZone(day) is { } named)
            return (named, DateSource.FileName);

        var utc = DateTime.SpecifyKind(modifiedUtc, DateTimeKind.Utc);
        return (TimeZoneInfo.ConvertTime(new DateTimeOffset(utc), Zone), DateSource.ModificationTime);
    }

    /// <summary>A front matter date-time as an instant: its own offset, else the site's time zone; null when out
    /// of the range <see cref="DigestDates"/> allows.</summary>
    public DateTimeOffset? At(FrontMatterDate date) => date.Offset is { } offset ? DigestDates.At(date.Value, offset) : InZone(date.Value);

    private DateTimeOffset? InZone(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return DigestDates.At(unspecified, Zone.GetUtcOffset(unspecified));
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})")]
    private static partial Regex FileNameDate();
}
