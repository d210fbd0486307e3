namespace DigestSite.Topics;

/// <summary>
/// Whether a name of two words or more names an organisation or an event by its full name: its last word is
/// one that such names end with ("World Health Organization", "Rapid Support Forces", "Tokyo Marathon", "AI Act",
/// "Large Hadron Collider"). A body
/// named once in full near the top of a story is usually what the story is about; a person named once is
/// usually a voice quoted in it, so people are not told apart here. A name whose head word is followed by "of" or
/// "for" is a body's name too. Compared ignoring case.
/// </summary>
internal static class Organisations
{
    /// <summary>Words that end an event's name ("Chicago Marathon", "International Booker Prize", "Biathlon World
    /// Cup"): a contest, festival or prize that a story reports on, not a body that speaks in it.</summary>
    private static readonly HashSet<string> EventWords = new(
        ("Marathon Championship Championships Games Cup Olympics Festival Prize Award Awards Open Masters Sevens Prix " +
         "Regatta Rally Derby Trophy Slam Series Biennale Summit Fair Expo Carnival").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a body's full name, and every <see cref="EventWords"/> word.</summary>
    private static readonly HashSet<string> LastWords = new(
        ("Organization Organisation Agency Authority Bank Commission Committee Council Party Forces Army Front " +
         "Movement Observatory Institute Foundation Fund Federation Association Union League Conference Company " +
         "Corporation Group Airlines Ministry Parliament Assembly Senate Congress Programme Program Office Board Service " +
         "Network Survey Mission Collider Telescope Tribunal Court Guard Society Trust Alliance Coalition Centre Center " +
         "Laboratory Museum Gallery Library Orchestra Act Treaty Accord Convention Agreement Hospital Infirmary Clinic " +
         "Services Administration University FC AFC Stadium Premiership").Split(' ').Concat(EventWords),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that begin a body's name when "of", "for" or "on" follows them ("Bank of Canada", "Department for
    /// Education", "Data Protection Board of India").</summary>
    private static readonly HashSet<string> HeadWords = new(
        ("Department Ministry University Bank Board Office Council Chamber Commission Institute Museum Court Agency Secretariat " +
         "Centre Center Committee Authority Service Union Federation Association Foundation Fund Party Administration " +
         "Alliance Coalition Movement Front League Network Organisation Organization Programme Program Society Trust").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a body's name is a council's named after a town ("Leeds City Council", "Wrexham County
    /// Borough Council"), a council's or university's "of" a town ("University of Córdoba", "University of the Azores"),
    /// or a name that begins with a known body's short name (<see cref="BuiltInAliases"/>: "UN Women", "IMF Executive
    /// Board"): a body of its own, not that body.</summary>
    public static bool IsNamedAfter(string name, string town)
    {
        var words = name.Split(' ');
        if (words.Length < 2) return false;
        if (words[0] == town && (words[^1] is "Council" || BuiltInAliases.IsShortName(town))) return true;
        // "University of the Azores" as "University of Córdoba".
        if (words.Length == 4 && words[2] == "the") words = [words[0], words[1], words[3]];
        return words.Length == 3 && words[2] == town && words[1] == "of" && words[0] is "University" or "Council" or "City";
    }

    /// <summary>The noun a story calls a body by after naming it once in full, lower-cased: the head word before "of",
    /// "for" or "on" ("the ministry" for "Ministry of Health"), else the last word ("the commission" for "Independent
    /// Electoral and Boundaries Commission", "the collider" for "Large Hadron Collider"); null for a one-word name.</summary>
    public static string? HeadNoun(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2) return null;
        for (var i = 0; i + 2 < words.Length; i++)
            if (HeadWordAt(words, i)) return words[i].ToLowerInvariant();
        return LastWords.Contains(words[^1]) ? words[^1].ToLowerInvariant() : null;
    }

    /// <summary>Whether a name's words begin as a body's name does: a head word, then "of", "for" or "on", then more
    /// ("Ministry of Education", "Department for Transport").</summary>
    public static bool BeginsWithHeadWord(ReadOnlySpan<string> words) => words.Length >= 3 && HeadWordAt(words, 0);

    /// <summary>Whether <paramref name="words"/>[<paramref name="i"/>] is a <see cref="HeadWords"/> word followed by
    /// "of", "for" or "on" (the caller keeps a word after those).</summary>
    private static bool HeadWordAt(ReadOnlySpan<string> words, int i) =>
        HeadWords.Contains(words[i]) && words[i + 1] is "of" or "for" or "on";

    /// <summary>Whether a lower-case word says that what an appositive describes is a body ("a small operator",
    /// "a volunteer network"), which a digest may then call "the company", "the firm" or "the group".</summary>
    public static bool IsKindOfBody(string word) => KindsOfBody.Contains(word);

    private static readonly HashSet<string> KindsOfBody = new(StringComparer.Ordinal)
    {
        "company", "firm", "group", "operator", "network", "maker", "manufacturer", "producer", "supplier", "retailer",
        "chain", "start-up", "startup", "business", "cooperative", "co-operative", "charity", "organisation",
        "organization", "association", "mill", "brewery", "bakery", "factory", "processor", "developer", "lender",
        "insurer", "airline", "carrier", "label", "studio", "publisher", "distributor", "exporter", "importer",
    };

    /// <summary>Whether a name of two words or more names an event by its full name (<see cref="EventWords"/>).</summary>
    public static bool IsEvent(string name) => name.LastIndexOf(' ') is > 0 and var space && EventWords.Contains(name[(space + 1)..]);

    /// <summary>Whether an organisation's or event's name may end with this word.</summary>
    public static bool EndsWithBodyWord(string word) => LastWords.Contains(word);

    public static bool IsFullName(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0) return false;
        if (LastWords.Contains(name[(space + 1)..])) return true;
        var words = name.Split(' ');
        for (var i = 0; i + 2 < words.Length; i++)
            if (HeadWordAt(words, i)) return true;
        return false;
    }
}
