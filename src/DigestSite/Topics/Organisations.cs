namespace DigestSite.Topics;

/// <summary>
/// Whether a name of two words or more names an organisation or an event by its full name: its last word is
/// one that such names end with ("World Health Organization", "Rapid Support Forces", "Tokyo Marathon"). A body
/// named once in full near the top of a story is usually what the story is about; a person named once is
/// usually a voice quoted in it, so people are not told apart here. Compared ignoring case.
/// </summary>
internal static class Organisations
{
    private static readonly HashSet<string> LastWords = new(
        ("Organization Organisation Agency Authority Bank Commission Committee Council Party Forces Army Front " +
         "Movement Observatory Institute Foundation Fund Federation Association Union League Festival Marathon " +
         "Championship Championships Games Cup Olympics Summit Conference Company Corporation Group Airlines " +
         "Ministry Parliament Assembly Senate Congress Programme Program Office Board Service Network").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    public static bool IsFullName(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && LastWords.Contains(name[(space + 1)..]);
    }
}
