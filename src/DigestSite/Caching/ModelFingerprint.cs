using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DigestSite.Caching;

/// <summary>
/// Feeds a view model into a hash: every public property and field, in declaration order, down through nested
/// models and lists — exactly what Scriban can show a template. The walk for each type is compiled once into
/// a delegate, so fingerprinting a page allocates nothing; serializing the model to JSON to hash it cost as
/// much as rendering the page.
/// </summary>
public static class ModelFingerprint
{
    private static readonly ConcurrentDictionary<Type, Walker> Walkers = new();

    /// <summary>Fingerprints of models with many members, by reference: a digest's summary appears on its topic
    /// pages, the home page, archives and related lists, and is walked once. View models are immutable
    /// records, so a fingerprint stays true for the object's life; the table lets go of it with the object.</summary>
    private static readonly ConditionalWeakTable<object, byte[]> Shared = new();

    /// <summary>Below this many members a model is walked each time: looking it up would cost as much.</summary>
    private const int SharedFromMembers = 5;

    private sealed record Walker(Action<object, XxHash128> Walk, int Members);

    public static void Append(XxHash128 hash, object? model)
    {
        if (model is null) { Tag(hash, 0); return; }
        var walker = Walkers.GetOrAdd(model.GetType(), Compile);
        if (walker.Members < SharedFromMembers) { walker.Walk(model, hash); return; }
        if (!Shared.TryGetValue(model, out var fingerprint))
        {
            var own = new XxHash128();
            walker.Walk(model, own);
            fingerprint = own.GetCurrentHash();
            Shared.AddOrUpdate(model, fingerprint);
        }
        Tag(hash, 5);
        hash.Append(fingerprint);
    }

    public static void Append(XxHash128 hash, string? text)
    {
        if (text is null) { Tag(hash, 0); return; }
        Tag(hash, 1);
        Number(hash, text.Length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    public static void Number(XxHash128 hash, long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(bytes, value);
        hash.Append(bytes);
    }

    private static void Tag(XxHash128 hash, byte tag) => hash.Append([tag]);

    private static void Boolean(XxHash128 hash, bool value) => Tag(hash, value ? (byte)3 : (byte)2);

    private static void Sequence(XxHash128 hash, IEnumerable? items)
    {
        if (items is null) { Tag(hash, 0); return; }
        Tag(hash, 4);
        var count = 0;
        foreach (var item in items)
        {
            Value(hash, item);
            count++;
        }
        Number(hash, count); // after the items: ([a, b], c) and ([a], b, c) end differently
    }

    /// <summary>A value whose type is only known at run time (an item of a list).</summary>
    private static void Value(XxHash128 hash, object? value)
    {
        switch (value)
        {
            case null: Tag(hash, 0); break;
            case string s: Append(hash, s); break;
            case bool b: Boolean(hash, b); break;
            case int or long or short or byte or Enum: Number(hash, Convert.ToInt64(value)); break;
            case double d: Number(hash, BitConverter.DoubleToInt64Bits(d)); break;
            case DateTimeOffset t: Number(hash, t.UtcTicks); Number(hash, t.Offset.Ticks); break;
            case DateTime t: Number(hash, t.Ticks); Number(hash, (long)t.Kind); break;
            case TimeSpan t: Number(hash, t.Ticks); break;
            case IEnumerable items: Sequence(hash, items); break;
            case ValueType: Append(hash, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            default: Append(hash, value); break;
        }
    }

    private static readonly MethodInfo StringMethod = Method(nameof(Append), typeof(XxHash128), typeof(string));
    private static readonly MethodInfo NumberMethod = Method(nameof(Number), typeof(XxHash128), typeof(long));
    private static readonly MethodInfo BooleanMethod = Method(nameof(Boolean), typeof(XxHash128), typeof(bool));
    private static readonly MethodInfo SequenceMethod = Method(nameof(Sequence), typeof(XxHash128), typeof(IEnumerable));
    private static readonly MethodInfo ValueMethod = Method(nameof(Value), typeof(XxHash128), typeof(object));

    private static MethodInfo Method(string name, params Type[] parameters) =>
        typeof(ModelFingerprint).GetMethod(name, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, parameters)!;

    /// <summary>Builds (object model, hash) => { hash the type's name; hash each member by its static type }.</summary>
    private static Walker Compile(Type type)
    {
        var model = Expression.Parameter(typeof(object), "model");
        var hash = Expression.Parameter(typeof(XxHash128), "hash");
        var typed = Expression.Variable(type, "typed");
        var body = new List<Expression>
        {
            Expression.Assign(typed, Expression.Convert(model, type)),
            // The type's name first: two kinds of model with the same values must not look alike.
            Expression.Call(StringMethod, hash, Expression.Constant(type.FullName)),
        };
        var members = type.GetMembers(BindingFlags.Instance | BindingFlags.Public)
            .Where(m => m is PropertyInfo { CanRead: true } p && p.GetIndexParameters().Length == 0 || m is FieldInfo)
            .Where(m => !(m is PropertyInfo { Name: "EqualityContract" }))
            .OrderBy(m => m.MetadataToken)
            .ToList();
        foreach (var member in members)
        {
            var value = Expression.MakeMemberAccess(typed, member);
            // A computed property may throw for some values (Sections[0] of an empty list): that is a fact about
            // the model too, hashed as a mark rather than failing the build.
            body.Add(Expression.TryCatch(
                Expression.Block(typeof(void), HashMember(hash, value)),
                Expression.Catch(typeof(Exception), Expression.Call(StringMethod, hash, Expression.Constant("threw " + member.Name)))));
        }
        var lambda = Expression.Lambda<Action<object, XxHash128>>(Expression.Block([typed], body), model, hash);
        return new Walker(lambda.Compile(), members.Count);
    }

    private static Expression HashMember(ParameterExpression hash, Expression value)
    {
        var t = value.Type;
        if (t == typeof(string)) return Expression.Call(StringMethod, hash, value);
        if (t == typeof(bool)) return Expression.Call(BooleanMethod, hash, value);
        if (t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) || t.IsEnum)
            return Expression.Call(NumberMethod, hash, Expression.Convert(value, typeof(long)));
        if (typeof(IEnumerable).IsAssignableFrom(t) && t.IsClass | t.IsInterface)
            return Expression.Call(SequenceMethod, hash, Expression.Convert(value, typeof(IEnumerable)));
        return Expression.Call(ValueMethod, hash, Expression.Convert(value, typeof(object)));
    }
}
