using DigestSite.Build;
using DigestSite.Tests.Support;
using SkiaSharp;

namespace DigestSite.Tests.EndToEnd;

/// <summary>A French site with what a newsroom publishes: a local lead image (beside the digest) and one from
/// <c>static/</c>, a remote one, links and emphasis, Source: lines and front matter sources, a configured author
/// and a name alone, an update with a correction and a time of day. Built once for the tests that read it.</summary>
public sealed class NewsroomSite : IDisposable
{
    public const string BaseUrl = "https://news.example/fr/";

    public NewsroomSite()
    {
        Site = new TempSite($"site:\n  title: \"Le Digest\"\n  baseUrl: \"{BaseUrl}\"\n  language: fr\n  timezone: Europe/Paris\n"
            + "authors:\n  mdupont:\n    name: \"Marie Dupont\"\n    bio: \"Journaliste, couvre les ports.\"\n    url: \"https://marie.example/\"\n");
        WriteImage(Path.Combine(Site.Input, "2026", "port.jpg"), 1800, 1200, SKEncodedImageFormat.Jpeg);
        WriteImage(Path.Combine(Site.Dir, "static", "img", "quai.png"), 640, 480, SKEncodedImageFormat.Png);
        File.WriteAllText(Path.Combine(Site.Dir, "static", "robots-extra.txt"), "kept as is\n");
        Site.AddDigest("2026/2026-11-20-port.txt", string.Join("\n",
            "---",
            "date: 2026-11-20T09:30",
            "updated: 2026-11-21T14:05",
            "correction: \"Une version précédente donnait un mauvais montant.\"",
            "author: [mdupont, Paul Martin]",
            "image: port.jpg",
            "imageAlt: \"Le port au lever du soleil\"",
            "imageCaption: \"Le quai nord rouvert\"",
            "imageCredit: \"Paul Martin\"",
            "sources: [https://example.org/port, {title: \"Communiqué de la ville\", url: \"https://ville.example/c\"}]",
            "---",
            "Le port de Marseille rouvre son quai nord",
            "L'essentiel",
            "Le port a rouvert son quai nord après des **travaux** de deux ans, selon [la mairie](https://ville.example/quai).",
            "Les détails sont sur https://port.example/infos et la *carte* du site.",
            "Les chiffres",
            "Un budget de 40 millions",
            "Le chantier a coûté 40 millions d'euros, financés par la région.",
            "Source: [La région](https://region.example/budget)",
            "Et après",
            "Une deuxième phase en 2027",
            "Les travaux reprendront au printemps pour le quai sud.",
            ""));
        Site.AddDigest("2026-11-19-quai.txt", string.Join("\n",
            "---", "author: Paul Martin", "image: /img/quai.png", "imageAlt: \"Le quai sud\"", "---",
            "Le quai sud attend son tour", "L'essentiel",
            "Le quai sud reste fermé jusqu'en 2027, et les bateaux sont déviés vers le nord.", ""));
        Site.AddDigest("2026-11-18-distant.txt", string.Join("\n",
            "---", "image: https://cdn.example/photo.jpg", "imageAlt: \"Une photo distante\"", "---",
            "Une photo hébergée ailleurs", "What's the story",
            "Ce digest garde une image distante et une phrase en anglais pour le marqueur.", ""));
        Result = Site.Build(o => o with { Clean = true });
    }

    public TempSite Site { get; }
    public BuildResult Result { get; }

    public string Page(string relative) => Site.ReadOutput(relative);

    public static void WriteImage(string path, int width, int height, SKEncodedImageFormat format)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [SKColors.Navy, SKColors.Orange], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 85);
        File.WriteAllBytes(path, data.ToArray());
    }

    public void Dispose() => Site.Dispose();
}
