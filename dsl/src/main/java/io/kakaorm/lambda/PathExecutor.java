package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.*;

import io.kakaorm.expr.Expr;
import io.kakaorm.lambda.SymbolicValue.Arr;
import io.kakaorm.lambda.SymbolicValue.Builder;
import io.kakaorm.lambda.SymbolicValue.Th;
import io.kakaorm.lambda.SymbolicValue.Uninit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Runs a lambda body symbolically along every path, forking {@link Frame}s at conditional jumps, and
 * returns the decision tree of its results. Backward jumps (loops) are rejected, so every path ends.
 * Tracks the source line of the current instruction for error messages.
 */
final class PathExecutor {
    private static final int MAX_STEPS = 50_000;

    private final MethodNode method;
    private final DecodeContext ctx;
    private final SymbolicInterpreter interpreter;
    private final int[] lines;
    private int steps;
    private int line = -1;

    PathExecutor(MethodNode method, DecodeContext ctx) {
        this.method = method;
        this.ctx = ctx;
        this.interpreter = new SymbolicInterpreter(ctx, method);
        this.lines = lineTable(method);
    }

    /** The source line of the instruction being executed (or the first line), -1 when unknown. */
    int line() {
        if (line > 0) {
            return line;
        }
        for (int l : lines) {
            if (l > 0) {
                return l;
            }
        }
        return -1;
    }

    /** The first source line of the method, -1 when unknown. */
    int firstLine() {
        for (int l : lines) {
            if (l > 0) {
                return l;
            }
        }
        return -1;
    }

    private static int[] lineTable(MethodNode m) {
        int[] out = new int[m.instructions.size()];
        int current = -1;
        int i = 0;
        for (AbstractInsnNode insn : m.instructions) {
            if (insn instanceof LineNumberNode) {
                current = ((LineNumberNode) insn).line;
            }
            out[i++] = current;
        }
        return out;
    }

    Outcome run(Frame<SymbolicValue> initial) {
        return run(0, initial);
    }

    /** The state at a jump target: paths that reach it in the same state share one outcome (no blow-up). */
    private record State(int index, List<SymbolicValue> stack, List<SymbolicValue> locals) {
        static State of(int index, Frame<SymbolicValue> f) {
            List<SymbolicValue> stack = new ArrayList<>(f.getStackSize());
            for (int i = 0; i < f.getStackSize(); i++) {
                stack.add(f.getStack(i));
            }
            List<SymbolicValue> locals = new ArrayList<>(f.getLocals());
            for (int i = 0; i < f.getLocals(); i++) {
                locals.add(f.getLocal(i));
            }
            return new State(index, stack, locals);
        }
    }

    private final Map<State, Outcome> memo = new HashMap<>();

    private Outcome runMemo(int start, Frame<SymbolicValue> f) {
        State key = State.of(start, f);
        Outcome known = memo.get(key);
        if (known == null) {
            known = run(start, f);
            memo.put(key, known);
        }
        return known;
    }

    private Outcome run(int start, Frame<SymbolicValue> f) {
        InsnList insns = method.instructions;
        int index = start;
        while (true) {
            if (++steps > MAX_STEPS) {
                throw new Reject("a lambda with too many branches", "split it into several where(...) calls");
            }
            AbstractInsnNode insn = insns.get(index);
            if (lines[index] > 0) {
                line = lines[index];
            }
            int op = insn.getOpcode();
            if (op < 0) {
                index++;
                continue;
            }
            if (insn instanceof JumpInsnNode) {
                int target = insns.indexOf(((JumpInsnNode) insn).label);
                if (target <= index) {
                    throw new Reject(
                            "a loop",
                            "query lambdas are single expressions; use Sql.in(...) or "
                                    + "collection.contains(p.x) for membership");
                }
                if (op == GOTO) {
                    index = target;
                    continue;
                }
                if (op == JSR) {
                    throw new Reject("a subroutine (jsr)");
                }
                Expr condition = Conditions.jump(ctx, op, f);
                execute(f, insn);
                Outcome taken = runMemo(target, new Frame<>(f));
                Outcome notTaken = runMemo(index + 1, f);
                // compilers jump over the "then" part: the fall-through is the source's first branch
                return new Outcome.Branch(OutcomeSimplifier.not(condition), notTaken, taken);
            }
            if (op >= IRETURN && op <= ARETURN) {
                return new Outcome.Leaf(f.pop());
            }
            if (op == RETURN) {
                throw new Reject("a lambda that returns nothing");
            }
            if (op == INVOKESPECIAL && ((MethodInsnNode) insn).name.equals("<init>")) {
                construct(f, (MethodInsnNode) insn);
            } else if (op >= IASTORE && op <= SASTORE) {
                arrayStore(f);
            } else {
                execute(f, insn);
            }
            index++;
        }
    }

