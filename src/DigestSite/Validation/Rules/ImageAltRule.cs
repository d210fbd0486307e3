using AngleSharp.Dom;

namespace DigestSite.Validation.Rules;

/// <summary>img-alt: every img needs an alt; alt="" is the way to say an image is decorative.</summary>
public sealed class ImageAltRule : PageRule
{
    public override void Visit(IElement element, PageScan page)
    {
        if (element.LocalName == "img" && !element.HasAttribute("alt"))
            page.Report(ValidationRules.ImageAlt, element,
                $"img '{element.GetAttribute("src")}' has no alt attribute (use alt=\"\" if it is decorative)");
    }
}
