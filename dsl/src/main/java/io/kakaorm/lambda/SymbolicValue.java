package io.kakaorm.lambda;

import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Window;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.Value;

/**
 * What the symbolic interpreter keeps in a frame slot. Records, so that two paths reaching the same
 * instruction with the same state produce equal outcomes (that is how branches are folded back into
 * {@code && || !}).
 */
sealed interface SymbolicValue extends Value {
    /** The JVM type, or {@code null} for an unknown or empty slot. */
    Type type();

    @Override
    default int getSize() {
        Type t = type();
        return t == null ? 1 : t.getSize();
    }

    /** The lambda's row parameter number {@code source}. */
    record Row(int source, Class<?> model, Type type) implements SymbolicValue {}

    /**
     * A relation holder reached from row parameter {@code source} through {@code hops}
     * ({@code p.author}, {@code p.author.get().country}); {@code got} once its {@code get()} was called, when
     * its fields are the related row's.
     */
    record Rel(int source, List<RelationPaths.Hop> hops, boolean got, Type type) implements SymbolicValue {
        public Rel {
            hops = List.copyOf(hops);
        }

        /** The model {@code get()} returns. */
        Class<?> target() {
            return hops.get(hops.size() - 1).keys().target();
        }
    }

    /** A row-dependent expression. */
    record Ex(Expr expr, Type type) implements SymbolicValue {}

    /** A row-independent value, computed in Java at call time. */
    record Th(Thunk thunk, Type type) implements SymbolicValue {}

    /**
     * The int result of {@code lcmp}/{@code dcmpg}/{@code compareTo} where a side depends on the row;
     * {@code sign} when it is exactly -1, 0 or 1 ({@code lcmp}, {@code Integer/Long.compare}), so that it can
     * be used as a number.
     */
    record Cmp(SymbolicValue left, SymbolicValue right, boolean sign) implements SymbolicValue {
        Cmp(SymbolicValue left, SymbolicValue right) {
            this(left, right, false);
        }

        @Override
        public Type type() {
            return Type.INT_TYPE;
        }
    }

    /** The result of NEW before its constructor ran; {@code id} is the NEW instruction's index. */
    record Uninit(int id, Type type) implements SymbolicValue {}

    /** A StringBuilder being appended to (the StringBuilder form of string concatenation). */
    record Builder(List<SymbolicValue> parts, List<String> descs) implements SymbolicValue {
        static final Type SB = Type.getObjectType("java/lang/StringBuilder");

        public Builder {
            parts = List.copyOf(parts);
            descs = List.copyOf(descs);
        }

        @Override
        public Type type() {
            return SB;
        }
    }

    /** An array being filled (varargs); {@code id} is the allocating instruction's index. */
    record Arr(int id, Type type, List<SymbolicValue> elements) implements SymbolicValue {
        public Arr {
            elements = Collections.unmodifiableList(new ArrayList<>(elements));
        }
    }

    /** {@code new C(args)} with row-dependent arguments: only valid as a projection result. */
    record Construct(Type type, String desc, List<SymbolicValue> args) implements SymbolicValue {
        public Construct {
            args = List.copyOf(args);
        }
    }

    /** A window being built ({@code Sql.over().partitionBy(…).orderBy(…)}): only valid as a window function's argument. */
    record Over(List<Expr> partitionBy, List<Window.Key> orderBy) implements SymbolicValue {
        static final Type TYPE = Type.getObjectType("io/kakaorm/Over");

        public Over {
            partitionBy = List.copyOf(partitionBy);
            orderBy = List.copyOf(orderBy);
        }

        @Override
        public Type type() {
            return TYPE;
        }
    }

    /** An empty or unknown slot. */
    record Unknown(Type type) implements SymbolicValue {}
}
