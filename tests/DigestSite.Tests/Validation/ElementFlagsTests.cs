using AngleSharp.Dom;
using DigestSite.Validation.Tree;

namespace DigestSite.Tests.Validation;

/// <summary>The element flags written out for speed are AngleSharp's own, for every HTML name AngleSharp knows.</summary>
public sealed class ElementFlagsTests
{
    [Fact]
    public void Every_written_out_flag_set_is_the_one_AngleSharp_gives()
    {
        Assert.True(KnownElementFlags.Html.Count > 100);
        foreach (var (name, flags) in KnownElementFlags.Html)
            Assert.True(ElementFlags.HtmlFromAngleSharp(name) == flags, $"<{name}>: written {flags}, AngleSharp {ElementFlags.HtmlFromAngleSharp(name)}");
    }

    [Fact]
    public void Every_tag_name_AngleSharp_knows_is_written_out()
    {
        var names = typeof(TagNames).GetFields()
            .Where(f => f.IsStatic && f.FieldType == typeof(string))
            .Select(f => (string)f.GetValue(null)!)
            .Where(name => name != "DOCTYPE") // the doctype, not an element
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(KnownElementFlags.Html.ContainsKey(name), $"<{name}> is not written out"));
    }

    [Fact]
    public void A_name_not_written_out_still_gets_AngleSharps_flags() =>
        Assert.Equal(ElementFlags.HtmlFromAngleSharp("made-up-element"), ElementFlags.Html("made-up-element"));
}