    private void execute(Frame<SymbolicValue> f, AbstractInsnNode insn) {
        try {
            f.execute(insn, interpreter);
        } catch (AnalyzerException e) {
            throw new Reject("invalid bytecode (" + e.getMessage() + ")");
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new Reject("unexpected bytecode (" + e.getMessage() + ")");
        }
    }

    /** {@code new C(args)}: a StringBuilder, a Java value, or (with row arguments) a projection. */
    private void construct(Frame<SymbolicValue> f, MethodInsnNode m) {
        int argc = Type.getArgumentTypes(m.desc).length;
        int top = f.getStackSize();
        SymbolicValue receiver = f.getStack(top - argc - 1);
        if (!(receiver instanceof Uninit)) {
            throw new Reject("calling a constructor of " + m.owner + " on an existing object");
        }
        List<SymbolicValue> args = new ArrayList<>();
        for (int i = top - argc; i < top; i++) {
            args.add(f.getStack(i));
        }
        Volatiles.check(m.owner, m.name, m.desc);
        SymbolicValue built;
        if (m.owner.equals("java/lang/StringBuilder") || m.owner.equals("java/lang/StringBuffer")) {
            boolean seeded = argc == 1 && Type.getArgumentTypes(m.desc)[0].getSort() == Type.OBJECT;
            if (seeded && args.get(0) instanceof Builder) {
                built = args.get(0); // ECJ: new StringBuilder(String.valueOf(x))
            } else {
                built = seeded ? new Builder(args, List.of("Ljava/lang/String;")) : new Builder(List.of(), List.of());
            }
        } else if (args.stream().noneMatch(DecodeContext::dependsOnRow)) {
            List<Thunk> thunks = new ArrayList<>();
            for (SymbolicValue a : args) {
                thunks.add(ctx.thunk(a));
            }
            built = new Th(new Thunk.NewObject(m.owner, m.desc, thunks), receiver.type());
        } else {
            built = new SymbolicValue.Construct(receiver.type(), m.desc, args);
        }
        for (int i = 0; i <= argc; i++) {
            f.pop();
        }
        replace(f, receiver, built);
    }

    private void arrayStore(Frame<SymbolicValue> f) {
        SymbolicValue value = f.pop();
        SymbolicValue index = f.pop();
        SymbolicValue array = f.pop();
        Integer i = DecodeContext.intConstant(index);
        if (!(array instanceof Arr)
                || i == null
                || i < 0
                || i >= ((Arr) array).elements().size()) {
            throw new Reject("storing into an array", "query lambdas must not change state");
        }
        Arr a = (Arr) array;
        List<SymbolicValue> elems = new ArrayList<>(a.elements());
        elems.set(i, value);
        replace(f, a, new Arr(a.id(), a.type(), elems));
    }

    /** Replaces every copy of {@code old} (DUPs, locals) by {@code now}. */
    private static void replace(Frame<SymbolicValue> f, SymbolicValue old, SymbolicValue now) {
        for (int i = 0; i < f.getStackSize(); i++) {
            if (old.equals(f.getStack(i))) {
                f.setStack(i, now);
            }
        }
        for (int i = 0; i < f.getLocals(); i++) {
            if (old.equals(f.getLocal(i))) {
                f.setLocal(i, now);
            }
        }
    }
}
