using DigestSite.Diagnostics;
using DigestSite.Validation;

namespace DigestSite.Caching;

/// <summary>What an earlier build knew of one page: the key of everything its bytes were rendered from, the
/// size and last-write time its file had once written (so a hand-edited or deleted file is noticed), and the
/// first validation pass's result on those bytes.</summary>
public sealed record CachedPage(byte[] RenderKey, long Size, DateTime LastWriteUtc, CachedCheck Check);

/// <summary>A <see cref="PageResult"/> without the page: findings, anchors (in its order) and fragment links.</summary>
public sealed record CachedCheck(Diagnostic[] Findings, string[] Anchors, FragmentLink[] FragmentLinks)
{
    /// <summary>For outputs that are not pages (feeds): nothing was checked.</summary>
    public static CachedCheck None { get; } = new([], [], []);

    public static CachedCheck From(PageResult result) => new(result.Findings, result.Anchors, result.FragmentLinks);
}
