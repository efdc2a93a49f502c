package io.kakaorm;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.ScalarSubquery;
import io.kakaorm.expr.Window;
import io.kakaorm.lambda.PathReads;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Assignment;
import io.kakaorm.query.Delete;
import io.kakaorm.query.InsertSelect;
import io.kakaorm.query.OrderItem;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import io.kakaorm.query.Update;
import io.kakaorm.spi.QueryExecutor;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes a relation path read as a value fail where Java's {@code get().field} throws ({@link PathReads}),
 * on exactly the rows Java reads it on:
 *
 * <ul>
 *   <li>select values are read on the rows that come back (after LIMIT): a hidden last column flags a row
 *       lacking its related row, and the mapper fails the query there ({@link Projection.Checked}) — in the
 *       same statement, so on the same snapshot;
 *   <li>orderBy keys are read on every row the query sorts: in the same statement when every such row comes
 *       back (no limit/offset), else by a check statement run first over the filtered rows;
 *   <li>group keys, window parts, aggregate arguments, update values and INSERT … SELECT values are read on
 *       rows that do not come back: a check statement ({@code SELECT MAX(CASE WHEN missing …)}) over those
 *       rows runs first, and a flagged row fails the operation before it reads or writes anything.
 * </ul>
 *
 * A check statement and the query are two statements: inside a transaction they see the same rows at
 * REPEATABLE READ or SERIALIZABLE (and always on SQLite). A path a WHERE already requires (a guard's
 * {@code probe IS NOT NULL}, from {@code where(p -> p.author.get().… )}) needs no check. Statements without
 * paths pass through untouched.
 */
final class PathChecks implements QueryExecutor {
    private final QueryExecutor delegate;
    private final Class<?> model;

    private PathChecks(QueryExecutor delegate, Class<?> model) {
        this.delegate = delegate;
        this.model = model;
    }

    static QueryExecutor wrap(QueryExecutor delegate, Class<?> model) {
        return new PathChecks(delegate, model);
    }

    private enum Mode {
        ROWS,
        COUNT,
        WRITE
    }

    /** What a statement's path reads need: a per-row flag of its results, and check statements to run first. */
    private record Plan(Expr rowMissing, List<Select> checks, PathReads.Described described) {}

    private static boolean anyPath(Select s) {
        for (SelectItem i : s.items()) {
            if (PathReads.reads(i.expr())) {
                return true;
            }
        }
        for (OrderItem o : s.orderBy()) {
            if (PathReads.reads(o.expr())) {
                return true;
            }
        }
        for (Expr g : s.groupBy()) {
            if (PathReads.reads(g)) {
                return true;
            }
        }
        return false;
    }

    private static Plan plan(Select s, Mode mode) {
        if (!anyPath(s)) {
            return null;
        }
        Set<ScalarSubquery> assured = PathReads.assured(s.where());
        Expr row = null; // read on each row that comes back
        Expr all = null; // read on every row the WHERE selects
        Expr limited = null; // read on every row of the statement (its LIMIT kept)
        List<Expr> read = new ArrayList<>();
        boolean windowed = s.limit() != null || s.offset() != null;
        boolean grouped = !s.groupBy().isEmpty() || s.having() != null;
        boolean aggregated = grouped || s.items().stream().anyMatch(i -> Shapes.aggregate(i.expr()));
        for (SelectItem i : s.items()) {
            Expr m = PathReads.missing(i.expr(), assured);
            if (m == null || mode == Mode.COUNT && !grouped && !s.distinct()) {
                continue;
            }
            read.add(i.expr());
            if (grouped || Shapes.window(i.expr())) {
                all = or(all, m);
            } else if (aggregated || mode != Mode.ROWS) {
                limited = or(limited, m);
            } else {
                row = or(row, m);
            }
        }
        for (OrderItem o : s.orderBy()) {
            Expr m = PathReads.missing(o.expr(), assured);
            if (m == null || mode == Mode.COUNT || aggregated && !grouped && !windowed) {
                continue; // not sorted: a count, or an aggregate over every row
            }
            read.add(o.expr());
            if (mode == Mode.ROWS && !windowed && !grouped) {
                row = or(row, m);
            } else {
                all = or(all, m);
            }
        }
        for (Expr g : s.groupBy()) {
            Expr m = PathReads.missing(g, assured);
            if (m != null) {
                read.add(g);
                all = or(all, m);
            }
        }
        List<Select> checks = new ArrayList<>();
        if (all != null) {
            checks.add(new Select(
                    s.from(), List.of(max(all)), s.where(), List.of(), null, null, s.joins(), List.of(), null, false));
        }
        if (limited != null) {
            checks.add(s.withItems(List.of(max(limited))));
        }
        if (row == null && checks.isEmpty()) {
            return null;
        }
        return new Plan(row, checks, PathReads.described(read.size() == 1 ? read.get(0) : concat(read)));
    }

    /** The expressions as one tree, so that their paths are described left to right. */
    private static Expr concat(List<Expr> es) {
        Expr out = es.get(0);
        for (int i = 1; i < es.size(); i++) {
            out = new Binary(BinaryOp.OR, out, es.get(i));
        }
        return out;
    }

    private static SelectItem max(Expr missing) {
        return new SelectItem(new Call(Function.MAX, List.of(PathReads.flag(missing)), ColumnType.LONG), null);
    }

    private static Expr or(Expr a, Expr b) {
        return a == null ? b : new Binary(BinaryOp.OR, a, b);
    }

