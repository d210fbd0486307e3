using System.Text;
using DigestSite.Site;
using DigestSite.Validation;

namespace DigestSite.Tests.Validation;

/// <summary>What the first pass keeps of a page for the second: a link to an id its own page has is settled at
/// once; a link to another page's id waits, with the line and column of its element.</summary>
public sealed class FirstPassTests
{
    private static PageResult FirstPass(string path, string html, params string[] otherPaths)
    {
        var validator = new SiteValidator(otherPaths.Append(path), new Routes("http://localhost:5080/"), checkLinks: true);
        return validator.Check(new OutputFile(path, Encoding.UTF8.GetBytes(html), "test"));
    }

    [Fact]
    public void A_link_to_an_id_of_its_own_page_is_settled_in_the_first_pass()
    {
        var result = FirstPass("index.html", Pages.Valid("""<a href="#later">Later</a><h2 id="later">Later</h2>"""));
        Assert.Empty(result.Findings);
        Assert.Empty(result.FragmentLinks);
        Assert.Contains("later", result.Anchors);
    }

    [Fact]
    public void A_link_to_another_page_waits_with_its_position()
    {
        var html = Pages.Valid("""<p>See <a href="/other/#part">the other page</a>.</p>""");
        var result = FirstPass("index.html", html, "other/index.html");
        var link = Assert.Single(result.FragmentLinks);
        Assert.Equal(("other/index.html", "part"), (link.TargetPath, link.Fragment));
        Assert.Equal(Pages.LineOf(html, "<a href=\"/other/#part\">"), link.Line);
        Assert.Equal(Pages.ColumnOf(html, "<a href=\"/other/#part\">"), link.Column);
    }

    [Fact]
    public void A_link_to_a_missing_id_of_its_own_page_waits_with_its_position()
    {
        var html = Pages.Valid("""<a href="#nowhere">Nowhere</a>""");
        var link = Assert.Single(FirstPass("index.html", html).FragmentLinks);
        Assert.Equal(Pages.LineOf(html, "<a href=\"#nowhere\">"), link.Line);
        Assert.NotEqual(0, link.Column);
    }
}
