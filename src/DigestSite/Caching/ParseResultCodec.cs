using System.Collections.Immutable;
using DigestSite.Content;
using DigestSite.Diagnostics;

namespace DigestSite.Caching;

/// <summary>Writes and reads a <see cref="ParseResult"/> (digest, front matter, diagnostics) in the build cache's
/// binary form. Every member of the content model is written: a parse result read back must equal the one
/// written (a test checks the round trip on the sample site).</summary>
internal static class ParseResultCodec
{
    public static void Write(BinaryWriter w, ParseResult result)
    {
        w.Write(result.Path);
        DiagnosticCodec.WriteAll(w, result.Diagnostics);
        w.Write(result.Digest is not null);
        if (result.Digest is { } d) WriteDigest(w, d);
    }

    public static ParseResult Read(BinaryReader r)
    {
        var path = r.ReadString();
        var diagnostics = DiagnosticCodec.ReadAll(r).ToImmutableArray();
        var digest = r.ReadBoolean() ? ReadDigest(r) : null;
        return new ParseResult(path, digest, diagnostics);
    }

    private static void WriteDigest(BinaryWriter w, Digest d)
    {
        w.Write(d.Title);
        w.Write(d.TitleLine);
        w.Write(d.Sections.Length);
        foreach (var s in d.Sections)
        {
            w.Write(s.Label);
            w.Write(s.Headline);
            w.Write(s.Line);
            Strings(w, s.Paragraphs);
        }
        var f = d.FrontMatter;
        Optional(w, f.Title);
        w.Write(f.Date is not null);
        if (f.Date is { } date)
        {
            w.Write(date.Value.Ticks);
            w.Write((byte)date.Value.Kind);
            w.Write(date.Offset is not null);
            if (date.Offset is { } offset) w.Write(offset.Ticks);
            w.Write(date.HasTime);
        }
        Strings(w, f.Topics);
        Optional(w, f.Source);
        Optional(w, f.Summary);
        Optional(w, f.Image);
        w.Write(f.Draft);
        Optional(w, f.Slug);
    }

    private static Digest ReadDigest(BinaryReader r)
    {
        var title = r.ReadString();
        var titleLine = r.ReadInt32();
        var sections = ImmutableArray.CreateBuilder<Section>(CacheFile.Count(r));
        for (var i = 0; i < sections.Capacity; i++)
        {
            var label = r.ReadString();
            var headline = r.ReadString();
            var line = r.ReadInt32();
            sections.Add(new Section(label, headline, ReadStrings(r)) { Line = line });
        }
        var frontMatter = new FrontMatter
        {
            Title = ReadOptional(r),
            Date = r.ReadBoolean()
                ? new FrontMatterDate(new DateTime(r.ReadInt64(), (DateTimeKind)r.ReadByte()), r.ReadBoolean() ? TimeSpan.FromTicks(r.ReadInt64()) : null, r.ReadBoolean())
                : null,
            Topics = ReadStrings(r),
            Source = ReadOptional(r),
            Summary = ReadOptional(r),
            Image = ReadOptional(r),
            Draft = r.ReadBoolean(),
            Slug = ReadOptional(r),
        };
        return new Digest(title, sections.MoveToImmutable(), frontMatter) { TitleLine = titleLine };
    }

    private static void Strings(BinaryWriter w, ImmutableArray<string> items)
    {
        w.Write(items.Length);
        foreach (var item in items) w.Write(item);
    }

    private static ImmutableArray<string> ReadStrings(BinaryReader r)
    {
        var items = ImmutableArray.CreateBuilder<string>(CacheFile.Count(r));
        for (var i = 0; i < items.Capacity; i++) items.Add(r.ReadString());
        return items.MoveToImmutable();
    }

    private static void Optional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
