package io.kakaorm.lambda;

import io.kakaorm.ModelDefinitionException;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.ScalarSubquery;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.SymbolicValue.Ex;
import io.kakaorm.lambda.SymbolicValue.Rel;
import io.kakaorm.lambda.SymbolicValue.Row;
import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Join;
import io.kakaorm.query.JoinKind;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * Relation paths of single-valued relations inside a query lambda: {@code p.author.get().name} (a
 * {@code belongsTo}, chained as {@code p.author.get().country.get().name}) is the related row's column, a
 * correlated scalar subquery {@code (SELECT s1.name FROM post s0 JOIN author s1 ON s1.id = s0.author_id
 * WHERE s0.id = p.id)}: at most one row by the related primary key, so the outer row count never changes.
 *
 * <p>A {@code hasOne} hop ({@code w.bio.get().text}) joins the related rows on their foreign key and only
 * where there is exactly one of them ({@code AND (SELECT COUNT(*) …) = 1} in the join condition): Java's
 * {@code get()} is {@code null} without one and {@code load()} fails with several, so the path has a value
 * only where one row references the row. Hops chain in both directions ({@code w.bio.get().editor.get()…}).
 *
 * <p>Java's {@code get().name} throws NullPointerException when there is no related row (a NULL or dangling
 * key, none or several hasOne rows); such a row is never selected. In a predicate every comparison holding a
 * path is evaluated only where the related row is there ({@link NullGuard}), with Java's left-to-right
 * {@code && || !}: {@code p.authorId == null || p.author.get().name.startsWith("A")} selects the NULL-key
 * rows, {@code !p.author.get().name.startsWith("A")} does not. Read as a value (select, orderBy, updates,
 * aggregates), the query fails where Java would throw ({@link PathReads}). A {@code hasMany} path
 * ({@code a.posts.get()…}) has no one value and is refused with the spelling that says what is meant (a
 * correlated {@code Exists} or {@code Scalar}).
 */
final class RelationPaths {
    /** One relation step: field {@code field} of {@code owner}, resolved. */
    record Hop(Class<?> owner, String field, RelationLookup.Keys keys) {}

    private RelationPaths() {}

