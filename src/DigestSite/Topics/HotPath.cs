using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>
/// How the hot code of topic extraction is compiled. A build runs it once, over every word of every digest,
/// in a fresh process: left to tiered compilation, much of that run would pass in unoptimised first-tier code
/// (a method is recompiled only after enough calls and a pause in compiling, which a busy build rarely
/// gives). So loops over the corpus's words are compiled optimised at their first call, and the small
/// helpers they call per word or character are inlined into them.
/// </summary>
internal static class HotPath
{
    /// <summary>A method whose loop runs over the words or characters of the corpus.</summary>
    public const MethodImplOptions Loop = MethodImplOptions.AggressiveOptimization;

    /// <summary>A small helper called per word or character (optimised too, where it cannot be inlined).</summary>
    public const MethodImplOptions Helper = MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization;
}
