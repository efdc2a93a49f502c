package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.*;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.ScalarSubquery;
import io.kakaorm.lambda.SymbolicValue.Arr;
import io.kakaorm.lambda.SymbolicValue.Cmp;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Row;
import io.kakaorm.lambda.SymbolicValue.Th;
import io.kakaorm.lambda.SymbolicValue.Uninit;
import io.kakaorm.lambda.SymbolicValue.Unknown;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * The JVM semantics of the decoder: row values become {@link Expr}s, everything else stays a Java
 * {@link Thunk}. Branches, returns, constructors and array stores are the {@link PathExecutor}'s job.
 */
final class SymbolicInterpreter extends Interpreter<SymbolicValue> {
    private static final BinaryOp[] ARITH = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV, BinaryOp.MOD};
    private static final Type[] ARITH_TYPES = {Type.INT_TYPE, Type.LONG_TYPE, Type.FLOAT_TYPE, Type.DOUBLE_TYPE};

    private final DecodeContext ctx;
    private final MethodNode method;
    private final InvokeTranslator invokes;

    SymbolicInterpreter(DecodeContext ctx, MethodNode method) {
        super(ASM9);
        this.ctx = ctx;
        this.method = method;
        this.invokes = new InvokeTranslator(ctx);
    }

    @Override
    public SymbolicValue newValue(Type type) {
        return type == Type.VOID_TYPE ? null : new Unknown(type);
    }

    @Override
    public SymbolicValue newOperation(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        switch (op) {
            case ACONST_NULL:
                return constant(null, JvmTypes.OBJECT);
            case ICONST_M1:
            case ICONST_0:
            case ICONST_1:
            case ICONST_2:
            case ICONST_3:
            case ICONST_4:
            case ICONST_5:
                return constant(op - ICONST_0, Type.INT_TYPE);
            case LCONST_0:
            case LCONST_1:
                return constant((long) (op - LCONST_0), Type.LONG_TYPE);
            case FCONST_0:
            case FCONST_1:
            case FCONST_2:
                return constant((float) (op - FCONST_0), Type.FLOAT_TYPE);
            case DCONST_0:
            case DCONST_1:
                return constant((double) (op - DCONST_0), Type.DOUBLE_TYPE);
            case BIPUSH:
            case SIPUSH:
                return constant(((IntInsnNode) insn).operand, Type.INT_TYPE);
            case LDC:
                return ldc(((LdcInsnNode) insn).cst);
            case GETSTATIC: {
                FieldInsnNode f = (FieldInsnNode) insn;
                return new Th(new Thunk.GetStatic(f.owner, f.name, f.desc), Type.getType(f.desc));
            }
            case NEW:
                return new Uninit(method.instructions.indexOf(insn), Type.getObjectType(((TypeInsnNode) insn).desc));
            default:
                throw new Reject("the instruction " + op);
        }
    }

    private static Th constant(Object value, Type type) {
        return new Th(new Thunk.Const(value), type);
    }

    private static Th ldc(Object cst) {
        if (cst instanceof Integer) {
            return constant(cst, Type.INT_TYPE);
        } else if (cst instanceof Long) {
            return constant(cst, Type.LONG_TYPE);
        } else if (cst instanceof Float) {
            return constant(cst, Type.FLOAT_TYPE);
        } else if (cst instanceof Double) {
            return constant(cst, Type.DOUBLE_TYPE);
        } else if (cst instanceof String) {
            return constant(cst, JvmTypes.STRING);
        } else if (cst instanceof Type && ((Type) cst).getSort() != Type.METHOD) {
            return constant(cst, Type.getObjectType("java/lang/Class"));
        } else if (cst instanceof ConstantDynamic) {
            throw new Reject("a dynamic constant");
        }
        throw new Reject("the constant " + cst);
    }

    @Override
    public SymbolicValue copyOperation(AbstractInsnNode insn, SymbolicValue value) {
        return value;
    }

    @Override
    public SymbolicValue unaryOperation(AbstractInsnNode insn, SymbolicValue v) {
        int op = insn.getOpcode();
        switch (op) {
            case INEG:
            case LNEG:
            case FNEG:
            case DNEG:
                return DecodeContext.dependsOnRow(v)
                        ? new Ex(Numeric.negate(ctx.expr(v), op == LNEG, op == FNEG || op == DNEG), v.type())
                        : new Th(new Thunk.Unary(op, ctx.thunk(v)), v.type());
            case IINC: {
                int delta = ((IincInsnNode) insn).incr;
                if (DecodeContext.dependsOnRow(v)) {
                    return new Ex(
                            Numeric.integral(
                                    BinaryOp.ADD,
                                    ctx.expr(v),
                                    ctx.params.param(new Thunk.Const(delta), Type.INT_TYPE),
                                    false),
                            Type.INT_TYPE);
                }
                return new Th(new Thunk.Binary(IADD, ctx.thunk(v), new Thunk.Const(delta)), Type.INT_TYPE);
            }
            case I2L:
            case I2F:
            case I2D:
            case L2F:
            case L2D:
            case F2D:
                return convert(op, v, true);
            case L2I:
            case F2I:
            case F2L:
            case D2I:
            case D2L:
            case D2F:
            case I2B:
            case I2C:
            case I2S:
                return convert(op, v, false);
            case IFEQ:
            case IFNE:
            case IFLT:
            case IFGE:
            case IFGT:
            case IFLE:
            case IFNULL:
            case IFNONNULL:
            case IRETURN:
            case LRETURN:
            case FRETURN:
            case DRETURN:
            case ARETURN:
                return null;
            case TABLESWITCH:
            case LOOKUPSWITCH:
                throw new Reject("a switch", "use a ternary (cond ? a : b) instead");
            case PUTSTATIC:
                throw new Reject(
                        "assigning the static field " + ((FieldInsnNode) insn).name,
                        "query lambdas must not change state");
            case GETFIELD:
                return getField((FieldInsnNode) insn, v);
            case NEWARRAY:
            case ANEWARRAY:
                return newArray(insn, v);
            case ARRAYLENGTH:
                if (v instanceof Arr) {
                    return constant(((Arr) v).elements().size(), Type.INT_TYPE);
                }
                return new Th(new Thunk.Unary(op, ctx.thunk(v)), Type.INT_TYPE);
            case ATHROW:
                throw new Reject("throwing an exception");
            case CHECKCAST:
                return checkCast((TypeInsnNode) insn, v);
            case INSTANCEOF:
                throw new Reject("instanceof");
            case MONITORENTER:
            case MONITOREXIT:
                throw new Reject("synchronized");
            default:
                throw new Reject("the instruction " + op);
        }
    }

    private SymbolicValue convert(int op, SymbolicValue v, boolean widening) {
        Type to;
        switch (op) {
            case I2L:
            case F2L:
            case D2L:
                to = Type.LONG_TYPE;
                break;
            case I2F:
            case L2F:
            case D2F:
                to = Type.FLOAT_TYPE;
                break;
            case I2D:
            case L2D:
            case F2D:
                to = Type.DOUBLE_TYPE;
                break;
            case I2B:
                to = Type.BYTE_TYPE;
                break;
            case I2C:
                to = Type.CHAR_TYPE;
                break;
            case I2S:
                to = Type.SHORT_TYPE;
                break;
            default:
                to = Type.INT_TYPE;
        }
        if (!DecodeContext.dependsOnRow(v)) {
            return new Th(new Thunk.Unary(op, ctx.thunk(v)), to);
        }
        // Java's conversion: int/float to double keep the value, long to double rounds, narrowing truncates
        // toward zero or wraps around (the Java type is recorded in the frame)
        return new Ex(Numeric.convert(op, ctx.expr(v)), to);
    }

    private SymbolicValue getField(FieldInsnNode f, SymbolicValue v) {
        Type type = Type.getType(f.desc);
        if (v instanceof Row row && RelationPaths.isRelation(row.model(), f.name)) {
            return RelationPaths.start(row, f.name, type);
        }
        if (v instanceof Row) {
            Row row = (Row) v;
            return new Ex(ctx.field(row, new ColumnRef(ctx.column(row, f.name), row.source())), type);
        }
        if (v instanceof SymbolicValue.Rel rel) {
            return RelationPaths.field(rel, f.name, type);
        }
        if (DecodeContext.dependsOnRow(v)) {
            throw new Reject("reading field " + f.name + " of " + DecodeContext.describe(v));
        }
        return new Th(new Thunk.GetField(ctx.thunk(v), f.owner, f.name, f.desc), type);
    }

    private SymbolicValue newArray(AbstractInsnNode insn, SymbolicValue size) {
        Type elem;
        if (insn.getOpcode() == ANEWARRAY) {
            elem = Type.getObjectType(((TypeInsnNode) insn).desc);
        } else {
            elem = primitiveArrayElement(((IntInsnNode) insn).operand);
        }
        Type arrayType = Type.getType("[" + elem.getDescriptor());
        Integer n = DecodeContext.intConstant(size);
        if (n == null || n < 0 || n > 1000) {
            if (DecodeContext.dependsOnRow(size)) {
                throw new Reject("an array whose size depends on the row");
            }
            throw new Reject("an array of computed size", "build the collection outside the lambda");
        }
        Object zero = elem.getSort() == Type.OBJECT || elem.getSort() == Type.ARRAY ? null : defaultValue(elem);
        List<SymbolicValue> elems = new ArrayList<>(Collections.nCopies(n, constant(zero, elem)));
        return new Arr(method.instructions.indexOf(insn), arrayType, elems);
    }

    private static Object defaultValue(Type t) {
        switch (t.getSort()) {
            case Type.LONG:
                return 0L;
            case Type.FLOAT:
                return 0f;
            case Type.DOUBLE:
                return 0d;
            default:
                return 0;
        }
    }

    private static Type primitiveArrayElement(int operand) {
        switch (operand) {
            case T_BOOLEAN:
                return Type.BOOLEAN_TYPE;
            case T_CHAR:
                return Type.CHAR_TYPE;
            case T_FLOAT:
                return Type.FLOAT_TYPE;
            case T_DOUBLE:
                return Type.DOUBLE_TYPE;
            case T_BYTE:
                return Type.BYTE_TYPE;
            case T_SHORT:
                return Type.SHORT_TYPE;
            case T_INT:
                return Type.INT_TYPE;
            default:
                return Type.LONG_TYPE;
        }
    }

    private SymbolicValue checkCast(TypeInsnNode insn, SymbolicValue v) {
        Type to = Type.getObjectType(insn.desc);
        if (v instanceof Th) {
            return new Th(new Thunk.CheckCast(insn.desc, ((Th) v).thunk()), to);
        }
        if (v instanceof Ex) {
            if (((Ex) v).expr() instanceof ScalarSubquery s && s.type() == null) {
                return new Ex(s.withType(JvmTypes.columnType(to)), to); // Scalar.of(row) returns V: its cast says V
            }
            return new Ex(((Ex) v).expr(), to);
        }
        if (v instanceof SymbolicValue.Rel r) {
            return new SymbolicValue.Rel(r.source(), r.hops(), r.got(), to);
        }
        return v;
    }

    @Override
    public SymbolicValue binaryOperation(AbstractInsnNode insn, SymbolicValue a, SymbolicValue b) {
        int op = insn.getOpcode();
        if (op >= IALOAD && op <= SALOAD) {
            return arrayLoad(a, b);
        }
        if (op >= IADD && op <= DREM) {
            return arithmetic(op, a, b);
        }
        switch (op) {
            case IAND:
            case IOR:
            case IXOR:
                return logical(op, a, b);
            case LCMP:
            case FCMPL:
            case FCMPG:
            case DCMPL:
            case DCMPG:
                if (DecodeContext.dependsOnRow(a) || DecodeContext.dependsOnRow(b)) {
                    return new Cmp(a, b, op == LCMP);
                }
                return new Th(new Thunk.Binary(op, ctx.thunk(a), ctx.thunk(b)), Type.INT_TYPE);
            case IF_ICMPEQ:
            case IF_ICMPNE:
            case IF_ICMPLT:
            case IF_ICMPGE:
            case IF_ICMPGT:
            case IF_ICMPLE:
            case IF_ACMPEQ:
            case IF_ACMPNE:
                return null;
            case PUTFIELD:
                throw new Reject(
                        "assigning the field " + ((FieldInsnNode) insn).name, "query lambdas must not change state");
            default:
                if (!DecodeContext.dependsOnRow(a) && !DecodeContext.dependsOnRow(b)) {
                    return new Th(new Thunk.Binary(op, ctx.thunk(a), ctx.thunk(b)), a.type());
                }
                if (op == LAND || op == LOR || op == LXOR) {
                    return new Ex(
                            Numeric.bitwise(
                                    op == LAND ? Function.BIT_AND : op == LOR ? Function.BIT_OR : Function.BIT_XOR,
                                    ctx.expr(a),
                                    ctx.expr(b),
                                    true),
                            Type.LONG_TYPE);
                }
                throw new Reject("a bit shift (<<, >>, >>>) on a row value", "multiply or divide by a power of two");
        }
    }

    private SymbolicValue arrayLoad(SymbolicValue array, SymbolicValue index) {
        Integer i = DecodeContext.intConstant(index);
        if (array instanceof Arr
                && i != null
                && i >= 0
                && i < ((Arr) array).elements().size()) {
            return ((Arr) array).elements().get(i);
        }
        if (DecodeContext.dependsOnRow(array) || DecodeContext.dependsOnRow(index)) {
            throw new Reject("indexing an array with a row value");
        }
        Type elem = array.type() != null && array.type().getSort() == Type.ARRAY
                ? Type.getType(array.type().getDescriptor().substring(1))
                : JvmTypes.OBJECT;
        return new Th(new Thunk.ArrayLoad(ctx.thunk(array), ctx.thunk(index)), elem);
    }

    private SymbolicValue arithmetic(int op, SymbolicValue a, SymbolicValue b) {
        Type type = ARITH_TYPES[(op - IADD) % 4];
        if (!DecodeContext.dependsOnRow(a) && !DecodeContext.dependsOnRow(b)) {
            return new Th(new Thunk.Binary(op, ctx.thunk(a), ctx.thunk(b)), type);
        }
        BinaryOp bop = ARITH[(op - IADD) / 4];
        Expr left = ctx.expr(a);
        Expr right = ctx.expr(b);
        boolean floating = type.getSort() == Type.FLOAT || type.getSort() == Type.DOUBLE;
        if (floating && (bop == BinaryOp.DIV || bop == BinaryOp.MOD) && DecodeContext.dependsOnRow(b)) {
            // x / 0.0 is Infinity or NaN in Java; PostgreSQL raises an error, MariaDB and SQLite give NULL
            throw new Reject(
                    "a floating-point " + (bop == BinaryOp.DIV ? "division" : "remainder") + " by a row value",
                    "Java's x / 0.0 is Infinity or NaN, which SQL does not have; multiply"
                            + " instead (p.a > 0.5 * p.b rather than p.a / p.b > 0.5 for positive p.b), or divide by a Java value");
        }
        if (floating && (bop == BinaryOp.DIV || bop == BinaryOp.MOD) && isWhole(left) && isWhole(right)) {
            // (double) p.a / p.b: Java divides in floating point, SQL would divide the integers. The casts
            // were dropped as widening, so multiply the dividend by a bound 1.0: every database then
            // divides in floating point, as Java does.
            Object one = type.getSort() == Type.FLOAT ? (Object) 1.0f : (Object) 1.0;
            left = new Binary(BinaryOp.MUL, left, ctx.expr(new Th(new Thunk.Const(one), type)));
        }
        if (!floating) {
            return new Ex(Numeric.integral(bop, left, right, type.getSort() == Type.LONG), type);
        }
        return new Ex(new Binary(bop, left, right), type);
    }

    private static boolean isWhole(Expr e) {
        return e.type() != null && e.type().isInteger();
    }

    private SymbolicValue logical(int op, SymbolicValue a, SymbolicValue b) {
        if (!DecodeContext.dependsOnRow(a) && !DecodeContext.dependsOnRow(b)) {
            return new Th(new Thunk.Binary(op, ctx.thunk(a), ctx.thunk(b)), a.type());
        }
        if (!JvmTypes.isBoolean(a.type()) && !JvmTypes.isBoolean(b.type())) {
            return new Ex(
                    Numeric.bitwise(
                            op == IAND ? Function.BIT_AND : op == IOR ? Function.BIT_OR : Function.BIT_XOR,
                            ctx.expr(a),
                            ctx.expr(b),
                            false),
                    Type.INT_TYPE);
        }
        Expr l = ctx.bool(a);
        Expr r = ctx.bool(b);
        BinaryOp bop = op == IAND ? BinaryOp.AND : op == IOR ? BinaryOp.OR : BinaryOp.NE;
        return new Ex(BooleanNormalizer.simplify(new Binary(bop, l, r)), Type.BOOLEAN_TYPE);
    }

    @Override
    public SymbolicValue ternaryOperation(AbstractInsnNode insn, SymbolicValue a, SymbolicValue b, SymbolicValue c) {
        throw new Reject("storing into an array");
    }

    @Override
    public SymbolicValue naryOperation(AbstractInsnNode insn, List<? extends SymbolicValue> values) {
        if (insn.getOpcode() == MULTIANEWARRAY) {
            throw new Reject("a multi-dimensional array");
        }
        return invokes.invoke(insn, values);
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, SymbolicValue value, SymbolicValue expected) {
        // returns are handled by the PathExecutor
    }

    @Override
    public SymbolicValue merge(SymbolicValue a, SymbolicValue b) {
        throw new UnsupportedOperationException("paths are never merged");
    }
}
