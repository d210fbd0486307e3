using System.Runtime.CompilerServices;
using DigestSite.Configuration;

namespace DigestSite.Topics;

/// <summary>
/// What a topic is, in a sentence for its page: a subject's definition (the built-in vocabulary or
/// <c>topics.subjects</c>), a place's description (<c>data/places.tsv</c>: "A city in Poland"), or for a country
/// its continent (the section of <c>data/gazetteer.tsv</c> it is listed under). Null for other topics. Names are
/// compared ignoring case; built once per configuration.
/// </summary>
public sealed class TopicAbout
{
    private static readonly ConditionalWeakTable<TopicSettings, TopicAbout> Cache = [];
    private readonly Dictionary<string, string> _about = new(StringComparer.OrdinalIgnoreCase);

    private TopicAbout(TopicSettings settings)
    {
        foreach (var (name, _, heading) in Gazetteer.CountryLines)
            _about.TryAdd(name, AboutCountry(heading));
        foreach (var (name, _, description) in Gazetteer.PlaceLines)
            if (description.Length > 0) _about[name] = description;
        foreach (var subject in SubjectLexicon.For(settings.Subjects).Subjects)
            if (subject.Definition.Length > 0) _about[subject.Name] = subject.Definition;
    }

    /// <summary>"A country in Africa", "A country in the Americas" from the heading a country is listed under; "A country
    /// or territory" under none, or under "Other territories and places".</summary>
    private static string AboutCountry(string heading) =>
        heading.Length == 0 || heading.StartsWith("Other", StringComparison.Ordinal) ? "A country or territory"
        : heading.StartsWith("The ", StringComparison.Ordinal) ? $"A country in the {heading[4..]}"
        : $"A country in {heading}";

    public static TopicAbout For(TopicSettings settings) => Cache.GetValue(settings, s => new TopicAbout(s));

    /// <summary>The sentence about the topic of this name, or null.</summary>
    public string? Of(string name) => _about.GetValueOrDefault(name);
}
