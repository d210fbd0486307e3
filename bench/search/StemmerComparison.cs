using System.Diagnostics;
using DigestSite.Search;
using DigestSite.Site;
using Lucene.Net.Analysis.En;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace DigestSite.Bench.Search;

/// <summary>
/// Snowball (what the index uses) against simpler options on a site's own words: Lucene's minimal English
/// stemmer (plurals only) and no stemming. Prints, for each, the time to stem every word of every digest, the
/// number of distinct terms, and which forms of a few common news words it brings together.
/// </summary>
public static class StemmerComparison
{
    private static readonly string[][] Families =
    [
        ["minister", "ministers"], ["vote", "votes", "voted", "voting"], ["election", "elections"],
        ["talk", "talks", "talked"], ["agree", "agreed", "agreement"], ["rebuild", "rebuilds", "rebuilding"],
        ["economy", "economies"], ["protest", "protests", "protesters"], ["rise", "rises", "rising"],
    ];

    public static void Run(SiteModel site)
    {
        var words = new List<string>();
        foreach (var d in site.Digests)
        {
            words.AddRange(WordSplitter.Words(d.Title).Select(w => WordFolding.Lower(w.Word)));
            foreach (var s in d.Content.Sections)
                foreach (var p in s.Paragraphs) words.AddRange(WordSplitter.Words(p).Select(w => WordFolding.Lower(w.Word)));
        }
        var snowball = new EnglishStemmer();
        var minimal = new EnglishMinimalStemmer();
        var options = new (string Name, Func<string, string> Stem)[]
        {
            ("Snowball (English)", w => { snowball.SetCurrent(w); snowball.Stem(); return snowball.Current; }),
            ("minimal (plurals)", w => { var c = w.ToCharArray(); return new string(c, 0, minimal.Stem(c, c.Length)); }),
            ("none", w => w),
        };
        Console.WriteLine($"| stemmer | words stemmed | ms | distinct terms | families joined (of {Families.Length}) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, stem) in options)
        {
            var clock = Stopwatch.StartNew();
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in words) distinct.Add(stem(w));
            var ms = clock.ElapsedMilliseconds;
            var joined = Families.Count(f => f.Select(stem).Distinct().Count() == 1);
            Console.WriteLine($"| {name} | {words.Count} | {ms} | {distinct.Count} | {joined} |");
        }
    }
}
