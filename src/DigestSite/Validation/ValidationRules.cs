using DigestSite.Diagnostics;

namespace DigestSite.Validation;

/// <summary>A check made on every built page: its id (printed in the summary), its severity, and what it
/// guards against.</summary>
public sealed record ValidationRule(string Id, Severity Severity, string Guards);

/// <summary>
/// Every rule of the validate stage, with its severity, in one table. Errors are pages that are broken for a
/// reader, a browser or a screen reader (the build exits 1); warnings are pages that work but fall short
/// (they fail the build only with <c>--strict</c> or <c>validation.failOn: warning</c>).
/// </summary>
public static class ValidationRules
{
    public static readonly ValidationRule ParseError = new("html-parse", Severity.Error,
        "markup the HTML parser had to repair (stray or misnested tags, bad attributes)");
    public static readonly ValidationRule DuplicateId = new("duplicate-id", Severity.Error,
        "two elements of one page with the same id (fragment links and labels pick the wrong one)");
    public static readonly ValidationRule BrokenLink = new("broken-link", Severity.Error,
        "a link or source (a, area, link, img, script, source, iframe, video, audio) to a file the site does not have");
    public static readonly ValidationRule MissingAnchor = new("missing-anchor", Severity.Error,
        "a link to #id, or page/#id, where the target page has no element with that id");
    public static readonly ValidationRule OutsideBasePath = new("outside-base-path", Severity.Warning,
        "a root-relative link that leaves the site's base path (another site on the same host: not checked)");
    public static readonly ValidationRule UnsafeUrl = new("unsafe-url", Severity.Error,
        "a link, source or form target whose URL scheme could run a script or reach the reader's machine (javascript:, data:, file:)");
    public static readonly ValidationRule EmptyLink = new("empty-link", Severity.Error,
        "an empty href or src, or a link with no text, image alt or aria-label for a screen reader to read");
    public static readonly ValidationRule ImageAlt = new("img-alt", Severity.Error,
        "an img without an alt attribute (alt=\"\" marks a decorative image and is fine)");
    public static readonly ValidationRule PageLanguage = new("page-lang", Severity.Error,
        "a page whose html element has no lang (screen readers pick the wrong voice)");
    public static readonly ValidationRule PageTitle = new("page-title", Severity.Error,
        "a page without a non-empty <title>");
    public static readonly ValidationRule MetaDescription = new("meta-description", Severity.Warning,
        "a page without a non-empty <meta name=\"description\"> (search results show a random snippet)");
    public static readonly ValidationRule SingleH1 = new("single-h1", Severity.Warning,
        "a page with no h1, or more than one");
    public static readonly ValidationRule HeadingOrder = new("heading-order", Severity.Warning,
        "a heading that skips a level (an h4 straight after an h2)");

    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        ParseError, DuplicateId, BrokenLink, MissingAnchor, OutsideBasePath, UnsafeUrl, EmptyLink, ImageAlt,
        PageLanguage, PageTitle, MetaDescription, SingleH1, HeadingOrder,
    ];

    public static bool IsValidationRule(string id)
    {
        foreach (var rule in All)
            if (rule.Id == id) return true;
        return false;
    }
}
