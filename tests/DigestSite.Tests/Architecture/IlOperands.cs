using System.Reflection.Metadata;

namespace DigestSite.Tests.Architecture;

/// <summary>Steps through a method body's instructions (ECMA-335, partition III): reads one instruction and
/// returns its metadata token when its operand is one (a method, a field, a type, a string), else null.</summary>
internal static class IlOperands
{
    public static int? Read(ref BlobReader il)
    {
        var first = il.ReadByte();
        var op = (ILOpCode)(first == 0xFE ? 0xFE00 | il.ReadByte() : first);
        switch (op)
        {
            case ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Newobj or ILOpCode.Jmp or ILOpCode.Calli
                or ILOpCode.Ldftn or ILOpCode.Ldvirtftn or ILOpCode.Ldstr or ILOpCode.Ldtoken
                or ILOpCode.Ldfld or ILOpCode.Ldflda or ILOpCode.Stfld or ILOpCode.Ldsfld or ILOpCode.Ldsflda or ILOpCode.Stsfld
                or ILOpCode.Castclass or ILOpCode.Isinst or ILOpCode.Box or ILOpCode.Unbox or ILOpCode.Unbox_any
                or ILOpCode.Newarr or ILOpCode.Ldelema or ILOpCode.Ldelem or ILOpCode.Stelem
                or ILOpCode.Initobj or ILOpCode.Cpobj or ILOpCode.Ldobj or ILOpCode.Stobj or ILOpCode.Sizeof
                or ILOpCode.Mkrefany or ILOpCode.Refanyval or ILOpCode.Constrained:
                return il.ReadInt32();
            case ILOpCode.Switch:
                var targets = il.ReadInt32();
                il.Offset += 4 * targets;
                return null;
            case ILOpCode.Ldc_i8 or ILOpCode.Ldc_r8:
                il.Offset += 8;
                return null;
            case ILOpCode.Br or ILOpCode.Brfalse or ILOpCode.Brtrue or ILOpCode.Beq or ILOpCode.Bge or ILOpCode.Bgt
                or ILOpCode.Ble or ILOpCode.Blt or ILOpCode.Bne_un or ILOpCode.Bge_un or ILOpCode.Bgt_un or ILOpCode.Ble_un
                or ILOpCode.Blt_un or ILOpCode.Leave or ILOpCode.Ldc_i4 or ILOpCode.Ldc_r4:
                il.Offset += 4;
                return null;
            case ILOpCode.Ldarg or ILOpCode.Ldarga or ILOpCode.Starg or ILOpCode.Ldloc or ILOpCode.Ldloca or ILOpCode.Stloc:
                il.Offset += 2;
                return null;
            case ILOpCode.Br_s or ILOpCode.Brfalse_s or ILOpCode.Brtrue_s or ILOpCode.Beq_s or ILOpCode.Bge_s or ILOpCode.Bgt_s
                or ILOpCode.Ble_s or ILOpCode.Blt_s or ILOpCode.Bne_un_s or ILOpCode.Bge_un_s or ILOpCode.Bgt_un_s
                or ILOpCode.Ble_un_s or ILOpCode.Blt_un_s or ILOpCode.Leave_s or ILOpCode.Ldc_i4_s
                or ILOpCode.Ldarg_s or ILOpCode.Ldarga_s or ILOpCode.Starg_s or ILOpCode.Ldloc_s or ILOpCode.Ldloca_s
                or ILOpCode.Stloc_s or ILOpCode.Unaligned:
                il.Offset += 1;
                return null;
            default:
                return null;
        }
    }
}
