using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DigestSite.Content;

namespace DigestSite.Caching;

/// <summary>Writes and reads a <see cref="ParseResult"/> (diagnostics, the digest's title and front matter) in the
/// build cache's binary form. A digest's sections are not written: they are most of its size, and a rebuild
/// needs few of them, so <see cref="InputCache"/> reads them from the file when asked. Everything else is: a
/// parse result read back, with its sections from the file, must equal the one written (a test checks the
/// round trip on the sample site). Arrays are read into exactly sized arrays and wrapped as immutable ones,
/// without a builder each.</summary>
internal static class ParseResultCodec
{
    public static void Write(CacheWriter w, ParseResult result)
    {
        w.WriteRepeated(result.Path); // the record's key too
        DiagnosticCodec.WriteAll(w, result.Diagnostics);
        w.Write(result.Digest is not null);
        if (result.Digest is { } d) WriteDigest(w, d);
    }

    public static ParseResult Read(CacheReader r)
    {
        var path = r.ReadRepeated();
        var diagnostics = ImmutableCollectionsMarshal.AsImmutableArray(DiagnosticCodec.ReadAll(r));
        var digest = r.ReadBoolean() ? ReadDigest(r) : null;
        return new ParseResult(path, digest, diagnostics);
    }

    private static void WriteDigest(CacheWriter w, Digest d)
    {
        w.WriteRepeated(d.Title); // front matter often has it too
        w.Write7BitEncodedInt(d.TitleLine);
        var f = d.FrontMatter;
        OptionalRepeated(w, f.Title);
        WriteDate(w, f.Date);
        Strings(w, f.Topics, repeated: true);
        w.WriteOptional(f.Source);
        w.WriteOptional(f.Summary);
        w.WriteOptional(f.Image);
        w.Write(f.Draft);
        w.WriteOptional(f.Slug);
        w.WriteOptional(f.Section);
        NewsroomFieldsCodec.Write(w, d);
    }

    internal static void WriteDate(CacheWriter w, FrontMatterDate? value)
    {
        w.Write(value is not null);
        if (value is { } date)
        {
            w.Write(date.Value.Ticks);
            w.Write((byte)date.Value.Kind);
            w.Write(date.Offset is not null);
            if (date.Offset is { } offset) w.Write(offset.Ticks);
            w.Write(date.HasTime);
        }
    }

    private static Digest ReadDigest(CacheReader r)
    {
        var title = r.ReadRepeated();
        var titleLine = r.Read7BitEncodedInt();
        var frontMatter = new FrontMatter
        {
            Title = r.ReadBoolean() ? r.ReadRepeated() : null,
            Date = r.ReadBoolean() ? ReadDate(r) : null,
            Topics = ReadStrings(r, repeated: true),
            Source = r.ReadOptionalString(),
            Summary = r.ReadOptionalString(),
            Image = r.ReadOptionalString(),
            Draft = r.ReadBoolean(),
            Slug = r.ReadOptionalString(),
            Section = r.ReadOptionalString(),
        };
        var (withNewsroom, sources) = NewsroomFieldsCodec.Read(r, frontMatter);
        return new Digest(title, [], withNewsroom) { TitleLine = titleLine, Sources = sources }.WithDeferredSections(SectionsNotKept);
    }

    internal static FrontMatterDate ReadDate(CacheReader r)
    {
        var ticks = r.ReadInt64();
        var kind = r.ReadByte() is var k && k <= (byte)DateTimeKind.Local ? (DateTimeKind)k : throw new InvalidDataException("build cache: bad date kind");
        var offset = r.ReadBoolean() ? TimeSpan.FromTicks(r.ReadInt64()) : (TimeSpan?)null;
        return new FrontMatterDate(new DateTime(ticks, kind), offset, r.ReadBoolean());
    }

    private static ImmutableArray<Section> SectionsNotKept() =>
        throw new InvalidOperationException("a cached digest's sections are read from its file: take the digest from InputCache.Parse");

    /// <param name="repeated">Whether the items recur from digest to digest (topics do, paragraphs don't).</param>
    internal static void Strings(CacheWriter w, ImmutableArray<string> items, bool repeated)
    {
        w.Write7BitEncodedInt(items.Length);
        foreach (var item in items)
            if (repeated) w.WriteRepeated(item);
            else w.Write(item);
    }

    private static void OptionalRepeated(CacheWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.WriteRepeated(value);
    }

    internal static ImmutableArray<string> ReadStrings(CacheReader r, bool repeated)
    {
        var count = r.Count();
        if (count == 0) return [];
        var items = new string[count];
        for (var i = 0; i < items.Length; i++) items[i] = repeated ? r.ReadRepeated() : r.ReadString();
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }
}
