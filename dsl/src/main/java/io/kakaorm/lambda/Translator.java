package io.kakaorm.lambda;

import io.kakaorm.ModelDefinitionException;
import io.kakaorm.QueryTranslationException;
import io.kakaorm.expr.Expr;
import io.kakaorm.lambda.Outcome.Branch;
import io.kakaorm.lambda.Outcome.Leaf;
import io.kakaorm.lambda.SymbolicValue.Construct;
import io.kakaorm.meta.ModuleOpens;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Frame;

/** Decodes one lambda implementation method into a {@link Translation}. */
final class Translator {
    /** No source of the statement is missing (an inner join, a single table). */
    static final IntPredicate NONE_MISSING = source -> false;

    private final SerializedLambda lambda;
    private final Class<?> lambdaClass;
    private final ClassLoader loader;
    private final DecodeContext ctx;
    private Class<?> declaring;
    private String sourceFile;
    private PathExecutor executor;

    Translator(SerializedLambda lambda, Class<?> lambdaClass) {
        this.lambda = lambda;
        this.lambdaClass = lambdaClass;
        this.loader = lambdaClass.getClassLoader();
        this.ctx = new DecodeContext(loader);
        this.declaring = lambdaClass.getNestHost();
    }

    Translation translate(Class<?>[] rowTypes) {
        try {
            return run(rowTypes);
        } catch (Reject r) {
            throw new QueryTranslationException(
                    r.construct, r.hint, declaring, sourceFile, executor == null ? -1 : executor.line());
        } catch (ModelDefinitionException e) {
            throw new QueryTranslationException(
                    "a row type that is not a valid model (" + e.getMessage() + ")",
                    null,
                    declaring,
                    sourceFile,
                    executor == null ? -1 : executor.line());
        } catch (RuntimeException e) {
            // a decoder bug or bytecode it does not know: fail clearly, never translate half-way
            throw new QueryTranslationException(
                    "bytecode the decoder does not understand (" + e + ")",
                    "please report it with the lambda",
                    declaring,
                    sourceFile,
                    executor == null ? -1 : executor.line(),
                    e);
        }
    }

    private Translation run(Class<?>[] rowTypes) {
        int kind = lambda.getImplMethodKind();
        if (kind == MethodHandleInfo.REF_newInvokeSpecial) {
            throw new Reject("a constructor reference", "write a lambda: p -> new View(p.a, p.b)");
        }
        String owner = lambda.getImplClass();
        try {
            declaring = JvmTypes.load(Type.getObjectType(owner), loader);
        } catch (Reject e) {
            // keep the nest host for messages
        }
        LambdaSource.MethodCode code =
                LambdaSource.load(loader, owner, lambda.getImplMethodName(), lambda.getImplMethodSignature());
        if (code == null) {
            throw new Reject(
                    "a lambda whose class file " + owner + ".class cannot be read from its class loader",
                    "declare the lambda in a class loaded from a class file");
        }
        sourceFile = code.sourceFile();
        MethodNode method = code.method();
        executor = new PathExecutor(method, ctx);
        ctx.filter = lambda.getFunctionalInterfaceMethodSignature().endsWith(")Z");
        ctx.rows = Type.getArgumentTypes(lambda.getInstantiatedMethodType()).length;
        if (!method.tryCatchBlocks.isEmpty()) {
            throw Blocks.reject(method, "");
        }
        Frame<SymbolicValue> frame = initialFrame(method, rowTypes, kind == MethodHandleInfo.REF_invokeStatic);
        Outcome outcome = OutcomeSimplifier.simplify(executor.run(frame));
        List<SymbolicValue> leaves = new ArrayList<>();
        leaves(outcome, leaves);
        Type ret = Type.getReturnType(lambda.getImplMethodSignature());
        if (leaves.stream().allMatch(l -> l instanceof Construct)) {
            return projection(outcome, leaves);
        }
        Expr expr;
        boolean predicate = JvmTypes.isBoolean(ret) || leaves.stream().allMatch(l -> JvmTypes.isBoolean(l.type()));
        if (predicate) {
            expr = OutcomeSimplifier.predicate(outcome, ctx);
        } else {
            expr = OutcomeSimplifier.value(outcome, ctx::expr);
        }
        MapLookups.checkConsumed(ctx, expr);
        expr = BooleanNormalizer.normalize(expr);
        Renumbering r = new Renumbering();
        Expr raw = null;
        if (ctx.filter) {
            // a filter: false where Java throws NullPointerException (a value read of a path fails: PathReads)
            raw = r.apply(expr);
            expr = GuardedCalls.apply(NullGuard.where(raw, NONE_MISSING));
        } else {
            expr = r.apply(GuardedCalls.apply(expr));
            PathReads.noteSource(List.of(expr), where());
        }
        return new Translation(
                expr,
                raw,
                List.of(),
                null,
                null,
                r.evals(),
                declaring,
                sourceFile,
                executor.firstLine(),
                valueType(leaves, ret));
    }

