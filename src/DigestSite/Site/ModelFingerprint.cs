using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DigestSite.Site;

/// <summary>
/// Feeds a view model into a hash: every public property and field, in the order of their names, down through nested
/// models and lists — what Scriban can show a template. This walk is the one definition of what a model holds
/// for a key: a member added to a record is in its fingerprint with no other edit. The members of each type are
/// looked up once and read by reflection, as Scriban reads them.
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

    /// <summary>How a member is hashed, by its declared type.</summary>
    private enum Kind { Text, Flag, Number, Sequence, Value }

    private sealed record Member(MemberInfo Info, Kind Kind)
    {
        public object? Read(object model) => Info is PropertyInfo p ? p.GetValue(model) : ((FieldInfo)Info).GetValue(model);
    }

    /// <summary>A type's name (two kinds of model with the same values must not look alike) and its members.</summary>
    private sealed record Walker(string TypeName, Member[] Members);

    /// <summary>The fingerprint of <paramref name="model"/> alone (for a <see cref="KeyHash"/>).</summary>
    public static byte[] Of(object? model)
    {
        var hash = new XxHash128();
        Append(hash, model);
        return hash.GetCurrentHash();
    }

    public static void Append(XxHash128 hash, object? model)
    {
        if (model is null) { Tag(hash, 0); return; }
        var walker = Walkers.GetOrAdd(model.GetType(), Find);
        if (walker.Members.Length < SharedFromMembers) { Walk(walker, model, hash); return; }
        if (!Shared.TryGetValue(model, out var fingerprint))
        {
            var own = new XxHash128();
            Walk(walker, model, own);
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

    private static Walker Find(Type type)
    {
        var members = type.GetMembers(BindingFlags.Instance | BindingFlags.Public)
            .Where(m => m is PropertyInfo { CanRead: true } p && p.GetIndexParameters().Length == 0 || m is FieldInfo)
            .Where(m => !(m is PropertyInfo { Name: "EqualityContract" }))
            .OrderBy(m => m.Name, StringComparer.Ordinal) // by name: a native build has no metadata tokens
            .Select(m => new Member(m, KindOf(m is PropertyInfo p ? p.PropertyType : ((FieldInfo)m).FieldType)))
            .ToArray();
        return new Walker(type.FullName ?? type.Name, members);
    }

    private static Kind KindOf(Type t)
    {
        if (t == typeof(string)) return Kind.Text;
        if (t == typeof(bool)) return Kind.Flag;
        if (t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) || t.IsEnum) return Kind.Number;
        if (typeof(IEnumerable).IsAssignableFrom(t) && (t.IsClass || t.IsInterface)) return Kind.Sequence;
        return Kind.Value;
    }

    /// <summary>Hashes the type's name, then each member by its declared type.</summary>
    private static void Walk(Walker walker, object model, XxHash128 hash)
    {
        Append(hash, walker.TypeName);
        foreach (var member in walker.Members)
        {
            object? value;
            try
            {
                value = member.Read(model);
            }
            catch (TargetInvocationException)
            {
                // A computed property may throw for some values (Sections[0] of an empty list): that is a fact
                // about the model too, hashed as a mark rather than failing the build.
                Append(hash, "threw " + member.Info.Name);
                continue;
            }
            switch (member.Kind)
            {
                case Kind.Text: Append(hash, (string?)value); break;
                case Kind.Flag: Boolean(hash, (bool)value!); break;
                case Kind.Number: Number(hash, Convert.ToInt64(value)); break;
                case Kind.Sequence: Sequence(hash, (IEnumerable?)value); break;
                default: Value(hash, value); break;
            }
        }
    }
}
