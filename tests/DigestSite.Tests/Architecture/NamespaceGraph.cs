using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace DigestSite.Tests.Architecture;

/// <summary>
/// Which namespaces of a compiled assembly use which, read from its metadata with System.Reflection.Metadata:
/// a type uses the types named by its base type, its interfaces, its fields' and methods' signatures, its
/// methods' local variables and caught exceptions, and the instructions of its methods' bodies (a call, a field,
/// a type test, <c>typeof</c>: the type that declares the member, and every type of a generic instantiation).
/// A nested type, among them what the compiler makes for lambdas and iterators, counts as the top-level type it
/// is declared in. Only namespaces under <c>prefix</c> are kept, a folder's namespaces as one (a folder of the
/// library is a stage, and DigestSite.Content.Markup is part of DigestSite.Content); a namespace's use of itself
/// is left out.
/// </summary>
internal sealed class NamespaceGraph
{
    /// <summary>For each namespace, the namespaces it uses, each with one use as an example
    /// ("DigestSite.Site.SiteNewsroom uses DigestSite.Images.SiteImages").</summary>
    public required IReadOnlyDictionary<string, SortedDictionary<string, string>> Uses { get; init; }

    public static NamespaceGraph Read(string assemblyPath, string prefix)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var uses = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        var types = new TypeCollector(reader);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            types.Collect(type, pe);
            var from = types.TopLevel(handle);
            var fromNamespace = Folder(reader.GetString(reader.GetTypeDefinition(from).Namespace), prefix);
            foreach (var used in types.TakeFound())
            {
                var target = types.TopLevel(used);
                var toNamespace = Folder(reader.GetString(reader.GetTypeDefinition(target).Namespace), prefix);
                if (fromNamespace is null || toNamespace is null || fromNamespace == toNamespace) continue;
                if (!uses.TryGetValue(fromNamespace, out var targets)) uses[fromNamespace] = targets = new(StringComparer.Ordinal);
                targets.TryAdd(toNamespace, $"{types.FullName(from)} uses {types.FullName(target)}");
            }
        }
        return new NamespaceGraph { Uses = uses };
    }

    /// <summary>"DigestSite.Content" for "DigestSite.Content.Markup", the prefix itself for it, null outside it.</summary>
    private static string? Folder(string ns, string prefix)
    {
        if (ns == prefix) return ns;
        if (!ns.StartsWith(prefix + ".", StringComparison.Ordinal)) return null;
        var dot = ns.IndexOf('.', prefix.Length + 1);
        return dot < 0 ? ns : ns[..dot];
    }

    /// <summary>Gathers the types of this assembly that a type definition names, one type at a time.</summary>
    private sealed class TypeCollector(MetadataReader reader)
    {
        private readonly HashSet<TypeDefinitionHandle> _found = [];
        private readonly TypesInSignatures _signatures = new();

        public IEnumerable<TypeDefinitionHandle> TakeFound()
        {
            var found = _found.ToList();
            _found.Clear();
            return found;
        }

        public TypeDefinitionHandle TopLevel(TypeDefinitionHandle handle)
        {
            while (reader.GetTypeDefinition(handle).GetDeclaringType() is { IsNil: false } outer) handle = outer;
            return handle;
        }

        public string FullName(TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            return $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
        }

        public void Collect(TypeDefinition type, PEReader pe)
        {
            if (!type.BaseType.IsNil) Entity(type.BaseType);
            foreach (var i in type.GetInterfaceImplementations()) Entity(reader.GetInterfaceImplementation(i).Interface);
            foreach (var f in type.GetFields()) Add(reader.GetFieldDefinition(f).DecodeSignature(_signatures, null));
            foreach (var m in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(m);
                var signature = method.DecodeSignature(_signatures, null);
                Add(signature.ReturnType);
                foreach (var p in signature.ParameterTypes) Add(p);
                if (method.RelativeVirtualAddress != 0) Body(pe.GetMethodBody(method.RelativeVirtualAddress));
            }
        }

        private void Body(MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil)
                foreach (var local in reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(_signatures, null)) Add(local);
            foreach (var region in body.ExceptionRegions)
                if (!region.CatchType.IsNil) Entity(region.CatchType);
            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                var operand = IlOperands.Read(ref il);
                if (operand is { } token && MetadataTokens.Handle(token) is var handle && handle.Kind != HandleKind.UserString
                    && handle.Kind != HandleKind.StandaloneSignature)
                    Entity((EntityHandle)handle);
            }
        }

        private void Entity(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition: _found.Add((TypeDefinitionHandle)handle); break;
                case HandleKind.TypeSpecification:
                    Add(reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(_signatures, null)); break;
                case HandleKind.MethodDefinition:
                    _found.Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType()); break;
                case HandleKind.FieldDefinition:
                    _found.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()); break;
                case HandleKind.MemberReference: Entity(reader.GetMemberReference((MemberReferenceHandle)handle).Parent); break;
                case HandleKind.MethodSpecification:
                    var spec = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Entity(spec.Method);
                    foreach (var argument in spec.DecodeSignature(_signatures, null)) Add(argument);
                    break;
            }
        }

        private void Add(TypeDefinitionHandle[] types) => _found.UnionWith(types);
    }
}