    /** Where the lambda is written, as messages name it ({@code File.java:42}). */
    private String where() {
        String file = sourceFile != null ? sourceFile : declaring.getName();
        int line = executor.firstLine();
        return line > 0 ? file + ":" + line : file;
    }

    /**
     * The result type as written: {@code p -> p.views} is {@code int} even when the interface returns
     * {@code Integer}; {@code Sql.sum(p.views)} is {@code long}.
     */
    private Class<?> valueType(List<SymbolicValue> leaves, Type ret) {
        Type t = null;
        for (SymbolicValue l : leaves) {
            Type lt = l.type();
            if (lt != null
                    && lt.getSort() == Type.OBJECT
                    && JvmTypes.unboxed(lt.getInternalName()) != null
                    && ret.getSort() == Type.OBJECT) {
                lt = Type.getType(JvmTypes.unboxed(lt.getInternalName()));
            }
            if (lt == null || (t != null && !t.equals(lt))) {
                t = ret;
                break;
            }
            t = lt;
        }
        if (JvmTypes.isBoolean(ret)) {
            t = Type.BOOLEAN_TYPE;
        }
        try {
            return JvmTypes.load(t == null ? ret : t, loader);
        } catch (Reject e) {
            return null;
        }
    }

    private Frame<SymbolicValue> initialFrame(MethodNode method, Class<?>[] rowTypes, boolean isStatic) {
        List<Type> slots = new ArrayList<>();
        if (!isStatic) {
            slots.add(Type.getObjectType(lambda.getImplClass()));
        }
        slots.addAll(List.of(Type.getArgumentTypes(lambda.getImplMethodSignature())));
        int captured = lambda.getCapturedArgCount();
        Type[] instantiated = Type.getArgumentTypes(lambda.getInstantiatedMethodType());
        if (rowTypes.length != 0 && rowTypes.length != instantiated.length) {
            throw new Reject("a lambda with " + instantiated.length + " row parameters where " + rowTypes.length
                    + " were expected");
        }
        Frame<SymbolicValue> f = new Frame<>(method.maxLocals, Math.max(1, method.maxStack));
        for (int i = 0; i < method.maxLocals; i++) {
            f.setLocal(i, new SymbolicValue.Unknown(null));
        }
        int local = 0;
        for (int i = 0; i < slots.size(); i++) {
            Type t = slots.get(i);
            SymbolicValue v;
            if (i < captured) {
                v = new SymbolicValue.Th(new Thunk.Captured(i), t);
            } else {
                int row = i - captured;
                Class<?> declared = JvmTypes.load(instantiated[row], loader);
                Class<?> model = rowTypes.length != 0 ? rowTypes[row] : declared;
                if (!declared.isAssignableFrom(model)) {
                    throw new Reject(
                            "a lambda over " + declared.getSimpleName() + " used for rows of " + model.getSimpleName());
                }
                v = new SymbolicValue.Row(row, model, t);
            }
            f.setLocal(local, v);
            local += t.getSize();
        }
        return f;
    }

