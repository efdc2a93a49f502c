package io.kakaorm.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.dialect.ExprCases.ExprCase;
import io.kakaorm.dialect.live.LiveDb;
import io.kakaorm.dialect.live.TestDb;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.SelectItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every SQL of {@link ExprTest}'s table is accepted by its real database (the semantics are {@code SemanticsTest}'s). */
class ExprRunsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyRenderedExpressionRuns(TestDb db) {
        try (LiveDb live = db.open()) {
            Dialect d = live.dialect();
            d.createTable(ModelMeta.of(Models.Author.class), false).forEach(live::execute);
            d.createTable(ExprCases.POST, false).forEach(live::execute);
            List<String> failures = new ArrayList<>();
            for (ExprCase c : ExprCases.predicates()) {
                run(live, c, () -> d.select(ExprTest.BASE.withWhere(c.expr()), c.params()), failures);
            }
            for (ExprCase c : ExprCases.values()) {
                run(
                        live,
                        c,
                        () -> d.select(ExprTest.BASE.withItems(List.of(new SelectItem(c.expr(), "v"))), c.params()),
                        failures);
            }
            assertEquals("", String.join("\n", failures), db + " rejected");
        }
    }

    private static void run(LiveDb live, ExprCase c, Supplier<CompiledSql> sql, List<String> failures) {
        try {
            live.query(sql.get());
        } catch (RuntimeException e) {
            failures.add(c.name() + ": " + e.getMessage());
        }
    }
}
