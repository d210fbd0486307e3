namespace DigestSite.Topics;

/// <summary>
/// Word lists that keep common words out of people and organisation names. They are about English news
/// prose, not about any digest: titles and roles that precede a name ("Health Minister", "Dr."), words that
/// are capitalised only because a sentence starts with them, calendar words, and the generic parts of
/// organisation names ("Bank", "University") that do not identify one organisation on their own.
/// </summary>
internal static class NameWords
{
    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>The roles of those who hold an office or lead a body: a person named with one of them speaks for
    /// the story's side ("Tourism Minister Yasmin El-Sayed said…"), unlike a resident or a student.</summary>
    public static readonly HashSet<string> Offices = Set(
        "Minister Ministers President Premier Chancellor Secretary Governor Mayor Senator Commissioner Chairman " +
        "Chairwoman Chair Leader Speaker Ambassador Envoy Director Director-General Secretary-General CEO Executive");

    /// <summary>Titles and roles written before a name, the offices among them; everything up to the last of them is
    /// dropped.</summary>
    public static readonly HashSet<string> Roles = new(Offices.Concat(Set(
        "Vice Chief Spokesperson Spokesman Spokeswoman Captain Coach Goalkeeper Striker Defender Midfielder Curator " +
        "Historian Economist Analyst Professor Prof Dr Mr Mrs Ms Sir Dame Student Dentist Doctor Nurse Hydrologist " +
        "Glaciologist Seismologist Geologist Scientist Researcher Engineer Farmer Chef Judge Justice Prosecutor " +
        "Lawyer Attorney Founder Head Officer General Colonel Lieutenant Sergeant Manager Editor Author Artist Singer " +
        "Actor Actress Player Champion Deputy Representative MP MEP Lawmaker Councillor Councilor Inspector Conductor " +
        "Composer Architect Designer Activist Campaigner Volunteer Teacher Headteacher Principal Dean Rector Bishop " +
        "Archbishop Rev Reverend Imam Rabbi Father Sister Brother Pilot Driver Cyclist Runner Swimmer Skier Climber " +
        "Sprinter Boxer Coordinator Adviser Advisor Consultant Planner Official Treasurer Auditor Ombudsman Diplomat " +
        "Consul Delegate Negotiator Candidate Presenter Reporter Journalist Photographer Curator-in-chief Farmers' " +
        "Fishermen's Resident Residents Mother Grandmother Owner Shopkeeper Trader Worker Miner Fisherman Biologist " +
        "Epidemiologist Virologist Physician Surgeon Paediatrician Pediatrician Psychologist Sociologist Demographer " +
        "Statistician Meteorologist Climatologist Oceanographer Astronomer Physicist Chemist Archaeologist " +
        "Conservator Restorer Librarian Archivist Lecturer")), StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that start sentences and are not names.</summary>
    public static readonly HashSet<string> Function = Set(
        "The A An In On At But And Or If As By For From With Without After Before When While Since Under Over Both Each " +
        "Many Most Some Other Others This That These Those It Its He She They We I You Our Their His Her There Here Then " +
        "Than Yet So Not No Nor All Any Every Few More Less Much Such What Which Who Whom Whose Why How Where Whether " +
        "Although Though Because Unless Until During Despite Among Between Into Onto Upon About Above Below Across Along " +
        "Around Behind Beyond Near Through Throughout Toward Towards Via Per Also Still Even Just Only Already Meanwhile " +
        "However Instead Indeed Overall Finally Later Earlier Now Today Tomorrow Yesterday Last Next First Second Third " +
        "One Two Three Four Five Six Seven Eight Nine Ten Is Are Was Were Be Been Has Have Had Do Does Did Will Would " +
        "Could Should Can May Might Must Shall Let Please Yes Mr Ms Mrs Dr St");

    public static readonly HashSet<string> Calendar = Set(
        "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul " +
        "Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur " +
        "Thurs Fri Sat Sun Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays Spring Summer Autumn Winter " +
        "Christmas Easter Ramadan");

    /// <summary>Lower-case nouns that end a disease's name after a capitalised word: "Marburg virus", "Lassa fever",
    /// "Lyme disease". The name is the disease; the capitalised word alone is a place or a person.</summary>
    public static readonly HashSet<string> DiseaseNouns = new(["virus", "fever", "disease"], StringComparer.Ordinal);

    /// <summary>Parts of names that do not identify anything alone, a disease's noun among them: mentions are never
    /// linked through them, and alone they are not a topic.</summary>
    public static readonly HashSet<string> Generic = new(DiseaseNouns.Concat(Set(
        "University Bank Institute Institution Castle Court Council Chamber Administration Ministry Department Union Party Company Group " +
        "Championship Championships Cup League Agency Authority Association Federation Commission Committee Office Fund " +
        "Organization Organisation Foundation Museum Royal National International Central Federal State States Republic " +
        "Democratic People's Great New Old North South East West Northern Southern Eastern Western Upper Lower Sea Ocean " +
        "River Lake Mount Mountain Mountains Island Islands Valley Coast City Town Street Square Park Airport Station " +
        "Port Hospital School College Academy Center Centre Festival Prize Award Awards Games Day Week Treaty Accord " +
        "Agreement Act Bill Law Plan Programme Program Project Initiative Summit Conference Forum World Global Energy " +
        "Systems Labs Capital Motors Foods Airways Airlines Holdings Technologies Technology AG Inc Ltd SA Corp Co PLC " +
        "European African Asian Arab Latin Nordic Baltic Balkan Pacific Atlantic Mediterranean Caribbean Middle Far " +
        "Gulf Region Province County District Parliament Government Senate Assembly Congress Cabinet Police Army Navy " +
        "Air Force Service Services Network Council's Club Team Orchestra Theatre Church Cathedral Palace Tower Bridge " +
        "Hall House Reserve Trust Board Bureau Exchange Market Markets Index Stock Media News Times Post Daily Radio TV " +
        "Health Education Science Research Development Affairs Foreign Home Interior Justice Defence Defense Finance " +
        "Economy Trade Industry Agriculture Environment Tourism Culture Sport Sports Transport Water Power Internet AI " +
        "Alliance Coalition Movement Front Society")),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Plurals whose possessive a name goes on after: "People's Party", "Children's Hospital".</summary>
    private static readonly HashSet<string> PluralsInNames = new(["People", "Children", "Women", "Men"], StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralsInNamesBySpan = PluralsInNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a possessive word ("People's", its "'s" included) may go on into a name.</summary>
    public static bool IsPossessiveInName(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’' && PluralsInNamesBySpan.Contains(word[..^2]);

    /// <summary>Lower-case words that may join the parts of one name: "Bank of Japan", "Ruiz de la Torre",
    /// "Office for National Statistics", "Commission on Elections".</summary>
    public static readonly HashSet<string> Connectors = new(
        ["of", "for", "on", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "&"],
        StringComparer.Ordinal);

    /// <summary>Abbreviations whose full stop does not end a sentence.</summary>
    public static readonly HashSet<string> Abbreviations = Set("Dr Mr Mrs Ms Prof St Gen Col Lt Sgt Capt Rev Jr Sr No vs etc Inc Ltd Co Corp Mt Ft");
}
