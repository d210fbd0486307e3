using System.Collections.Immutable;
using DigestSite.Content;

namespace DigestSite.Caching;

/// <summary>The newsroom fields of a digest (update, correction, authors, image texts, sources) in the build
/// cache, after the fields <see cref="ParseResultCodec"/> writes itself.</summary>
internal static class NewsroomFieldsCodec
{
    public static void Write(CacheWriter w, Digest d)
    {
        var f = d.FrontMatter;
        ParseResultCodec.WriteDate(w, f.Updated);
        w.WriteOptional(f.Correction);
        ParseResultCodec.Strings(w, f.Authors, repeated: true);
        w.WriteOptional(f.ImageAlt);
        w.WriteOptional(f.ImageCaption);
        w.WriteOptional(f.ImageCredit);
        w.Write7BitEncodedInt(f.ImageLine);
        Sources(w, f.Sources);
        Sources(w, d.Sources);
    }

    public static (FrontMatter FrontMatter, ImmutableArray<SourceRef> Sources) Read(CacheReader r, FrontMatter f)
    {
        var read = f with
        {
            Updated = r.ReadBoolean() ? ParseResultCodec.ReadDate(r) : null,
            Correction = r.ReadOptionalString(),
            Authors = ParseResultCodec.ReadStrings(r, repeated: true),
            ImageAlt = r.ReadOptionalString(),
            ImageCaption = r.ReadOptionalString(),
            ImageCredit = r.ReadOptionalString(),
            ImageLine = r.Read7BitEncodedInt(),
            Sources = ReadSources(r),
        };
        return (read, ReadSources(r));
    }

    private static void Sources(CacheWriter w, ImmutableArray<SourceRef> sources)
    {
        w.Write7BitEncodedInt(sources.Length);
        foreach (var s in sources)
        {
            w.Write(s.Title);
            w.WriteOptional(s.Url);
        }
    }

    private static ImmutableArray<SourceRef> ReadSources(CacheReader r)
    {
        var count = r.Count();
        if (count == 0) return [];
        var items = new SourceRef[count];
        for (var i = 0; i < count; i++) items[i] = new SourceRef(r.ReadString(), r.ReadOptionalString());
        return [.. items];
    }
}