    private Translation projection(Outcome outcome, List<SymbolicValue> leaves) {
        Construct first = (Construct) leaves.get(0);
        for (SymbolicValue l : leaves) {
            Construct c = (Construct) l;
            if (!c.type().equals(first.type()) || !c.desc().equals(first.desc())) {
                throw new Reject(
                        "a projection whose branches build different objects",
                        "use one constructor and put the ternary inside its arguments");
            }
        }
        Type[] params = Type.getArgumentTypes(first.desc());
        List<Expr> items = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            int arg = i;
            Outcome item = OutcomeSimplifier.simplify(
                    mapLeaves(outcome, c -> ((Construct) c).args().get(arg)));
            Expr e = JvmTypes.isBoolean(params[i])
                    ? OutcomeSimplifier.predicate(item, ctx)
                    : OutcomeSimplifier.value(item, ctx::expr);
            items.add(BooleanNormalizer.normalize(e));
        }
        Class<?> target = JvmTypes.load(first.type(), loader);
        MethodHandle ctor = constructor(target, params);
        Renumbering r = new Renumbering();
        List<Expr> renumbered = new ArrayList<>();
        for (Expr e : items) {
            renumbered.add(r.apply(e));
        }
        PathReads.noteSource(renumbered, where());
        return new Translation(
                null,
                null,
                List.copyOf(renumbered),
                target,
                ctor,
                r.evals(),
                declaring,
                sourceFile,
                executor.firstLine(),
                target);
    }

    private MethodHandle constructor(Class<?> target, Type[] params) {
        Class<?>[] types = new Class<?>[params.length];
        for (int i = 0; i < params.length; i++) {
            types[i] = JvmTypes.load(params[i], loader);
        }
        try {
            Constructor<?> c = target.getDeclaredConstructor(types);
            ModuleOpens.setAccessible(c, "call the constructor of");
            return MethodHandles.lookup().unreflectConstructor(c);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new Reject(
                    "the constructor of " + target.getName() + ", which is not accessible",
                    "make the projection class and its constructor public");
        }
    }

    private static Outcome mapLeaves(Outcome o, Function<SymbolicValue, SymbolicValue> f) {
        if (o instanceof Leaf) {
            return new Leaf(f.apply(((Leaf) o).value()));
        }
        Branch b = (Branch) o;
        return new Branch(b.condition(), mapLeaves(b.whenTrue(), f), mapLeaves(b.whenFalse(), f));
    }

    private static void leaves(Outcome o, List<SymbolicValue> out) {
        if (o instanceof Leaf) {
            out.add(((Leaf) o).value());
        } else {
            leaves(((Branch) o).whenTrue(), out);
            leaves(((Branch) o).whenFalse(), out);
        }
    }

    /** Final slots in order of first appearance, so that every compiler's bytecode gives the same tree. */
    private final class Renumbering {
        private final Map<Integer, Integer> map = new HashMap<>();
        private final List<Integer> order = new ArrayList<>();
        private final SlotRewriter rewriter = new SlotRewriter(slot -> map.computeIfAbsent(slot, s -> {
            order.add(s);
            return order.size() - 1;
        }));

        Expr apply(Expr e) {
            return rewriter.rewrite(e);
        }

        ThunkCompiler.Eval[] evals() {
            ThunkCompiler compiler = new ThunkCompiler(loader);
            ThunkCompiler.Eval[] out = new ThunkCompiler.Eval[order.size()];
            for (int i = 0; i < out.length; i++) {
                ParamRegistry.Entry e = ctx.params.entry(order.get(i));
                out[i] = compiler.compile(e.thunk(), e.desc());
            }
            return out;
        }
    }
}
