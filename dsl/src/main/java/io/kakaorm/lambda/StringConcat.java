package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Expr;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Th;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * String concatenation in both compiled forms ({@code makeConcatWithConstants} and StringBuilder) into
 * one canonical shape: runs of row-independent parts become one String parameter (formatted by Java),
 * row parts stay columns, and the pieces are joined left to right with {@link BinaryOp#CONCAT}.
 */
final class StringConcat {
    private static final char ARG = '\u0001';
    private static final char CONST = '\u0002';

    private StringConcat() {}

    /** The parts of an {@code invokedynamic} concatenation. */
    static SymbolicValue indy(DecodeContext ctx, InvokeDynamicInsnNode insn, List<? extends SymbolicValue> args) {
        Handle bsm = insn.bsm;
        if (!bsm.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
            throw new Reject(
                    insn.name.equals("test") || insn.name.equals("apply")
                            ? "a lambda inside the lambda"
                            : "invokedynamic " + insn.name);
        }
        Type[] argTypes = Type.getArgumentTypes(insn.desc);
        List<SymbolicValue> parts = new ArrayList<>();
        List<String> descs = new ArrayList<>();
        if (bsm.getName().equals("makeConcat")) {
            for (int i = 0; i < args.size(); i++) {
                parts.add(args.get(i));
                descs.add(argTypes[i].getDescriptor());
            }
            return of(ctx, parts, descs);
        }
        String recipe = (String) insn.bsmArgs[0];
        int arg = 0;
        int constant = 1;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == ARG || c == CONST) {
                flush(text, parts, descs);
                if (c == ARG) {
                    parts.add(args.get(arg));
                    descs.add(argTypes[arg++].getDescriptor());
                } else {
                    text.append(insn.bsmArgs[constant++]);
                }
            } else {
                text.append(c);
            }
        }
        flush(text, parts, descs);
        return of(ctx, parts, descs);
    }

    private static void flush(StringBuilder text, List<SymbolicValue> parts, List<String> descs) {
        if (text.length() > 0) {
            parts.add(new Th(new Thunk.Const(text.toString()), JvmTypes.STRING));
            descs.add("Ljava/lang/String;");
            text.setLength(0);
        }
    }

    /** The concatenation of {@code parts}, each formatted as its JVM type {@code descs}. */
    static SymbolicValue of(DecodeContext ctx, List<SymbolicValue> parts, List<String> descs) {
        List<Expr> pieces = new ArrayList<>();
        List<Thunk> run = new ArrayList<>();
        List<String> runDescs = new ArrayList<>();
        boolean rowDependent = false;
        for (int i = 0; i < parts.size(); i++) {
            SymbolicValue p = parts.get(i);
            if (DecodeContext.dependsOnRow(p)) {
                checkFormat(ctx, descs.get(i));
                rowDependent = true;
                flushRun(ctx, run, runDescs, pieces);
                pieces.add(ctx.expr(p));
            } else {
                Thunk t = ctx.thunk(p);
                if (!(t instanceof Thunk.Const && "".equals(((Thunk.Const) t).value()))) {
                    run.add(t);
                    runDescs.add(descs.get(i));
                }
            }
        }
        if (!rowDependent) {
            return new Th(single(run, runDescs), JvmTypes.STRING);
        }
        flushRun(ctx, run, runDescs, pieces);
        if (pieces.size() == 1) {
            // "" + p.views: the number as text, a null as "null", so the concatenation stays a concatenation
            pieces.add(0, ctx.params.param(new Thunk.Const(""), JvmTypes.STRING));
        }
        Expr e = pieces.get(0);
        for (int i = 1; i < pieces.size(); i++) {
            e = new Binary(BinaryOp.CONCAT, e, pieces.get(i));
        }
        return new Ex(e, JvmTypes.STRING);
    }

    private static final Set<String> FORMATTED = Set.of(
            "D",
            "F",
            "C",
            "Ljava/lang/Double;",
            "Ljava/lang/Float;",
            "Ljava/lang/Character;",
            "Ljava/math/BigDecimal;",
            "Ljava/time/LocalDateTime;",
            "Ljava/time/OffsetDateTime;",
            "Ljava/time/Instant;",
            "Ljava/time/LocalTime;",
            "Ljava/util/UUID;",
            "Ljava/lang/Object;",
            "Ljava/lang/Number;",
            "[B");

    /**
     * Java's text of a row value must be what SQL writes: it is for whole numbers, booleans, strings, dates
     * and enums (their name); Java's own formatting of floating point ({@code 1.0E10}), decimals, times
     * and chars is refused.
     */
    private static void checkFormat(DecodeContext ctx, String desc) {
        boolean refused = FORMATTED.contains(desc);
        if (!refused
                && desc.startsWith("L")
                && !desc.equals("Ljava/lang/String;")
                && !desc.startsWith("Ljava/lang/")
                && !desc.equals("Ljava/time/LocalDate;")) {
            Class<?> c = JvmTypes.load(Type.getType(desc), ctx.loader);
            try {
                refused = !c.isEnum() || c.getMethod("toString").getDeclaringClass() != Enum.class;
            } catch (NoSuchMethodException e) {
                refused = true;
            }
        }
        if (refused) {
            String type = Type.getType(desc).getClassName();
            throw new Reject(
                    "converting a row value of type " + type + " to text (\"\" + x, String.valueOf)",
                    "Java formats a " + type + " in its own way (1.0E10, 0.1, …) that SQL does not reproduce;"
                            + " compare the value itself, or format it after the query");
        }
    }

    private static void flushRun(DecodeContext ctx, List<Thunk> run, List<String> descs, List<Expr> pieces) {
        if (!run.isEmpty()) {
            pieces.add(ctx.params.param(single(run, descs), JvmTypes.STRING));
            run.clear();
            descs.clear();
        }
    }

    private static Thunk single(List<Thunk> run, List<String> descs) {
        if (run.size() == 1 && descs.get(0).equals("Ljava/lang/String;") && run.get(0) instanceof Thunk.Const) {
            return run.get(0);
        }
        return new Thunk.Concat(List.copyOf(run), List.copyOf(descs));
    }
}
