using DigestSite.Diagnostics;

namespace DigestSite.Caching;

/// <summary>Diagnostics in the build cache's binary form (page findings and parse problems alike).</summary>
internal static class DiagnosticCodec
{
    public static void WriteAll(BinaryWriter w, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        w.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            w.Write(d.Path);
            w.Write(d.Line);
            w.Write(d.Column);
            w.Write((byte)d.Severity);
            w.Write(d.Message);
            w.Write(d.Rule);
            w.Write(d.Origin is not null);
            if (d.Origin is not null) w.Write(d.Origin);
        }
    }

    public static Diagnostic[] ReadAll(BinaryReader r)
    {
        var diagnostics = new Diagnostic[CacheFile.Count(r)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var path = r.ReadString();
            var line = r.ReadInt32();
            var column = r.ReadInt32();
            var severity = r.ReadByte() is var b && b <= (byte)Severity.Error ? (Severity)b : throw new FormatException("bad severity");
            var message = r.ReadString();
            var rule = r.ReadString();
            var origin = r.ReadBoolean() ? r.ReadString() : null;
            diagnostics[i] = new Diagnostic(path, line, severity, message, rule) { Column = column, Origin = origin };
        }
        return diagnostics;
    }
}
