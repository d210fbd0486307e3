using DigestSite.Pages;
using DigestSite.Rendering;
using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace DigestSite.Tests.Rendering;

/// <summary>Templates read view models through <see cref="ViewAccessor"/>: the same members, under the same names,
/// with the same values, as through Scriban's own reflection accessor.</summary>
public sealed class ViewAccessorTests
{
    public record Base(string Title, int Count)
    {
        public string Hidden => "base";
    }

    public sealed record Derived(string Title, int Count, bool IsGap, string? Missing, IReadOnlyList<Base> Items) : Base(Title, Count)
    {
        public new string Hidden => "derived";
        [ScriptMemberIgnore] public string Ignored => "ignored";
        public readonly string Field = "field";
        public static string Static => "static";
    }

    public sealed class Settable
    {
        public string Name { get; set; } = "";
    }

    [Fact]
    public void Every_view_model_shows_the_members_scribans_accessor_shows()
    {
        var views = typeof(PageModel).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PageModel).Namespace && t.IsPublic && t.IsClass && !t.IsAbstract && t.GetMethod("<Clone>$") is not null)
            .ToList();
        Assert.Contains(typeof(DigestView), views);
        Assert.True(views.Count >= 10, $"only {views.Count} view records found");
        var context = new TemplateContext();
        foreach (var type in views)
        {
            var ours = ViewAccessor.For(type);
            Assert.True(ours is not null, $"{type.Name} is left to Scriban's accessor");
            var scriban = new TypedObjectAccessor(type, null, StandardMemberRenamer.Default);
            Assert.Equal(scriban.GetMembers(context, default, null!).Order(), ours.GetMembers(context, default, null!).Order());
        }
    }

    [Fact]
    public void A_template_reads_the_same_text_through_either_accessor()
    {
        const string source = "{{ model.title }}|{{ model.count + 1 }}|{{ model.is_gap }}|{{ model.missing == null }}|{{ model.hidden }}|" +
                              "{{ model.ignored }}|{{ model.field }}|{{ model.static }}|{{ for i in model.items }}{{ i.title }}:{{ i.hidden }};{{ end }}|" +
                              "{{ model.items.size }}|{{ model | object.keys | array.join ',' }}";
        var model = new Derived("A & b", 41, true, null, [new Base("x", 1), new Derived("y", 2, false, "m", [])]);
        var template = Template.Parse(source);

        string Render(TemplateContext context)
        {
            var globals = new ScriptObject { ["model"] = model };
            context.PushGlobal(globals);
            return template.Render(context);
        }

        var expected = Render(new TemplateContext());
        Assert.Equal(expected, Render(new ViewContext(TemplateContext.GetDefaultBuiltinObject())));
        Assert.StartsWith("A & b|42|true|true|derived||field||x:base;y:derived;|2|", expected);
    }

    [Fact]
    public void A_model_is_set_in_the_globals_as_scribans_import_sets_it()
    {
        var model = new Derived("t", 3, false, null, []);
        var scriban = new ScriptObject();
        scriban.Import(model);
        var ours = new ScriptObject();
        ViewAccessor.Import(ours, model);
        Assert.Equal(scriban.Keys.Order(), ours.Keys.Order());
        foreach (var key in scriban.Keys)
        {
            Assert.Equal(scriban[key], ours[key]);
            Assert.Equal(scriban.CanWrite(key), ours.CanWrite(key));
        }
    }

    [Fact]
    public void A_class_a_template_could_assign_to_is_left_to_scriban()
    {
        Assert.Null(ViewAccessor.For(typeof(Settable)));
        Assert.Null(ViewAccessor.For(typeof(KeyValuePair<string, int>)));
    }
}
