namespace DigestSite.Topics;

/// <summary>One piece of evidence for a topic of one digest, in the shape every kind shares. <see cref="Rank"/>
/// is its place among the candidates of its kind (0: the best), <see cref="Best"/> the best score of its kind;
/// <see cref="InLead"/>: first named in the title or the first section; <see cref="Organisation"/>: an
/// organisation's or event's full name (<see cref="Organisations"/>); <see cref="Broad"/>: a subject that names a
/// desk more than a story (<see cref="SubjectTree"/>); <see cref="ByModel"/>: the subject nearest the digest by
/// meaning (<see cref="ModelSubjects"/>), its score the similarity in hundredths; <see cref="Strong"/>: a subject
/// one of whose cues names it outright; <see cref="OnlyCountry"/>: the one country the digest names;
/// <see cref="Implied"/>: a country named only through a place of its own (<see cref="PlaceEvidence.Implied"/>);
/// <see cref="Office"/>: a person named with the title of an office (<see cref="NameWords.Offices"/>);
/// <see cref="InTopCountry"/>: a city or region of the country the digest names most (<see cref="PlaceEvidence.Within"/>);
/// <see cref="Acts"/>: a name that may not be a person's, followed by a verb of speech or action ("INDEC said");
/// <see cref="Event"/>: a contest, festival or prize named in full ("Chicago Marathon", <see cref="Organisations.IsEvent"/>).</summary>
internal readonly record struct TopicCandidate(
    string Name, string Key, TopicKind Kind, int Score, int Best, int Rank, bool InTitle, int Mentions, int Prominent, int Cues, string Evidence,
    bool Configured = false, bool InLead = false, bool Organisation = false, bool Broad = false, bool ByModel = false, bool Strong = false, bool OnlyCountry = false, bool Implied = false, bool Office = false, bool InTopCountry = false, bool Acts = false, bool Event = false);

/// <summary>A line of the policy: candidates of <see cref="Kind"/> that <see cref="Applies"/> to are topics of this
/// <see cref="Importance"/>; the first line that applies decides.</summary>
internal sealed record TopicRule(string Name, TopicKind Kind, int Importance, Func<TopicCandidate, bool> Applies);

