namespace DigestSite.Tests.Architecture;

/// <summary>
/// The cycles of a graph of namespaces: each group of namespaces that reach one another (a strongly connected
/// component, found with Tarjan's algorithm) of more than one namespace, written as one shortest cycle through
/// its first namespace, for example <c>["A", "B", "A"]</c>.
/// </summary>
internal static class NamespaceCycles
{
    public static List<List<string>> Find(IReadOnlyDictionary<string, SortedDictionary<string, string>> uses)
    {
        var next = (string n) => uses.TryGetValue(n, out var t) ? t.Keys : Enumerable.Empty<string>();
        var nodes = uses.Keys.Concat(uses.Values.SelectMany(t => t.Keys)).Distinct().Order(StringComparer.Ordinal).ToList();
        return Components(nodes, next).Where(c => c.Count > 1)
            .Select(c => ShortestCycle(c.Min(StringComparer.Ordinal)!, c.ToHashSet(), next)).ToList();
    }

    private static List<List<string>> Components(List<string> nodes, Func<string, IEnumerable<string>> next)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();
        void Visit(string n)
        {
            index[n] = low[n] = index.Count;
            stack.Push(n);
            onStack.Add(n);
            foreach (var m in next(n))
            {
                if (!index.ContainsKey(m)) { Visit(m); low[n] = Math.Min(low[n], low[m]); }
                else if (onStack.Contains(m)) low[n] = Math.Min(low[n], index[m]);
            }
            if (low[n] != index[n]) return;
            var component = new List<string>();
            string popped;
            do { popped = stack.Pop(); onStack.Remove(popped); component.Add(popped); } while (popped != n);
            result.Add(component);
        }
        foreach (var n in nodes)
            if (!index.ContainsKey(n)) Visit(n);
        return result;
    }

    /// <summary>A shortest way from <paramref name="start"/> back to itself inside its component (breadth first).</summary>
    private static List<string> ShortestCycle(string start, HashSet<string> component, Func<string, IEnumerable<string>> next)
    {
        var cameFrom = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var n = queue.Dequeue();
            foreach (var m in next(n).Where(component.Contains))
            {
                if (m == start)
                {
                    var path = new List<string> { start };
                    for (var at = n; at != start; at = cameFrom[at]) path.Insert(1, at);
                    path.Add(start);
                    return path;
                }
                if (cameFrom.TryAdd(m, n)) queue.Enqueue(m);
            }
        }
        throw new InvalidOperationException($"{start} is in a component of {component.Count} but on no cycle");
    }
}
