using System.Runtime.CompilerServices;

namespace DigestSite.Topics;

/// <summary>
/// How the hot code of topic extraction is compiled. A build runs it once, over every word of every digest, in a
/// fresh process, so it must start out as optimised machine code: the published command is precompiled
/// (ReadyToRun) with tiered compilation off, which gives exactly that. Loops are not marked
/// <see cref="MethodImplOptions.AggressiveOptimization"/>: such a method is left out of the precompiled image and
/// JIT-compiled at every start (about 20 methods, tens of milliseconds of a rebuild). The small helpers called per
/// word or character are inlined into the loops.
/// </summary>
internal static class HotPath
{
    /// <summary>A method whose loop runs over the words or characters of the corpus (no special treatment:
    /// the marker says where the hot loops are).</summary>
    public const MethodImplOptions Loop = 0;

    /// <summary>A small helper called per word or character.</summary>
    public const MethodImplOptions Helper = MethodImplOptions.AggressiveInlining;
}