/// <summary>
/// How a digest's topics are chosen from the evidence: one table, read top to bottom. A candidate that no line
/// accepts is not a topic; a subject broader than another accepted one moves down to <see cref="BroaderOfAnother"/>
/// (to <see cref="TopBroaderOfAnother"/> when it is the best-scoring subject);
/// the accepted ones are ordered by importance (then score, then the order they came in)
/// and cut at <c>topics.max</c>, with at most <see cref="MaxSubjects"/> subjects and <see cref="MaxPlaces"/> places. Front-matter topics are always kept and come first; a name that is never a
/// topic (<see cref="NotTopics"/>) or repeats an earlier topic's key is skipped.
/// </summary>
internal static class TopicPolicy
{
    public static readonly TopicRule[] Rules =
    [
        new("front matter", TopicKind.FrontMatter, 1000, _ => true),
        new("country of the story's place", TopicKind.Place, 38, c => c.Implied),
        new("place in the title", TopicKind.Place, 90, c => c.InTitle),
        new("main subject", TopicKind.Subject, 85, c => !c.Broad && c.Rank == 0 && c.Score >= 10 && (c.Cues >= 2 || c.InTitle)),
        new("name in the title, used again", TopicKind.Entity, 70, c => c.InTitle && c.Mentions >= 2),
        new("the site's own topic, prominent", TopicKind.Entity, 65, c => c.Configured && (c.Prominent >= 1 || c.Mentions >= 2)),
        new("subject named outright", TopicKind.Subject, 64, c => !c.Broad && c.Strong && c.Rank <= 4 && c.Score >= 10 && c.Cues >= 3),
        new("subject in the title", TopicKind.Subject, 63, c => !c.Broad && c.InTitle && c.Rank <= 3 && (c.Cues >= 2 && c.Score >= 8 || c.Score >= 10)),
        new("second subject", TopicKind.Subject, 61, c => !c.Broad && c.Rank is 1 or 2 && c.Cues >= 2 && c.Score >= 8 && c.Score * 2 >= c.Best),
        new("the story's place", TopicKind.Place, 60, c => c.Mentions >= 2 && c.Prominent >= 1 && (c.Score * 2 >= c.Best || c.Mentions >= 4)),
        new("the one country named, twice", TopicKind.Place, 55, c => c.OnlyCountry && c.Mentions >= 2),
        new("the one country named, near the top", TopicKind.Place, 50, c => c.OnlyCountry && c.Prominent >= 1),
        new("name used three times", TopicKind.Entity, 62, c => c.Mentions >= 3),
        new("event named in the lead, used again", TopicKind.Entity, 61, c => c.Event && c.InLead && c.Mentions >= 2),
        new("name in the lead, used again", TopicKind.Entity, 47, c => c.InLead && c.Mentions >= 2),
        new("subject by meaning", TopicKind.Subject, 62, c => c.ByModel && c.Score >= ModelFloor),
        new("another subject", TopicKind.Subject, 45, c => !c.Broad && c.Rank <= 5 && c.Cues >= 2 && c.Score >= 5 && c.Score * 4 >= c.Best),
        new("organisation named in full in the lead", TopicKind.Entity, 48, c => c.InLead && c.Organisation),
        new("a city or region of the story's country", TopicKind.Place, 50, c => c.InTopCountry && c.Mentions >= 2 && c.Prominent >= 1),
        new("a place beside the main one", TopicKind.Place, 40, c => c.Mentions >= 2 && c.Prominent >= 1 && c.Score * 3 >= c.Best),
        new("name used twice", TopicKind.Entity, 35, c => c.Mentions >= 2),
        new("broad subject, after the narrower ones", TopicKind.Subject, 30, c => c.Broad && c.Rank <= 1 && c.Score >= 10 && c.Cues >= 2),
        new("office-holder named", TopicKind.Entity, 20, c => c.Office),
        new("a body that speaks or acts in the lead", TopicKind.Entity, 46, c => c.InLead && c.Acts),
    ];

    /// <summary>The least similarity, in hundredths, of a subject by meaning (<c>topics.model</c>): chosen on the
    /// labelled set's dev digests only (bench/RESULTS.md).</summary>
    private const int ModelFloor = 30;

    /// <summary>At most this many subjects a digest: past the third, cues are most often of side issues.</summary>
    public const int MaxSubjects = 3;

    /// <summary>At most this many places a digest: past the third, places are most often passed through, and the
    /// story's people and organisations matter more.</summary>
    public const int MaxPlaces = 3;

    /// <summary>The least importance a derived topic needs to join front-matter topics.</summary>
    private const int BesideFrontMatter = 85;

    /// <summary>The line for a subject that is the broader subject of another accepted one ("Public finance" beside
    /// "Taxation"): it comes after the story's other subjects, so the narrower ones fill the subjects first.</summary>
    private static readonly TopicRule BroaderOfAnother = new("broader subject of another", TopicKind.Subject, 42, _ => true);

    /// <summary>The line for the digest's best-scoring subject when it is the broader subject of another accepted one
    /// ("Athletics" beside "Marathon", "Armed conflict" beside "Peace negotiations"): editors tag both, so it stays
    /// among the story's subjects, as a second subject after the narrower one, instead of moving to the end.</summary>
    private static readonly TopicRule TopBroaderOfAnother = new("top subject, broader than another", TopicKind.Subject, 61, _ => true);

