namespace DigestSite.Content;

/// <summary>
/// The range of dates a digest may carry. A local date-time in this range, with any offset the calendar
/// allows (at most 14 hours either way), stays a valid <see cref="DateTimeOffset"/> in every time zone, so
/// no later stage can overflow converting it. The range leaves out the first and last days of the calendar,
/// which only a typing mistake reaches.
/// </summary>
public static class DigestDates
{
    public static readonly DateTime Earliest = new(1, 1, 2);
    public static readonly DateTime Latest = new(9999, 12, 30, 23, 59, 59);

    /// <summary>The largest offset from UTC that <see cref="DateTimeOffset"/> and real time zones use.</summary>
    public static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    public static bool InRange(DateTime local) => local >= Earliest && local <= Latest;

    public static bool IsOffset(TimeSpan offset) =>
        offset.Duration() <= MaxOffset && offset.Ticks % TimeSpan.TicksPerMinute == 0;

    /// <summary>The local date-time at that offset, or null when either is out of range.</summary>
    public static DateTimeOffset? At(DateTime local, TimeSpan offset) =>
        InRange(local) && IsOffset(offset) ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset) : null;
}
