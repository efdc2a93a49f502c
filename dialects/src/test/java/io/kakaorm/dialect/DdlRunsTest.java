package io.kakaorm.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.dialect.ddl.ConstraintNames;
import io.kakaorm.dialect.live.LiveDb;
import io.kakaorm.dialect.live.TestDb;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Select;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The DDL of every test model runs on each database, the IF [NOT] EXISTS forms are idempotent. */
class DdlRunsTest {
    static final List<Class<?>> CREATE_ORDER = List.of(
            Models.Author.class,
            Models.Post.class,
            Models.AllTypes.class,
            Models.Country.class,
            Models.City.class,
            Models.Order.class,
            Models.LongNames.class);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyModelsTableIsCreatedAndDropped(TestDb db) {
        try (LiveDb live = db.open()) {
            Dialect d = live.dialect();
            for (Class<?> c : CREATE_ORDER) {
                d.createTable(ModelMeta.of(c), false).forEach(live::execute);
                d.createTable(ModelMeta.of(c), true).forEach(live::execute); // already there: no error
            }
            for (Class<?> c : CREATE_ORDER) {
                assertEquals(
                        0L,
                        ((Number) live.query(d.count(Select.from(ModelMeta.of(c)), new Object[0]))
                                        .get(0)
                                        .get(0))
                                .longValue());
            }
            for (int i = CREATE_ORDER.size() - 1; i >= 0; i--) {
                Class<?> c = CREATE_ORDER.get(i);
                d.dropTable(ModelMeta.of(c), false).forEach(live::execute);
                d.dropTable(ModelMeta.of(c), true).forEach(live::execute); // gone: no error
            }
            assertThrows(
                    IllegalStateException.class,
                    () -> live.query(d.count(Select.from(ModelMeta.of(Models.Author.class)), new Object[0])));
        }
    }

    @Test
    void longNamesAreShortenedToFitEveryDatabase() {
        String index =
                "idx_a_table_name_that_is_rather_long_for_an_index_some_rather_long_column_name_another_rather_long_column_name";
        String shortened = ConstraintNames.fit(index);
        assertEquals(63, shortened.length());
        assertTrue(shortened.startsWith(index.substring(0, 54) + "_"));
        assertEquals(shortened, ConstraintNames.fit(index), "stable");
        assertEquals("fk_short", ConstraintNames.fit("fk_short"));
        assertTrue(String.join("\n", SqlCase.PG.createTable(ModelMeta.of(Models.LongNames.class), false))
                .contains("\"" + shortened + "\""));
    }
}
