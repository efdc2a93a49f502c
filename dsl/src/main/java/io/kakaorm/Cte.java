package io.kakaorm;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.CommonTable;
import io.kakaorm.query.Join;
import io.kakaorm.query.JoinKind;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import io.kakaorm.spi.QueryExecutor;
import io.vertx.core.Future;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named subquery (a CTE, {@code WITH name AS (…)}) whose rows are rows of a model, so that queries join
 * it and filter against it like a table, with the same typed lambdas:
 *
 * <pre>{@code
 * Cte<Employee> highEarners = Cte.with("high_earners", db.from(Employee.class).where(e -> e.salary >= 1000));
 * db.from(Department.class).join(highEarners, (d, e) -> e.deptId == d.id)
 *         .select((d, e) -> new DeptEmployee(d.name, e.name)).list();
 * highEarners.query().orderBy(e -> e.name).list();            // read it alone
 * db.from(Department.class).whereIn(d -> d.id, highEarners.query().select(e -> e.deptId));
 * }</pre>
 *
 * <p>{@link #withRecursive} follows a self-referencing model to any depth (a category tree): the anchor
 * rows, then every row linked to a row already found, until no new row is found. {@link #leveled()} reads
 * them with their depth.
 *
 * @param <T> the model whose rows the subquery yields
 */
public final class Cte<T> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final String name;
    private final ModelMeta<T> model;
    private final Select body;
    private final int bodyParams;
    private final Select step;
    private final Filter2<T, T> stepLambda;
    private final List<Object> params;
    private final QueryExecutor executor;

    private Cte(
            String name,
            ModelMeta<T> model,
            Select body,
            int bodyParams,
            Select step,
            Filter2<T, T> stepLambda,
            List<Object> params,
            QueryExecutor executor) {
        this.name = name;
        this.model = model;
        this.body = body;
        this.bodyParams = bodyParams;
        this.step = step;
        this.stepLambda = stepLambda;
        this.params = Collections.unmodifiableList(new ArrayList<>(params));
        this.executor = executor;
    }

    /**
     * The rows of {@code query} (every column of its model, in its order and limit if it has them) under
     * the name {@code name}: {@code WITH name AS (SELECT … FROM …)}.
     *
     * @throws IllegalArgumentException when {@code name} is not a plain SQL name or is the model's table
     */
    public static <T> Cte<T> with(String name, Query<T> query) {
        QueryCore c = query.core();
        ModelMeta<T> base = ModelMeta.of(query.modelClass());
        checkName(name, base);
        return new Cte<>(
                name, base, c.select().withItems(List.of()), c.params().size(), null, null, c.params(), c.executor());
    }

    /**
     * A recursive named subquery: the rows of {@code anchor}, then the rows of the model linked by
     * {@code step} to a row already found, and so on to any depth ({@code WITH RECURSIVE name AS (anchor
     * UNION step)}). {@code step} is {@code (child, parent) -> …}: {@code child} a row of the model's table,
     * {@code parent} a row already found, e.g. {@code (c, parent) -> c.parentId.equals(parent.id)} for the
     * descendants of the anchor rows, {@code (c, child) -> c.id.equals(child.parentId)} for their
     * ancestors. UNION finds each row once, so a cycle in the data ends the recursion.
     *
     * @throws IllegalArgumentException when the anchor has an order, limit or offset (a recursive
     *                                  subquery's rows are a set), or the name is not a plain SQL name
     * @throws QueryTranslationException when {@code step} has no exact SQL meaning (with its source line)
     */
    public static <T> Cte<T> withRecursive(String name, Query<T> anchor, Filter2<T, T> step) {
        QueryCore c = anchor.core();
        ModelMeta<T> base = ModelMeta.of(anchor.modelClass());
        checkName(name, base);
        Select s = c.select();
        if (s.limit() != null || s.offset() != null || !s.orderBy().isEmpty() || s.distinct()) {
            throw new IllegalArgumentException("the anchor of the recursive subquery '" + name + "' of "
                    + base.modelClass().getSimpleName() + " has orderBy/limit/offset/distinct: its rows are a set "
                    + "(order or limit the query that reads it)");
        }
        Class<?>[] rows = {base.modelClass(), base.modelClass()};
        LambdaBridge.Decoded d = LambdaBridge.filterOver(step, rows);
        JoinOps.refuseAggregate(d, step, rows, "the step of a recursive subquery");
        List<Object> p = new ArrayList<>(c.params());
        Expr on = ParamBinder.bind(d.expr(), d.values(), p);
        List<SelectItem> items = base.columns().stream()
                .map(col -> new SelectItem(new ColumnRef(col, 0), null))
                .toList();
        Select stepSelect = Select.from(base)
                .withItems(items)
                .withJoin(new Join(JoinKind.INNER, base.asCommonTable(name, null), on));
        return new Cte<>(name, base, s.withItems(List.of()), c.params().size(), stepSelect, step, p, c.executor());
    }

    private static void checkName(String name, ModelMeta<?> model) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a named subquery needs a plain SQL name (letters, digits, _): '" + name + "'");
        }
        if (name.equalsIgnoreCase(model.table())) {
            throw new IllegalArgumentException("the named subquery '" + name + "' would hide the table of "
                    + model.modelClass().getSimpleName() + ": choose another name");
        }
    }

    /** Its name in the WITH clause. */
    public String name() {
        return name;
    }

    /** The model whose rows it yields. */
    public Class<T> modelClass() {
        return model.modelClass();
    }

    /** Whether it refers to itself ({@link #withRecursive}). */
    public boolean recursive() {
        return step != null;
    }

    /** The values of its parameter slots (the body's, then the recursive step's). */
    public List<Object> parameters() {
        return params;
    }

    /**
     * A query of its rows ({@code WITH name AS (…) SELECT … FROM name}): filter, order, count, join or
     * select from it as from a model's table. Writes through it are refused by the database.
     */
    public Query<T> query() {
        ModelMeta<T> view = at(0);
        Select all = new Select(view, List.of(), null, List.of(), null, null);
        return Query.over(view, new QueryCore(view, executor, all, params, List.of()));
    }

    /**
     * The rows of a recursive subquery with their depth (anchor rows 0), ordered by depth then primary key,
     * read in one statement. The depth is the shortest chain of {@code step} links from an anchor row,
     * computed from the rows read; it needs a step that links by an equality of a child column and a
     * parent column ({@code (c, parent) -> c.parentId.equals(parent.id)}, possibly ANDed with more).
     *
     * @throws IllegalStateException when this subquery is not recursive or its step has no such equality
     */
    public Future<List<Leveled<T>>> leveled() {
        if (step == null) {
            throw new IllegalStateException("leveled() reads a recursive subquery: '" + name + "' is not one "
                    + "(build it with Cte.withRecursive)");
        }
        TreeLevels<T> levels = TreeLevels.of(this, step.joins().get(0).on());
        Cte<T> anchors = new Cte<>(
                name + "_anchor", model, body, bodyParams, null, null, params.subList(0, bodyParams), executor);
        Query<T> all = query();
        ColumnRef rowKey = new ColumnRef(model.primaryKey(), 0);
        ColumnRef anchorKey = new ColumnRef(model.primaryKey(), 1);
        QueryCore c = anchors.joinOn(
                all.core(),
                JoinKind.LEFT,
                new Binary(BinaryOp.EQ, rowKey, anchorKey),
                new Object[0],
                "anchor rows of " + name);
        c = c.orderBy(rowKey, new Object[0], false);
        return new JoinQuery2<T, T>(model, c).list().map(levels::levels);
    }

    /** The step lambda (for {@link TreeLevels}). */
    Filter2<T, T> stepLambda() {
        return stepLambda;
    }

    /** The model's metadata (for {@link TreeLevels}). */
    ModelMeta<T> model() {
        return model;
    }

    /**
     * {@code core} joined with this subquery on {@code on} (a lambda over the rows joined so far and this
     * subquery's row, last); its parameters appended to the query's.
     */
    QueryCore joinTo(QueryCore core, JoinKind kind, Serializable on) {
        Class<?>[] before = JoinOps.rows(core);
        Class<?>[] rows = Arrays.copyOf(before, before.length + 1);
        rows[before.length] = model.modelClass();
        if (core.select().isGrouped()
                || core.select().limit() != null
                || core.select().offset() != null) {
            throw new IllegalStateException("join before groupBy/limit/offset");
        }
        LambdaBridge.Decoded d = LambdaBridge.filterOver(on, rows);
        JoinOps.refuseAggregate(d, on, rows, "a join condition");
        return joinOn(core, kind, d.expr(), d.values(), d.source());
    }

    private QueryCore joinOn(QueryCore core, JoinKind kind, Expr on, Object[] values, String source) {
        List<Object> p = new ArrayList<>(core.params());
        int offset = p.size();
        p.addAll(params);
        QueryCore withParams = new QueryCore(core.model(), core.executor(), core.select(), p, core.sources());
        return withParams.join(kind, at(offset), on, values, source + " (with " + name + ")");
    }

    /** Its model read from this subquery, its parameters starting at {@code paramOffset}. */
    private ModelMeta<T> at(int paramOffset) {
        return model.asCommonTable(name, new CommonTable(name, body, step, paramOffset));
    }

    @Override
    public String toString() {
        return "Cte[" + name + " of " + model.modelClass().getSimpleName() + (step != null ? ", recursive" : "") + "]";
    }
}
