using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DigestSite.Rendering;

/// <summary>
/// How templates read a view model (a record of Pages/): the members Scriban's own accessor would show, under
/// the same names (<c>date_text</c> for <c>DateText</c>), each read through a delegate bound to its getter once
/// per process. Scriban's reads each through <see cref="PropertyInfo.GetValue(object)"/>, which costs a
/// reflection call every time and a stub compiled by the JIT for each property in each process: templates read
/// a hundred members a page. Read-only, like the view models: a template cannot assign to a member.
/// </summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewAccessor?> ByType = new();

    private readonly Dictionary<string, Func<object, object?>> _members;

    private ViewAccessor(Dictionary<string, Func<object, object?>> members) => _members = members;

    /// <summary>The accessor of a class whose members Scriban would read by reflection (the renamer is Scriban's
    /// standard one, and no member filter is set: those of <see cref="PageRenderer"/>'s contexts), or null for a
    /// struct or a class with members a template could assign to (left to Scriban's accessor).</summary>
    public static ViewAccessor? For(Type type) => ByType.GetOrAdd(type, static t => IsReadOnlyClass(t)
        ? new ViewAccessor(Members(t, includeStatic: false).ToDictionary(m => m.Name, m => m.Get, StringComparer.Ordinal))
        : null);

    private static bool IsReadOnlyClass(Type type) =>
        !type.IsValueType
        && type.GetFields(BindingFlags.Instance | BindingFlags.Public).All(f => f.IsInitOnly)
        && type.GetProperties(BindingFlags.Instance | BindingFlags.Public).All(p => p.SetMethod is not { IsPublic: true } set || IsInitOnly(set));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static readonly ConcurrentDictionary<Type, ViewMember[]> ImportsByType = new();

    /// <summary>A member as templates see it. (A class, not a tuple: LINQ over a tuple is generic code compiled at
    /// run time in every process.)</summary>
    private sealed record ViewMember(string Name, Func<object, object?> Get, bool ReadOnly);

    /// <summary>Sets each member of <paramref name="model"/> in <paramref name="globals"/>, as Scriban's
    /// <c>Import</c> of an object does (static members too; read-only fields read-only), with the getters of
    /// <see cref="For"/>: Scriban's looks each member and attribute up again on every call, page after page.</summary>
    public static void Import(ScriptObject globals, object model)
    {
        foreach (var (name, get, readOnly) in ImportsByType.GetOrAdd(model.GetType(), static t => Members(t, includeStatic: true).ToArray()))
            globals.SetValue(name, get(model), readOnly);
    }

    /// <summary>
    /// The members of <paramref name="type"/> as Scriban sees them, with their getters: public fields that are not
    /// constants and public readable properties without parameters, less those marked
    /// <see cref="ScriptMemberIgnoreAttribute"/>; where a type hides a member of its base type, its own. Scriban's
    /// accessor of an object leaves static members out; its import of one takes them (<paramref name="includeStatic"/>).
    /// </summary>
    private static IEnumerable<ViewMember> Members(Type type, bool includeStatic)
    {
        var flags = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public | (includeStatic ? BindingFlags.Static : 0);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(flags))
                if (!field.IsLiteral && field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && seen.Add(Name(field)))
                    yield return new(Name(field), field.GetValue, field.IsInitOnly);
            foreach (var property in t.GetProperties(flags))
                if (property.GetMethod is { IsPublic: true } get && property.GetIndexParameters().Length == 0
                    && property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && seen.Add(Name(property)))
                    yield return new(Name(property), Getter(get), false);
        }
    }

    private static string Name(MemberInfo member) => StandardMemberRenamer.Default(member) is { Length: > 0 } name ? name : member.Name;

    private static Func<object, object?> Getter(MethodInfo get)
    {
        if (get.IsStatic || get.DeclaringType is not { IsValueType: false } declaring) return target => get.Invoke(target, null);
        // Called through a delegate, not MethodInfo.Invoke: each Invoke of another instantiation had the JIT compile
        // a stub for it, some ten per process.
        return typeof(ViewAccessor).GetMethod(nameof(TypedGetter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(declaring, get.ReturnType).CreateDelegate<Func<MethodInfo, Func<object, object?>>>()(get);
    }

    /// <summary>The instantiations of <see cref="TypedGetter"/> for value types the view models have, named here so
    /// that ReadyToRun compiles them ahead (all reference types share one body; a value type's is its own, and
    /// the JIT compiled each in every process).</summary>
    private static readonly Func<MethodInfo, Func<object, object?>>[] Precompiled = [TypedGetter<object, int>, TypedGetter<object, bool>];

    /// <summary>The getter as a delegate of its own types, called from an untyped one (a value is boxed there; for
    /// reference types, all share one compiled body).</summary>
    private static Func<object, object?> TypedGetter<TTarget, TValue>(MethodInfo get) where TTarget : class
    {
        var typed = get.CreateDelegate<Func<TTarget, TValue>>();
        return target => typed((TTarget)target);
    }

    public bool HasIndexer => false;
    public Type? IndexType => null;
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;
}
