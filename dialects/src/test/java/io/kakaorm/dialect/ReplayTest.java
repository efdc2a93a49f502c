package io.kakaorm.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.dialect.ExprCases.ExprCase;
import io.kakaorm.dialect.sql.SqlDialect;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A statement instance rendered again is replayed from its recorded plan (text, null checks, bind
 * slots) instead of walked: for every expression case, every dialect, and values that change which
 * parameters are null, the replayed statement equals the render of an equal statement that is not the
 * same instance (which takes the walking path).
 */
class ReplayTest {

    private static String outcome(Function<Select, CompiledSql> render, Select s) {
        try {
            return render.apply(s).toString();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    /** The parameters as given, then each one null in turn, then as given again. */
    private static List<Object[]> variants(Object[] params) {
        List<Object[]> out = new ArrayList<>();
        out.add(params);
        for (int i = 0; i < params.length; i++) {
            if (params[i] != null) {
                Object[] v = params.clone();
                v[i] = null;
                out.add(v);
            }
        }
        out.add(params.clone());
        return out;
    }

    @Test
    void aReplayedStatementEqualsAWalkedOne() {
        List<ExprCase> cases = new ArrayList<>();
        cases.addAll(ExprCases.predicates());
        cases.addAll(ExprCases.values());
        int compared = 0;
        for (Dialect d : Dialects.all()) {
            for (ExprCase c : cases) {
                Select where = ExprTest.BASE.withWhere(c.expr());
                Select value = ExprTest.BASE.withItems(List.of(new SelectItem(c.expr(), null)));
                for (Select s : List.of(where, value)) {
                    for (int round = 0; round < 3; round++) {
                        for (Object[] v : variants(c.params())) {
                            Select copy = s.withWhere(s.where());
                            assertTrue(copy != s && copy.equals(s), "a copy is another instance");
                            assertEquals(
                                    outcome(x -> d.select(x, v), copy),
                                    outcome(x -> d.select(x, v), s),
                                    d.name() + " select " + c.name());
                            assertEquals(
                                    outcome(x -> d.count(x, v), copy),
                                    outcome(x -> d.count(x, v), s),
                                    d.name() + " count " + c.name());
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 500, "compared " + compared);
        for (Dialect d : Dialects.all()) {
            assertTrue(plans(d) > 50, d.name() + " replays some of them: " + plans(d));
        }
    }

    /** How many statements {@code d} replays (its cache is private: read by reflection, for this test only). */
    private static int plans(Dialect d) {
        try {
            Field f = SqlDialect.class.getDeclaredField("replays");
            f.setAccessible(true);
            Object cache = f.get(d);
            Field m = cache.getClass().getDeclaredField("plans");
            m.setAccessible(true);
            return ((Map<?, ?>) m.get(cache)).size();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
