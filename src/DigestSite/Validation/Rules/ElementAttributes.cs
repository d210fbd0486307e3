using AngleSharp.Dom;

namespace DigestSite.Validation.Rules;

/// <summary>What the rules ask of an element's attributes.</summary>
internal static class ElementAttributes
{
    /// <summary>The attribute is there and has something in it besides white space.</summary>
    public static bool HasText(this IElement element, string attributeName) =>
        !string.IsNullOrWhiteSpace(element.GetAttribute(attributeName));
}
