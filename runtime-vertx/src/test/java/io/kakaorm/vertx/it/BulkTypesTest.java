package io.kakaorm.vertx.it;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kakaorm.meta.ColumnMeta;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** bulkCreate writes every column type as save() does (PostgreSQL sends them as typed arrays). */
@ExtendWith(TestDatabases.class)
class BulkTypesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void bulkCreateRoundTripsEveryTypeAndAllNullColumns(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Gadget.class));
        List<Gadget> rows = List.of(TypesTest.low(), TypesTest.high(), new Gadget());
        await(db.bulkCreate(rows));
        TypesTest.assertSameValues(rows.get(0), await(db.get(Gadget.class, rows.get(0).id)));
        TypesTest.assertSameValues(rows.get(1), await(db.get(Gadget.class, rows.get(1).id)));

        List<Gadget> nulls = List.of(new Gadget(), new Gadget());
        await(db.bulkCreate(nulls));
        Gadget back = await(db.get(Gadget.class, nulls.get(1).id));
        for (ColumnMeta c : ModelMeta.of(Gadget.class).columns()) {
            if (!c.primaryKey() && c.nullable()) {
                assertNull(c.get(back), c.fieldName());
            }
        }
        assertEquals(5L, await(db.from(Gadget.class).count()));
    }
}
