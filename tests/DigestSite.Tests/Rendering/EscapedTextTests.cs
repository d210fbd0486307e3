using System.Net;
using System.Text;
using DigestSite.Rendering;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestSite.Tests.Rendering;

/// <summary><c>{{ x | html.escape }}</c> is escaped straight into the page's output (<see cref="EscapedText"/>):
/// the page must read exactly as Scriban's own pipe and escape make it.</summary>
public sealed class EscapedTextTests
{
    private sealed class Collect : ITextOutput
    {
        public readonly StringBuilder Text = new();
        public void Write(ReadOnlySpan<char> chars) => Text.Append(chars);
        public void Write(string text, int offset, int count) => Text.Append(text, offset, count);
        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public void Escaping_into_an_output_writes_what_WebUtility_returns()
    {
        var random = new Random(8);
        var alphabet = "abc <>&\"'é—\u00a0\u00ff\u0100\u009f\ud83d\ude00\ud83d\ude00\udc00\ud800x€ \n\t".ToCharArray();
        var samples = new List<string> { "", "plain", "it's", "\ud800", "a\udc00", "\ud83d\ude00", string.Concat(Enumerable.Range(0, 0x200).Select(c => (char)c)) };
        for (var i = 0; i < 2000; i++)
            samples.Add(new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        foreach (var text in samples)
        {
            var output = new Collect();
            HtmlEscape.Write(text, output);
            Assert.Equal(WebUtility.HtmlEncode(text), output.Text.ToString());
        }
    }

    [Theory]
    [InlineData("{{ x | html.escape }}")]
    [InlineData("<p>{{ x | html.escape }}</p>{{ for i in list }}[{{ i | html.escape }}]{{ end }}")]
    [InlineData("{{~ if true ~}}\n  {{ x | html.escape }}\n{{~ end ~}}")]
    [InlineData("{{ y = x | html.escape }}{{ y }}|{{ x | html.escape | string.upcase }}")]
    [InlineData("{{ html = { escape: 'not a function' } }}{{ x | html.escape }}")]
    [InlineData("{{ func escape(v); ret 'own ' + v; end; html = { escape: @escape } }}{{ x | html.escape }}")]
    [InlineData("{{ x | html.escape('extra') }}")]
    public void A_template_reads_as_with_scribans_pipe(string source)
    {
        object?[] values = ["A & B's \"quote\" <tag> é 😀", null, "", 42, true, 1.5, new[] { "a", "<b>" }];
        foreach (var value in values)
            Assert.Equal(Render(source, value, rewrite: false), Render(source, value, rewrite: true));
    }

    [Fact]
    public void A_statement_escape_goes_straight_into_the_output()
    {
        var text = Render("{{ x | html.escape }}|{{ list | array.size }}", "a'b", rewrite: true);
        Assert.Equal("a&#39;b|2", text);
    }

    private static string Render(string source, object? value, bool rewrite)
    {
        var template = Template.Parse(source);
        Assert.False(template.HasErrors, string.Join("; ", template.Messages));
        if (rewrite) EscapedText.Rewrite(template.Page!);
        var context = new TemplateContext(ScribanBuiltins.Create()) { AutoIndent = false, StrictVariables = false };
        var globals = new ScriptObject { ["x"] = value, ["list"] = new[] { "1", "<2>" } };
        context.PushGlobal(globals);
        var output = new Collect();
        context.PushOutput(output);
        try
        {
            template.Render(context);
            return output.Text.ToString();
        }
        catch (ScriptRuntimeException e)
        {
            return "error: " + e.OriginalMessage;
        }
    }
}
