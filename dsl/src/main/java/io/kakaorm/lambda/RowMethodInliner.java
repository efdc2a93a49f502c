package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;

import io.kakaorm.expr.Expr;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Row;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Calls whose meaning is their body, decoded in place:
 * <ul>
 * <li>methods called on the row ({@code p.getViews()}, {@code p.isPopular()}): a plain getter becomes its
 *     column, a derived property its expression. Resolved on the row's model class, as the JVM dispatches
 *     on the instances a query loads;</li>
 * <li>the application's own helpers given row values ({@code Filters.popular(p)}, a private method of
 *     the class declaring the lambda): static, private or final methods only, whose target cannot change
 *     between calls.</li>
 * </ul>
 */
final class RowMethodInliner {
    private static final int MAX_DEPTH = 4;

    private RowMethodInliner() {}

    /** A method called on the row, or {@code null} when it has no readable body. */
    static SymbolicValue inline(DecodeContext ctx, Row row, MethodInsnNode m, List<? extends SymbolicValue> values) {
        Method target = resolve(row.model(), m.name, m.desc, false);
        if (target == null || target.getDeclaringClass() == Object.class) {
            return null;
        }
        return body(
                ctx,
                target,
                m,
                values,
                JvmTypes.describe(Type.getInternalName(row.model()), m.name, m.desc) + " on the row");
    }

    /** An application method given row values, or {@code null} when it cannot be inlined safely. */
    static SymbolicValue helper(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> values) {
        if (m.owner.startsWith("java/")
                || m.owner.startsWith("javax/")
                || m.owner.startsWith("jdk/")
                || m.owner.startsWith("sun/")) {
            return null;
        }
        Class<?> owner;
        try {
            owner = JvmTypes.load(Type.getObjectType(m.owner), ctx.loader);
        } catch (Reject e) {
            return null;
        }
        boolean isStatic = m.getOpcode() == INVOKESTATIC;
        Method target = resolve(owner, m.name, m.desc, isStatic);
        if (target == null) {
            return null;
        }
        int mod = target.getModifiers();
        boolean fixed = isStatic
                || m.getOpcode() == INVOKESPECIAL
                || Modifier.isPrivate(mod)
                || Modifier.isFinal(mod)
                || Modifier.isFinal(target.getDeclaringClass().getModifiers());
        if (!fixed) {
            return null;
        }
        return body(ctx, target, m, values, JvmTypes.describe(m.owner, m.name, m.desc));
    }

    private static SymbolicValue body(
            DecodeContext ctx, Method target, MethodInsnNode m, List<? extends SymbolicValue> values, String what) {
        if (Modifier.isAbstract(target.getModifiers()) || Modifier.isNative(target.getModifiers())) {
            return null;
        }
        Class<?> owner = target.getDeclaringClass();
        LambdaSource.MethodCode code =
                LambdaSource.load(owner.getClassLoader(), Type.getInternalName(owner), m.name, m.desc);
        if (code == null) {
            return null;
        }
        if (ctx.inlineDepth >= MAX_DEPTH) {
            throw new Reject(what + ", nested more than " + MAX_DEPTH + " calls deep");
        }
        MethodNode method = code.method();
        if (!method.tryCatchBlocks.isEmpty()) {
            throw Blocks.reject(method, what + ", whose body uses ");
        }
        Frame<SymbolicValue> f = new Frame<>(method.maxLocals, Math.max(1, method.maxStack));
        for (int i = 0; i < method.maxLocals; i++) {
            f.setLocal(i, new SymbolicValue.Unknown(null));
        }
        int local = 0;
        for (SymbolicValue v : values) {
            f.setLocal(local, v);
            local += v.getSize();
        }
        ctx.inlineDepth++;
        try {
            Outcome o = OutcomeSimplifier.simplify(new PathExecutor(method, ctx).run(f));
            Type ret = Type.getReturnType(m.desc);
            if (o instanceof Outcome.Leaf) {
                return ((Outcome.Leaf) o).value();
            }
            Expr e = JvmTypes.isBoolean(ret)
                    ? OutcomeSimplifier.predicate(o, ctx)
                    : OutcomeSimplifier.value(o, ctx::expr);
            return new Ex(BooleanNormalizer.normalize(e), ret);
        } catch (Reject inner) {
            throw new Reject(what + ", whose body uses " + inner.construct, inner.hint);
        } finally {
            ctx.inlineDepth--;
        }
    }

    private static Method resolve(Class<?> type, String name, String desc, boolean isStatic) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name)
                        && Type.getMethodDescriptor(m).equals(desc)
                        && !m.isBridge()
                        && Modifier.isStatic(m.getModifiers()) == isStatic) {
                    return m;
                }
            }
        }
        return null;
    }
}
