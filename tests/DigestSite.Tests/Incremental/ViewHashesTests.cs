using System.Collections;
using System.Reflection;
using DigestSite.Pages;
using DigestSite.Site;
using Xunit;

namespace DigestSite.Tests.Incremental;

/// <summary>
/// <see cref="ViewHashes"/> writes its records member by member, by hand. Each test takes a record with every
/// member set, changes one member at a time (down through lists and the records in them: every member there
/// is, found by reflection, so a member added later is changed too) and requires a new key for each change.
/// </summary>
public class ViewHashesTests
{
    private static readonly LinkView[] Links = [new("Ports", "/topics/ports/"), new("Tides", "/topics/tides/")];

    private static string Key<T>(Action<KeyHash, T> add, T model)
    {
        var hash = new KeyHash("test");
        add(hash, model);
        return Convert.ToHexString(hash.Finish());
    }

    private static void EveryChangeChangesTheKey<T>(Action<KeyHash, T> add, T model) where T : class
    {
        var baseline = Key(add, model);
        Assert.Equal(baseline, Key(add, Clone(model))); // the same values, another object
        var variants = Variants(model).ToList();
        Assert.NotEmpty(variants);
        foreach (var (what, variant) in variants)
            Assert.True(Key(add, (T)variant) != baseline, $"{typeof(T).Name}: changing {what} left the key as it was");
    }

    [Fact]
    public void Site_view() => EveryChangeChangesTheKey(ViewHashes.Add, new SiteView("News", "About news", "en",
        "https://n.example/", "/", "/", "/topics/", "/archive/", "/search/", "/feed.xml", "/atom.xml", "/s.css", "/f.svg", Links)
        { JsonFeedUrl = "/feed.json", Strings = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["and"] = "and", ["by"] = "By" } });

    [Fact]
    public void Page_head() => EveryChangeChangesTheKey(ViewHashes.Add, new PageMeta("Ports", "About ports", "https://n.example/topics/ports/")
    {
        Kind = "topic", OgType = "website", OgProperties = [new("article:tag", "Ports"), new("article:tag", "Tides")],
        JsonLd = "{}", PrevUrl = "/topics/ports/", NextUrl = "/topics/ports/page/3/", FeedUrl = "/topics/ports/feed.xml",
        ImageUrl = "https://n.example/i.jpg", NoIndex = false,
    });

    [Fact]
    public void Topic_index() => EveryChangeChangesTheKey(ViewHashes.Add,
        new TopicIndexView([new("Ports", "/topics/ports/", 12), new("Tides", "/topics/tides/", 3)]));

    [Fact]
    public void Archive_index() => EveryChangeChangesTheKey(ViewHashes.Add, new ArchiveIndexView(40, 3,
    [
        new(2026, 30, [new("November", "/archive/2026/11/", 20), new("October", "/archive/2026/10/", 10)]),
        new(2025, 10, [new("December", "/archive/2025/12/", 10)]),
    ]));

    [Fact]
    public void Search_page() => EveryChangeChangesTheKey(ViewHashes.Add,
        new SearchView("/search-index.json", "/assets/search.js", Links, 40));

    /// <summary>Copies of <paramref name="model"/>, each with one member changed, and which.</summary>
    private static IEnumerable<(string What, object Variant)> Variants(object model)
    {
        var type = model.GetType();
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.Name == "EqualityContract" || p.SetMethod is null) continue;
            foreach (var (what, value) in Changed(p.PropertyType, p.GetValue(model)))
            {
                var copy = Clone(model);
                p.SetValue(copy, value);
                yield return ($"{p.Name}{what}", copy);
            }
        }
    }

    private static IEnumerable<(string What, object? Value)> Changed(Type type, object? value)
    {
        if (type == typeof(string))
        {
            yield return (" (text)", (string?)value + "x");
            if (value is not null) yield return (" (to null)", null);
        }
        else if (type == typeof(int)) yield return (" (number)", (int)value! + 1);
        else if (type == typeof(bool)) yield return (" (flag)", !(bool)value!);
        else if (value is IReadOnlyDictionary<string, string> texts)
        {
            Assert.True(texts.Count >= 2, "give the sample two texts");
            var first = texts.Keys.First();
            yield return (" (one text fewer)", new SortedDictionary<string, string>(texts.Where(t => t.Key != first).ToDictionary(), StringComparer.Ordinal));
            yield return (" (a text changed)", new SortedDictionary<string, string>(texts.ToDictionary(t => t.Key, t => t.Key == first ? t.Value + "x" : t.Value), StringComparer.Ordinal));
            yield return (" (a key renamed)", new SortedDictionary<string, string>(texts.ToDictionary(t => t.Key == first ? t.Key + "x" : t.Key, t => t.Value), StringComparer.Ordinal));
        }
        else if (value is IList list && type.IsGenericType)
        {
            var item = type.GetGenericArguments()[0];
            Assert.True(list.Count >= 2, $"give the sample two items in its list of {item.Name}");
            yield return (" (one item fewer)", Retyped(item, list.Cast<object>().Skip(1)));
            yield return (" (items swapped)", Retyped(item, [list[1]!, list[0]!, .. list.Cast<object>().Skip(2)]));
            foreach (var (what, variant) in Variants(list[0]!))
                yield return ($"[0].{what}", Retyped(item, [variant, .. list.Cast<object>().Skip(1)]));
        }
        else if (value is not null && !type.IsValueType)
        {
            foreach (var (what, variant) in Variants(value)) yield return ($".{what}", variant);
        }
        else Assert.Fail($"no way to change a member of type {type.Name}: teach this test one");
    }

    private static IList Retyped(Type item, IEnumerable<object> items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
        foreach (var i in items) list.Add(i);
        return list;
    }

    private static T Clone<T>(T model) where T : class =>
        (T)model.GetType().GetMethod("<Clone>$")!.Invoke(model, null)!;
}
