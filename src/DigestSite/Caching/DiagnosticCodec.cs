using DigestSite.Diagnostics;

namespace DigestSite.Caching;

/// <summary>Diagnostics in the build cache's binary form (page findings and parse problems alike).</summary>
internal static class DiagnosticCodec
{
    public static void WriteAll(CacheWriter w, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        w.Write7BitEncodedInt(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            w.WriteRepeated(d.Path);
            w.Write7BitEncodedInt(d.Line);
            w.Write7BitEncodedInt(d.Column);
            w.Write((byte)d.Severity);
            w.Write(d.Message);
            w.WriteRepeated(d.Rule);
            w.WriteOptional(d.Origin);
        }
    }

    public static Diagnostic[] ReadAll(CacheReader r)
    {
        var count = r.Count();
        if (count == 0) return [];
        var diagnostics = new Diagnostic[count];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var path = r.ReadRepeated();
            var line = r.Read7BitEncodedInt();
            var column = r.Read7BitEncodedInt();
            var severity = r.ReadByte() is var b && b <= (byte)Severity.Error ? (Severity)b : throw new InvalidDataException("build cache: bad severity");
            var message = r.ReadString();
            var rule = r.ReadRepeated();
            var origin = r.ReadOptionalString();
            diagnostics[i] = new Diagnostic(path, line, severity, message, rule) { Column = column, Origin = origin };
        }
        return diagnostics;
    }
}
