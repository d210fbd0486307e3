namespace DigestSite.Images;

/// <summary>Resized images kept between builds, by the hash of the source's bytes and the width: a build that
/// finds one does not resize again. Without a folder (a build that writes nothing) every image is resized.</summary>
public sealed class ImageCache(string? folder)
{
    public static ImageCache None { get; } = new(null);

    public byte[] GetOrMake(string hash, int width, string extension, Func<byte[]> make)
    {
        if (folder is null) return make();
        var path = Path.Combine(folder, $"{hash}-{width}{extension}");
        try
        {
            if (File.Exists(path)) return File.ReadAllBytes(path);
        }
        catch (IOException) { }
        var bytes = make();
        try
        {
            Directory.CreateDirectory(folder);
            var temp = path + "." + Environment.CurrentManagedThreadId + ".tmp";
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next build the resizing.
        }
        return bytes;
    }
}
