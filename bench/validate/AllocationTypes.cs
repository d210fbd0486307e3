using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

/// <summary>Samples allocations by type (the runtime's AllocationTick event, one per ~100 KB allocated).</summary>
sealed class AllocationTypes : EventListener
{
    public readonly ConcurrentDictionary<string, long> Bytes = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick") != true || e.Payload is null) return;
        var type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
        Bytes.AddOrUpdate(type, amount, (_, v) => v + amount);
    }

    public void Print()
    {
        var total = Bytes.Values.Sum();
        foreach (var (type, bytes) in Bytes.OrderByDescending(p => p.Value).Take(25))
            Console.WriteLine($"{100.0 * bytes / total,5:F1}% {bytes / 1048576.0,8:F1} MiB  {type}");
    }
}
