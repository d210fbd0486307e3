namespace DigestSite.Publishing;

/// <summary>
/// Publishes a site: builds it with the production base URL and puts the result on a folder or a git branch,
/// atomically. Consumes the build's output folder; knows nothing of the stages inside it.
/// </summary>
public static class Publisher
{
    public static PublishResult Publish(PublishOptions options) => options.Target switch
    {
        FolderTarget folder => FolderPublisher.Publish(options, folder),
        GitTarget git => GitPublisher.Publish(options, git),
        _ => throw new ArgumentOutOfRangeException(nameof(options), "unknown publish target"),
    };
}
