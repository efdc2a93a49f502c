package io.kakaorm.lambda;

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
 * A method called on the row ({@code p.getViews()}, {@code p.isPopular()}) means what its body means:
 * the body is decoded in place with {@code this} bound to the row. A plain getter becomes its column; a
 * derived property becomes its expression. The method is resolved on the row's model class, as the JVM
 * would dispatch it on the instances the query loads.
 */
final class RowMethodInliner {
    private static final int MAX_DEPTH = 4;

    private RowMethodInliner() {
    }

    /** The decoded call, or {@code null} when the method has no readable body. */
    static SymbolicValue inline(DecodeContext ctx, Row row, MethodInsnNode m, List<? extends SymbolicValue> values) {
        Method target = resolve(row.model(), m.name, m.desc);
        if (target == null || Modifier.isAbstract(target.getModifiers()) || Modifier.isNative(target.getModifiers())
                || target.getDeclaringClass() == Object.class) {
            return null;
        }
        Class<?> owner = target.getDeclaringClass();
        LambdaSource.MethodCode code = LambdaSource.load(owner.getClassLoader(), Type.getInternalName(owner), m.name,
                m.desc);
        if (code == null) {
            return null;
        }
        if (ctx.inlineDepth >= MAX_DEPTH) {
            throw new Reject("methods on the row nested more than " + MAX_DEPTH + " deep");
        }
        MethodNode method = code.method();
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
            Expr e = JvmTypes.isBoolean(ret) ? OutcomeSimplifier.predicate(o, ctx)
                    : OutcomeSimplifier.value(o, ctx::expr);
            return new Ex(BooleanNormalizer.normalize(e), ret);
        } catch (Reject inner) {
            throw new Reject(JvmTypes.describe(Type.getInternalName(row.model()), m.name, m.desc)
                    + " on the row, whose body uses "
                    + inner.construct, inner.hint);
        } finally {
            ctx.inlineDepth--;
        }
    }

    private static Method resolve(Class<?> type, String name, String desc) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(desc) && !m.isBridge()
                        && !Modifier.isStatic(m.getModifiers())) {
                    return m;
                }
            }
        }
        return null;
    }
}
