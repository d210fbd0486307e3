using SkiaSharp;

namespace DigestSite.Images;

/// <summary>Reads an image's size and makes narrower copies of it, with SkiaSharp (chosen over ImageSharp 2.1:
/// see bench/RESULTS.md). The copy keeps the source's format where SkiaSharp writes it (JPEG, PNG, WebP), else
/// becomes a PNG.</summary>
public static class ImageResizer
{
    public const int JpegQuality = 82;

    /// <summary>Names the way copies are made: part of a cached copy's name, so a change here (quality,
    /// filter) is not served from copies made the old way. Bump it with any such change.</summary>
    public const string Version = "s1q82";

    /// <summary>The image's pixel size and the file extension its copies get, or null when it is not an image
    /// SkiaSharp reads. Reads the header only.</summary>
    public static (int Width, int Height, string Extension, string MediaType)? Probe(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        var (ext, type) = Output(codec.EncodedFormat);
        // A photo's orientation tag turns it: its shown size is the turned one.
        return Turned(codec.EncodedOrigin) ? (codec.Info.Height, codec.Info.Width, ext, type) : (codec.Info.Width, codec.Info.Height, ext, type);
    }

    /// <summary>The image <paramref name="width"/> pixels wide (height in proportion), encoded as
    /// <see cref="Probe"/> says.</summary>
    public static byte[] Resize(byte[] bytes, int width, int height)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("not an image SkiaSharp reads");
        using var decoded = DecodeAtLeast(codec, Turned(codec.EncodedOrigin) ? height : width);
        using var upright = Upright(decoded, codec.EncodedOrigin);
        using var resized = upright.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, upright.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul),
            new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? throw new InvalidDataException("the image could not be resized");
        using var image = SKImage.FromBitmap(resized);
        var format = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => SKEncodedImageFormat.Jpeg,
            SKEncodedImageFormat.Webp => SKEncodedImageFormat.Webp,
            _ => SKEncodedImageFormat.Png,
        };
        using var encoded = image.Encode(format, JpegQuality);
        return encoded.ToArray();
    }

    /// <summary>Decodes the image at the smallest scale the codec offers (a JPEG: 1/8, 1/4, 1/2) that is still
    /// at least <paramref name="width"/> wide: most of the work of a small copy is decoding pixels it drops.</summary>
    private static SKBitmap DecodeAtLeast(SKCodec codec, int width)
    {
        var size = codec.Info.Size;
        foreach (var scale in new[] { 0.125f, 0.25f, 0.5f })
        {
            var scaled = codec.GetScaledDimensions(scale);
            if (scaled.Width >= width && scaled.Width < size.Width) { size = scaled; break; }
        }
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            throw new InvalidDataException($"the image could not be decoded ({result})");
        }
        return bitmap;
    }

    private static bool Turned(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static (string Extension, string MediaType) Output(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => (".jpg", "image/jpeg"),
        SKEncodedImageFormat.Webp => (".webp", "image/webp"),
        _ => (".png", "image/png"),
    };

    /// <summary>The bitmap turned as its orientation tag says (a copy; the same pixels when upright).</summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft) return bitmap.Copy();
        var turned = Turned(origin);
        var result = new SKBitmap(turned ? bitmap.Height : bitmap.Width, turned ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(result);
        var (w, h) = (result.Width, result.Height);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Scale(-1, 1, w / 2f, 0); break;
            case SKEncodedOrigin.BottomRight: canvas.RotateDegrees(180, w / 2f, h / 2f); break;
            case SKEncodedOrigin.BottomLeft: canvas.Scale(1, -1, 0, h / 2f); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(w, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, h); canvas.RotateDegrees(270); break;
            case SKEncodedOrigin.LeftTop: canvas.Translate(0, 0); canvas.RotateDegrees(90); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.RightBottom: canvas.Translate(w, h); canvas.RotateDegrees(270); canvas.Scale(1, -1); break;
        }
        canvas.DrawBitmap(bitmap, 0, 0);
        return result;
    }
}
