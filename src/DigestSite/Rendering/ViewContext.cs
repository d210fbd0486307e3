using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace DigestSite.Rendering;

/// <summary>A render context that reads view models through a <see cref="ViewAccessor"/> where Scriban would
/// read them by reflection; every other kind of value (script objects, lists, strings, dictionaries) is read as
/// Scriban reads it.</summary>
internal sealed class ViewContext(ScriptObject builtins) : TemplateContext(builtins)
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var scriban = base.GetMemberAccessorImpl(target);
        return scriban is TypedObjectAccessor && ViewAccessor.For(target.GetType()) is { } ours ? ours : scriban;
    }
}