    private static void DeferBroader(List<(TopicCandidate Candidate, TopicRule Rule, int Order)> accepted)
    {
        var broader = new List<string>();
        foreach (var (c, _, _) in accepted)
            if (c.Kind == TopicKind.Subject && SubjectTree.BroaderOf(c.Key) is { } key) broader.Add(key);
        for (var i = 0; i < accepted.Count; i++)
        {
            var (c, rule, order) = accepted[i];
            if (c.Kind == TopicKind.Subject && rule.Importance > BroaderOfAnother.Importance && broader.Contains(c.Key))
                accepted[i] = (c, c.Rank == 0 ? TopBroaderOfAnother : BroaderOfAnother, order);
        }
    }

    /// <summary>A name whose words are all words of another accepted name or place is a part or a short form of
    /// it: "Shura" beside "Shura Council", "Greens" beside "Green Party", "Emirates" beside "United Arab Emirates"; not
    /// a town beside a body named after it ("Leeds" beside "Leeds City Council").</summary>
    private static void DropPartsOfNames(List<(TopicCandidate Candidate, TopicRule Rule, int Order)> accepted)
    {
        var names = new List<(string Name, string[] Words)>();
        foreach (var (c, _, _) in accepted)
            if (c.Kind is TopicKind.Entity or TopicKind.Place) names.Add((c.Name, c.Key.Split('-')));
        accepted.RemoveAll(a => a.Candidate.Kind == TopicKind.Entity && a.Candidate.Key.Split('-') is var words
            && names.Exists(other => other.Words.Length > words.Length && words.All(other.Words.Contains)
                && !Organisations.IsNamedAfter(other.Name, a.Candidate.Name)));
    }

    /// <summary>The chosen topics, most important first.</summary>
    public static ChosenTopic[] Choose(List<TopicCandidate> candidates, int max)
    {
        var accepted = new List<(TopicCandidate Candidate, TopicRule Rule, int Order)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Kind != TopicKind.FrontMatter && NotTopics.Contains(c.Name)) continue;
            foreach (var rule in Rules)
            {
                if (rule.Kind != c.Kind || !rule.Applies(c)) continue;
                accepted.Add((c, rule, i));
                break;
            }
        }
        DeferBroader(accepted);
        DropPartsOfNames(accepted);
        accepted.Sort((a, b) => a.Rule.Importance != b.Rule.Importance ? b.Rule.Importance - a.Rule.Importance
            : a.Candidate.Score != b.Candidate.Score ? b.Candidate.Score - a.Candidate.Score
            : a.Order - b.Order);
        var frontMatter = 0;
        foreach (var c in candidates) if (c.Kind == TopicKind.FrontMatter) frontMatter++;
        var limit = Math.Max(frontMatter, max);
        // Where the editor chose topics, only the surest derived ones join them.
        if (frontMatter > 0) accepted.RemoveAll(a => a.Rule.Importance < BesideFrontMatter);
        var chosen = new List<ChosenTopic>(Math.Min(limit, accepted.Count));
        var keys = new List<string>(chosen.Capacity);
        int subjects = 0, places = 0;
        foreach (var (c, rule, _) in accepted)
        {
            if (chosen.Count >= limit) break;
            if (keys.IndexOf(c.Key) is var same and >= 0)
            {
                // The editor's topic names this subject: it is the story's subject under the editor's name.
                if (c.Kind == TopicKind.Subject && chosen[same].Kind == TopicKind.FrontMatter && subjects < MaxSubjects)
                {
                    subjects++;
                    chosen[same] = chosen[same] with { NamesSubject = true };
                }
                continue;
            }
            if (c.Kind == TopicKind.Subject && subjects == MaxSubjects || c.Kind == TopicKind.Place && places == MaxPlaces) continue;
            if (c.Kind == TopicKind.Subject) subjects++;
            if (c.Kind == TopicKind.Place) places++;
            keys.Add(c.Key);
            chosen.Add(new ChosenTopic(c.Name, c.Kind, c.Kind == TopicKind.FrontMatter ? "front matter" : $"{rule.Name}; {c.Evidence}"));
        }
        return [.. chosen];
    }
}
