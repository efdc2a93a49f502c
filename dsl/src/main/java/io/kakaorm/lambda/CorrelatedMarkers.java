package io.kakaorm.lambda;

import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.ScalarSubquery;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Row;
import io.kakaorm.meta.ModelMeta;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * {@code exists.test(row)} of a captured {@code io.kakaorm.Exists}: decoded to {@code row.pk IN (SELECT
 * …)} over an {@link InParam} whose value, read at call time, is the {@code Exists} itself; the query
 * builder replaces it by the subquery (as for {@code Sql.in(value, subquery)}). The row's primary key is
 * never NULL, nor are the subquery's values, so the IN is two-valued: exactly Java's true/false.
 */
final class CorrelatedMarkers {
    static final String EXISTS = "io/kakaorm/Exists";
    static final String SCALAR = "io/kakaorm/Scalar";

    private CorrelatedMarkers() {}

    static SymbolicValue translate(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        if (!m.name.equals("test") || v.size() != 2) {
            throw new Reject("Exists." + m.name, "use exists.test(row) inside the lambda");
        }
        if (DecodeContext.dependsOnRow(v.get(0))) {
            throw new Reject("an Exists chosen by the row", "capture one Exists and call test(row) on it");
        }
        if (!(v.get(1) instanceof Row row)) {
            throw new Reject(
                    "Exists.test of something other than a lambda parameter", "pass the row itself: exists.test(a)");
        }
        ColumnRef key = new ColumnRef(ModelMeta.of(row.model()).primaryKey(), row.source());
        int slot = ctx.params.slot(ctx.thunk(v.get(0)), Type.getObjectType(EXISTS));
        return new Ex(new InParam(key, slot, false), Type.BOOLEAN_TYPE);
    }

    /**
     * {@code scalar.of(row)} of a captured {@code io.kakaorm.Scalar}: an unbound {@link ScalarSubquery} over the
     * row's primary key whose slot holds the {@code Scalar}, read at call time; the query builder puts the
     * subquery in place. Its type is the one the lambda casts the value to ({@code Long}, {@code Integer}, …).
     */
    static SymbolicValue scalar(DecodeContext ctx, MethodInsnNode m, List<? extends SymbolicValue> v) {
        if (!m.name.equals("of") || v.size() != 2) {
            throw new Reject("Scalar." + m.name, "use scalar.of(row) inside the lambda");
        }
        if (DecodeContext.dependsOnRow(v.get(0))) {
            throw new Reject("a Scalar chosen by the row", "capture one Scalar and call of(row) on it");
        }
        if (!(v.get(1) instanceof Row row)) {
            throw new Reject(
                    "Scalar.of of something other than a lambda parameter", "pass the row itself: scalar.of(a)");
        }
        ColumnRef key = new ColumnRef(ModelMeta.of(row.model()).primaryKey(), row.source());
        int slot = ctx.params.slot(ctx.thunk(v.get(0)), Type.getObjectType(SCALAR));
        return new Ex(new ScalarSubquery(key, null, slot, 0, null, true), Type.getReturnType(m.desc));
    }
}
