package io.kakaorm.lambda;

import io.kakaorm.ModelDefinitionException;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Literal;
import io.kakaorm.lambda.SymbolicValue.Arr;
import io.kakaorm.lambda.SymbolicValue.Builder;
import io.kakaorm.lambda.SymbolicValue.Cmp;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Row;
import io.kakaorm.lambda.SymbolicValue.Th;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;

/** The state of one decoding: the class loader, the parameter registry, and value conversions. */
final class DecodeContext {
    final ClassLoader loader;
    final ParamRegistry params = new ParamRegistry();
    /** How many row methods are being inlined around the current instruction. */
    int inlineDepth;
    /** Whether a {@code map.get} of a row value was decoded (its use is then checked, see MapLookups). */
    boolean mapLookups;
    /** Whether the lambda is a filter: its dereferences are then marked for {@link NullGuard}. */
    boolean filter;
    /** How many row parameters the lambda takes (more than one: a row may be a join's missing side). */
    int rows;

    DecodeContext(ClassLoader loader) {
        this.loader = loader;
    }

    /** Whether the value depends on a row (and so must become SQL rather than a Java value). */
    static boolean dependsOnRow(SymbolicValue v) {
        if (v instanceof Row
                || v instanceof SymbolicValue.Rel
                || v instanceof Ex
                || v instanceof Cmp
                || v instanceof SymbolicValue.Construct
                || v instanceof SymbolicValue.Over) {
            return true;
        }
        if (v instanceof Builder) {
            return ((Builder) v).parts().stream().anyMatch(DecodeContext::dependsOnRow);
        }
        if (v instanceof Arr) {
            return ((Arr) v).elements().stream().anyMatch(DecodeContext::dependsOnRow);
        }
        return false;
    }

    /** The thunk of a row-independent value, or a rejection. */
    Thunk thunk(SymbolicValue v) {
        if (v instanceof Th) {
            return ((Th) v).thunk();
        }
        if (v instanceof Arr && !dependsOnRow(v)) {
            Arr a = (Arr) v;
            List<Thunk> elems = new ArrayList<>();
            for (SymbolicValue e : a.elements()) {
                elems.add(thunk(e));
            }
            return new Thunk.NewArray(a.type().getElementType().getDescriptor(), elems);
        }
        if (v instanceof Builder && !dependsOnRow(v)) {
            Builder b = (Builder) v;
            List<Thunk> parts = new ArrayList<>();
            for (SymbolicValue p : b.parts()) {
                parts.add(thunk(p));
            }
            return new Thunk.Concat(parts, b.descs());
        }
        throw new Reject(describe(v));
    }

    /** The SQL expression of a value: row-independent values become bind parameters. */
    Expr expr(SymbolicValue v) {
        if (v instanceof Ex) {
            return ((Ex) v).expr();
        }
        if (v instanceof Th) {
            Th t = (Th) v;
            Expr p = params.param(t.thunk(), t.type());
            // a primitive computed from a captured object (c.intValue()) is NULL where Java threw
            return filter && Derefs.mayThrow(t) ? Derefs.mark(p, p) : p;
        }
        if (v instanceof Arr || v instanceof Builder) {
            if (!dependsOnRow(v)) {
                return params.param(thunk(v), v.type());
            }
        }
        if (v instanceof Cmp c && c.sign()) {
            return MathMethods.compare(expr(c.left()), expr(c.right()));
        }
        throw new Reject(describe(v));
    }

    /** The boolean expression of a Z-typed value: int constants 0/1 become FALSE/TRUE. */
    Expr bool(SymbolicValue v) {
        if (v instanceof Th && ((Th) v).thunk() instanceof Thunk.Const) {
            Object c = ((Thunk.Const) ((Th) v).thunk()).value();
            if (c instanceof Integer && ((Integer) c == 0 || (Integer) c == 1)) {
                return (Integer) c == 1 ? Literal.TRUE : Literal.FALSE;
            }
            if (c instanceof Boolean) {
                return (Boolean) c ? Literal.TRUE : Literal.FALSE;
            }
        }
        return expr(v);
    }

    /** The value as a row-independent int constant, or {@code null}. */
    static Integer intConstant(SymbolicValue v) {
        if (v instanceof Th && ((Th) v).thunk() instanceof Thunk.Const) {
            Object c = ((Thunk.Const) ((Th) v).thunk()).value();
            return c instanceof Integer ? (Integer) c : null;
        }
        return null;
    }

    /** {@code value op 0} for an int value compared with zero by IFxx. */
    Expr compareWithZero(BinaryOp op, SymbolicValue v) {
        return new Binary(op, expr(v), params.param(new Thunk.Const(0), Type.INT_TYPE));
    }

    /**
     * A field of a row parameter: in a filter over several rows, marked as a dereference of the row, which
     * is null on the missing side of an outer join (its primary key reads NULL there).
     */
    Expr field(Row row, ColumnRef column) {
        return filter && rows > 1 ? Derefs.mark(column, new ColumnRef(primaryKey(row), row.source())) : column;
    }

    /** The primary key column of a row parameter's model. */
    ColumnMeta primaryKey(Row row) {
        try {
            return ModelMeta.of(row.model()).primaryKey();
        } catch (ModelDefinitionException e) {
            throw new Reject(
                    "a row of " + row.model().getSimpleName() + ", which is not a model (" + e.getMessage() + ")");
        }
    }

    ColumnMeta column(Row row, String field) {
        ModelMeta<?> meta;
        try {
            meta = ModelMeta.of(row.model());
        } catch (ModelDefinitionException e) {
            throw new Reject(
                    "a row of " + row.model().getSimpleName() + ", which is not a model (" + e.getMessage() + ")");
        }
        ColumnMeta c = meta.columnByField(field);
        if (c == null && RelationPaths.isRelation(row.model(), field)) {
            throw new Reject(
                    "the relation holder " + row.model().getSimpleName() + "." + field + " as a value",
                    "read a column of the related row: x." + field + ".get().name");
        }
        if (c == null) {
            throw new Reject(
                    "field " + row.model().getSimpleName() + "." + field + ", which is not a column",
                    "mark it as a column, or compute it in Java outside the lambda");
        }
        return c;
    }

    static String describe(SymbolicValue v) {
        if (v instanceof Row) {
            return "the row object itself (" + ((Row) v).model().getSimpleName() + ")";
        }
        if (v instanceof SymbolicValue.Rel r) {
            return "the relation " + RelationPaths.describe(r) + " itself (read a column of the related row)";
        }
        if (v instanceof Cmp) {
            return "the int result of compareTo/compare used as a number";
        }
        if (v instanceof SymbolicValue.Construct) {
            return "creating a " + ((SymbolicValue.Construct) v).type().getClassName()
                    + " from row values outside a projection";
        }
        if (v instanceof SymbolicValue.Over) {
            return "a window (Sql.over()) outside a window function";
        }
        if (v instanceof SymbolicValue.Uninit) {
            return "an object under construction";
        }
        if (v instanceof Builder) {
            return "a StringBuilder used other than for concatenation";
        }
        if (v instanceof Arr) {
            return "an array built from row values";
        }
        return "an unknown value";
    }
}
