using System.Globalization;
using System.Text.RegularExpressions;

namespace DigestSite.Content;

/// <summary>
/// Reads a front matter <c>date</c>: an ISO date (<c>2026-03-21</c>) or date-time (<c>2026-03-21T09:30</c>,
/// <c>2026-03-21 09:30:00</c>, with an optional <c>Z</c> or <c>±HH:MM</c> offset), or a date with the month
/// spelled out (<c>21 March 2026</c>, <c>March 21, 2026</c>). Forms such as <c>03/04/2026</c> are refused:
/// they mean different days in different countries, and a wrong date is worse than an error.
/// Every date read here lies in <see cref="DigestDates"/>' range, so no time zone can move it out of the
/// calendar.
/// </summary>
public static partial class FrontMatterDates
{
    public static bool TryParse(string raw, out FrontMatterDate date)
    {
        date = null!;
        var text = raw.Trim();
        var iso = IsoDate().Match(text);
        if (iso.Success) return TryIso(iso, out date) && DigestDates.InRange(date.Value);

        string[] spelled = ["d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy", "dddd, d MMMM yyyy"];
        if (DateTime.TryParseExact(text, spelled, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day)
            && DigestDates.InRange(day))
        {
            date = new FrontMatterDate(day, null, HasTime: false);
            return true;
        }
        return false;
    }

    private static bool TryIso(Match m, out FrontMatterDate date)
    {
        date = null!;
        int Int(string group, int fallback = 0) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : fallback;
        var (year, month, day) = (Int("y"), Int("mo"), Int("d"));
        var hasTime = m.Groups["h"].Success;
        var (hour, minute, second) = (Int("h"), Int("mi"), Int("s"));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month)
            || year is < 1 or > 9999 || hour > 23 || minute > 59 || second > 59)
            return false;
        var value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        if (m.Groups["f"].Success)
        {
            var fraction = m.Groups["f"].Value.PadRight(7, '0')[..7];
            value = value.AddTicks(long.Parse(fraction, CultureInfo.InvariantCulture));
        }

        TimeSpan? offset = null;
        if (m.Groups["z"].Success)
        {
            var z = m.Groups["z"].Value;
            if (z is "Z" or "z") offset = TimeSpan.Zero;
            else
            {
                var digits = z[1..].Replace(":", "");
                var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
                var minutes = digits.Length > 2 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
                if (minutes > 59) return false;
                offset = new TimeSpan(hours, minutes, 0) * (z[0] == '-' ? -1 : 1);
                if (!DigestDates.IsOffset(offset.Value)) return false;
            }
        }
        date = new FrontMatterDate(value, offset, hasTime);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:(?:T|t|\s+)(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.(?<f>\d{1,9}))?)?\s*(?<z>[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$")]
    private static partial Regex IsoDate();
}