    /** Whether {@code field} of {@code model} is a relation holder ({@code BelongsTo}, {@code HasOne}, {@code HasMany}). */
    static boolean isRelation(Class<?> model, String field) {
        for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                return f.getType().getName().startsWith("io.kakaorm.relation.");
            } catch (NoSuchFieldException e) {
                // the superclass may declare it
            }
        }
        return false;
    }

    /** {@code row.field} of a relation field: the holder, not yet read. */
    static Rel start(Row row, String field, Type type) {
        return new Rel(row.source(), List.of(hop(row.model(), field)), false, type);
    }

    /** {@code rel.get()}. */
    static Rel get(Rel rel) {
        if (rel.got()) {
            throw new Reject("get() of a related row", "read a field of it: p.author.get().name");
        }
        return new Rel(rel.source(), rel.hops(), true, Type.getType(Object.class));
    }

    /** {@code rel.field} of a related row: its column as a subquery, or the next relation holder. */
    static SymbolicValue field(Rel rel, String field, Type type) {
        Class<?> target = rel.target();
        if (!rel.got()) {
            throw new Reject(
                    "field " + field + " of the relation holder " + describe(rel),
                    "read the related row's field through get(): p.author.get().name");
        }
        ColumnMeta c = ModelMeta.of(target).columnByField(field);
        if (c != null) {
            return new Ex(value(rel, c), type);
        }
        if (isRelation(target, field)) {
            List<Hop> hops = new ArrayList<>(rel.hops());
            hops.add(hop(target, field));
            return new Rel(rel.source(), hops, false, type);
        }
        throw new Reject(
                "field " + target.getSimpleName() + "." + field + ", which is not a column",
                "mark it as a column, or compute it in Java outside the lambda");
    }

    static String describe(Rel rel) {
        StringBuilder b = new StringBuilder(rel.hops().get(0).owner().getSimpleName());
        for (Hop h : rel.hops()) {
            b.append(b.length() > 0 && h != rel.hops().get(0) ? ".get()." : ".").append(h.field());
        }
        return b.append(rel.got() ? ".get()" : "").toString();
    }

    private static Hop hop(Class<?> owner, String field) {
        RelationLookup.Keys k;
        try {
            k = RelationLookup.of(owner, field);
        } catch (ModelDefinitionException e) {
            throw new Reject("the relation " + owner.getSimpleName() + "." + field + " (" + e.getMessage() + ")");
        }
        if (k == null) {
            throw new Reject("field " + owner.getSimpleName() + "." + field + ", which is not a relation");
        }
        if (k.kind().equals("hasMany")) {
            throw refusal(owner, field, k.kind());
        }
        return new Hop(owner, field, k);
    }

    /** The column {@code c} of the row {@code rel.get()} reads: NULL when there is none. */
    private static ScalarSubquery value(Rel rel, ColumnMeta c) {
        ModelMeta<?> root = ModelMeta.of(rel.hops().get(0).owner());
        Select s = new Select(
                root, List.of(new SelectItem(new ColumnRef(c, rel.hops().size()), null)), null, List.of(), null, null);
        int source = 0;
        for (Hop h : rel.hops()) {
            source++;
            ModelMeta<?> m = ModelMeta.of(h.keys().target());
            Expr on = new Binary(
                    BinaryOp.EQ,
                    new ColumnRef(h.keys().targetColumn(), source),
                    new ColumnRef(h.keys().ownerColumn(), source - 1));
            ColumnMeta soft = m.softDeleteColumn();
            if (soft != null) { // a deleted row is not loaded, so it is not there
                on = new Binary(BinaryOp.AND, on, new Unary(UnaryOp.IS_NULL, new ColumnRef(soft, source)));
            }
            if (h.keys().kind().equals("hasOne")) { // get() has a row only where exactly one references it
                on = new Binary(BinaryOp.AND, on, new Binary(BinaryOp.EQ, related(h, source - 1), ONE));
            }
            s = s.withJoin(new Join(JoinKind.INNER, m, on));
        }
        ScalarSubquery path = ScalarSubquery.path(new ColumnRef(root.primaryKey(), rel.source()), s, c.type());
        PathReads.describe(s, describe(new Rel(rel.source(), rel.hops(), true, rel.type())));
        return path;
    }

    private static final Literal ONE = new Literal(1L, ColumnType.LONG);

    /** How many rows of the hasOne hop {@code h} reference the row of source {@code owner}: a correlated count. */
    private static ScalarSubquery related(Hop h, int owner) {
        ModelMeta<?> from = ModelMeta.of(h.owner());
        ModelMeta<?> m = ModelMeta.of(h.keys().target());
        Expr on = new Binary(
                BinaryOp.EQ,
                new ColumnRef(h.keys().targetColumn(), 1),
                new ColumnRef(h.keys().ownerColumn(), 0));
        ColumnMeta soft = m.softDeleteColumn();
        if (soft != null) {
            on = new Binary(BinaryOp.AND, on, new Unary(UnaryOp.IS_NULL, new ColumnRef(soft, 1)));
        }
        Select count = new Select(
                        from,
                        List.of(new SelectItem(new Call(Function.COUNT, List.of(), ColumnType.LONG), null)),
                        null,
                        List.of(),
                        null,
                        null)
                .withJoin(new Join(JoinKind.INNER, m, on));
        // bound, without parameters, and not a path: the renderer correlates it on the owner's primary key
        return new ScalarSubquery(new ColumnRef(from.primaryKey(), owner), count, -1, 0, ColumnType.LONG, false);
    }

    /** The probe of {@code path}: its related row's primary key, read the same way (NULL: not there). */
    static ScalarSubquery probe(ScalarSubquery path) {
        Select sub = (Select) path.subquery();
        ColumnMeta pk = sub.joins().get(sub.joins().size() - 1).model().primaryKey();
        return ScalarSubquery.probe(
                path.key(),
                sub.withItems(
                        List.of(new SelectItem(new ColumnRef(pk, sub.joins().size()), null))),
                pk.type());
    }

    static Reject refusal(Class<?> model, String field, String kind) {
        String m = model.getSimpleName();
        return new Reject(
                "the " + kind + " path " + m + "." + field + ".get() inside a query lambda",
                "a list of related rows has no one value; say what is meant with a correlated EXISTS "
                        + "(Exists<" + m + "> e = Exists.of(" + m + ".class, Related.class, (x, r) -> "
                        + "r.xId.equals(x.id) && …), then where(x -> e.test(x))) or a Scalar (count, max, min, sum)");
    }
}
