using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace DigestSite.Tests.Architecture;

/// <summary>Decodes a signature (a field's type, a method's parameters, a generic instantiation) into the types
/// of this assembly it names, <c>Dictionary&lt;string, SiteModel&gt;</c> giving <c>SiteModel</c>; types of other
/// assemblies and generic parameters name none.</summary>
internal sealed class TypesInSignatures : ISignatureTypeProvider<TypeDefinitionHandle[], object?>
{
    public TypeDefinitionHandle[] GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [handle];

    public TypeDefinitionHandle[] GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [];

    public TypeDefinitionHandle[] GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public TypeDefinitionHandle[] GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

    public TypeDefinitionHandle[] GetGenericInstantiation(TypeDefinitionHandle[] genericType, ImmutableArray<TypeDefinitionHandle[]> typeArguments) =>
        [.. genericType, .. typeArguments.SelectMany(a => a)];

    public TypeDefinitionHandle[] GetGenericMethodParameter(object? genericContext, int index) => [];

    public TypeDefinitionHandle[] GetGenericTypeParameter(object? genericContext, int index) => [];

    public TypeDefinitionHandle[] GetFunctionPointerType(MethodSignature<TypeDefinitionHandle[]> signature) =>
        [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

    public TypeDefinitionHandle[] GetModifiedType(TypeDefinitionHandle[] modifier, TypeDefinitionHandle[] unmodifiedType, bool isRequired) =>
        [.. modifier, .. unmodifiedType];

    public TypeDefinitionHandle[] GetArrayType(TypeDefinitionHandle[] elementType, ArrayShape shape) => elementType;

    public TypeDefinitionHandle[] GetSZArrayType(TypeDefinitionHandle[] elementType) => elementType;

    public TypeDefinitionHandle[] GetByReferenceType(TypeDefinitionHandle[] elementType) => elementType;

    public TypeDefinitionHandle[] GetPointerType(TypeDefinitionHandle[] elementType) => elementType;

    public TypeDefinitionHandle[] GetPinnedType(TypeDefinitionHandle[] elementType) => elementType;
}