    private MissingRelatedRowException failure(Plan p, String where) {
        return new MissingRelatedRowException(
                model, p.described().relations(), p.described().sources(), where);
    }

    /** Runs the plan's checks one after the other; fails at the first that flags a row. */
    private Future<Void> check(Plan p, Object[] params, String where) {
        Future<Void> f = Future.succeededFuture();
        for (Select c : p.checks()) {
            Projection.Scalar<Long> one =
                    new Projection.Scalar<>(c.items().get(0).expr(), Long.class);
            f = f.compose(v -> delegate.list(c, params, one).compose(rows -> {
                Long flagged = rows.isEmpty() ? null : rows.get(0);
                return flagged != null && flagged == 1L
                        ? Future.failedFuture(failure(p, where))
                        : Future.succeededFuture();
            }));
        }
        return f;
    }

    private <R> Projection.Checked<R> checked(Plan p, Projection<R> projection, String where) {
        return new Projection.Checked<>(projection, PathReads.flag(p.rowMissing()), () -> failure(p, where));
    }

    private static Select flagged(Select select, Expr flag) {
        List<SelectItem> items = new ArrayList<>(select.items());
        items.add(new SelectItem(flag, null));
        return select.withItems(items);
    }

    private static String reader(Select s) {
        return s.isGrouped() ? "groupBy/select" : s.orderBy().isEmpty() ? "select" : "select/orderBy";
    }

    @Override
    public <R> Future<List<R>> list(Select select, Object[] params, Projection<R> projection) {
        Plan p = plan(select, Mode.ROWS);
        if (p == null) {
            return delegate.list(select, params, projection);
        }
        String where = reader(select);
        return check(p, params, where).compose(v -> {
            if (p.rowMissing() == null) {
                return delegate.list(select, params, projection);
            }
            Projection.Checked<R> c = checked(p, projection, where);
            return delegate.list(flagged(select, c.flag()), params, c);
        });
    }

    @Override
    public <R> QueryStream<R> stream(Select select, Object[] params, Projection<R> projection, int fetchSize) {
        Plan p = plan(select, Mode.ROWS);
        if (p == null) {
            return delegate.stream(select, params, projection, fetchSize);
        }
        if (!p.checks().isEmpty()) {
            throw new IllegalStateException("stream() of a query that reads a relation path on rows it does not "
                    + "return (orderBy with limit/offset, groupBy, windows) cannot check them first; use list()");
        }
        Projection.Checked<R> c = checked(p, projection, reader(select));
        return delegate.stream(flagged(select, c.flag()), params, c, fetchSize);
    }

    @Override
    public Future<Long> count(Select select, Object[] params) {
        Plan p = plan(select, Mode.COUNT);
        return p == null
                ? delegate.count(select, params)
                : check(p, params, "count").compose(v -> delegate.count(select, params));
    }

    @Override
    public Future<Integer> update(Update update, Object[] params) {
        Expr missing = null;
        List<Expr> read = new ArrayList<>();
        Set<ScalarSubquery> assured = PathReads.assured(update.where());
        for (Assignment a : update.set()) {
            Expr m = PathReads.missing(a.value(), assured);
            if (m != null) {
                missing = or(missing, m);
                read.add(a.value());
            }
        }
        if (missing == null) {
            return delegate.update(update, params);
        }
        Select scope = new Select(update.model(), List.of(max(missing)), update.where(), List.of(), null, null);
        Plan p = new Plan(null, List.of(scope), PathReads.described(concat(read)));
        return check(p, params, "update").compose(v -> delegate.update(update, params));
    }

    @Override
    public Future<Integer> insertSelect(InsertSelect insert, Object[] params) {
        Plan p = plan(insert.select(), Mode.WRITE);
        return p == null
                ? delegate.insertSelect(insert, params)
                : check(p, params, "insertInto").compose(v -> delegate.insertSelect(insert, params));
    }

    @Override
    public Future<Integer> delete(Delete delete, Object[] params) {
        return delegate.delete(delete, params);
    }

    @Override
    public Future<Integer> move(Select rows, ModelMeta<?> to, Object[] params) {
        return delegate.move(rows, to, params);
    }

    /** The statement as it runs (with its hidden flag), after the check statements that run first. */
    @Override
    public String describe(Select select, Object[] params) {
        Plan p = plan(select, Mode.ROWS);
        if (p == null) {
            return delegate.describe(select, params);
        }
        StringBuilder b = new StringBuilder();
        for (Select c : p.checks()) {
            b.append(delegate.describe(c, params)).append(";\n");
        }
        Select main = p.rowMissing() == null ? select : flagged(select, PathReads.flag(p.rowMissing()));
        return b.append(delegate.describe(main, params)).toString();
    }

    @Override
    public String describe(Update update, Object[] params) {
        return delegate.describe(update, params);
    }

    @Override
    public String describe(Delete delete, Object[] params) {
        return delegate.describe(delete, params);
    }

    @Override
    public String describe(InsertSelect insert, Object[] params) {
        return delegate.describe(insert, params);
    }

    /** Where in a tree an aggregate or a window sits. */
    private static final class Shapes {
        private Shapes() {}

        static boolean aggregate(Expr e) {
            return find(e, true);
        }

        static boolean window(Expr e) {
            return find(e, false);
        }

        private static boolean find(Expr e, boolean aggregate) {
            if (aggregate && e instanceof Call c && c.function().isAggregate()) {
                return true;
            }
            if (!aggregate && e instanceof Window) {
                return true;
            }
            return PathReads.children(e).stream().anyMatch(x -> find(x, aggregate));
        }
    }
}
