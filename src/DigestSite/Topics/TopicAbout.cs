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
        var region = "";
        foreach (var raw in Gazetteer.Resource("data/gazetteer.tsv").Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("# ") && !line.Contains(':') && line.Length < 40) region = line[2..].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var name = line.Split('\t')[0].Trim();
            _about.TryAdd(name, region.Length == 0 || region.StartsWith("Other") ? "A country or territory" : $"A country in {region}");
        }
        foreach (var (name, _, description) in Gazetteer.PlaceLines)
            if (description.Length > 0) _about[name] = description;
        foreach (var subject in SubjectLexicon.For(settings.Subjects).Subjects)
            if (subject.Definition.Length > 0) _about[subject.Name] = subject.Definition;
    }

    public static TopicAbout For(TopicSettings settings) => Cache.GetValue(settings, s => new TopicAbout(s));

    /// <summary>The sentence about the topic of this name, or null.</summary>
    public string? Of(string name) => _about.GetValueOrDefault(name);
}
