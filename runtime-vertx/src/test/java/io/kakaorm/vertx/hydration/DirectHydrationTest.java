package io.kakaorm.vertx.hydration;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kakaorm.SaveResult;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Models hydrated from the driver's values as they are (every field type final) and models whose first row
 * turns that off (an enum arrives as text): both read back what was saved, and the row they were read from
 * is their loaded state, so nothing reads as changed until a field is set.
 */
@ExtendWith(TestDatabases.class)
class DirectHydrationTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 4, 5, 6, 7);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void finalFieldTypes_readBackAsSaved_andTrackChanges(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(PlainRow.class));
        for (int i = 1; i <= 3; i++) {
            int n = i;
            await(db.create(PlainRow.class, r -> {
                r.name = n == 2 ? null : "row-" + n;
                r.qty = n * 10;
                r.price = n + 0.25;
                r.active = n % 2 == 0;
                r.at = AT.plusDays(n);
                r.big = n == 3 ? null : 5_000_000_000L * n;
            }));
        }
        List<PlainRow> rows = await(db.from(PlainRow.class).orderBy(r -> r.qty).list());
        assertEquals(3, rows.size());
        for (int i = 0; i < 3; i++) {
            PlainRow r = rows.get(i);
            int n = i + 1;
            assertEquals(n == 2 ? null : "row-" + n, r.name);
            assertEquals(n * 10, r.qty);
            assertEquals(n + 0.25, r.price);
            assertEquals(n % 2 == 0, r.active);
            assertEquals(AT.plusDays(n), r.at);
            assertEquals(n == 3 ? null : 5_000_000_000L * n, r.big);
            assertEquals(List.of(), r.changedFields(), "row " + n + " is unchanged as loaded");
        }
        PlainRow first = rows.get(0); // MariaDB sends its boolean as a Byte: the kept row reads it as one
        first.active = true;
        assertEquals(List.of("active"), first.changedFields());
        first.active = false;
        assertEquals(List.of(), first.changedFields());
        PlainRow second = rows.get(1);
        second.name = "named";
        second.big = 7L;
        assertEquals(List.of("name", "big"), second.changedFields());
        SaveResult saved = await(second.saveChanges());
        assertEquals(List.of("name", "big"), saved.fields());
        PlainRow back = await(db.get(PlainRow.class, second.id));
        assertEquals("named", back.name);
        assertEquals(7L, back.big);
        assertEquals(20, back.qty);
        assertEquals(List.of(), back.changedFields());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void anEnumField_turnsTheDirectReadOff_andEveryRowIsStillRight(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(ShadedRow.class));
        ShadedRow.Shade[] shades = {ShadedRow.Shade.GREEN, null, ShadedRow.Shade.RED, ShadedRow.Shade.GREEN};
        for (int i = 0; i < shades.length; i++) {
            int n = i;
            await(db.create(ShadedRow.class, r -> {
                r.name = "s" + n;
                r.shade = shades[n];
            }));
        }
        for (int pass = 0; pass < 2; pass++) { // the second pass reads with the direct read already off
            List<ShadedRow> rows =
                    await(db.from(ShadedRow.class).orderBy(r -> r.name).list());
            assertEquals(shades.length, rows.size());
            for (int i = 0; i < shades.length; i++) {
                assertEquals("s" + i, rows.get(i).name);
                assertEquals(shades[i], rows.get(i).shade);
                assertEquals(List.of(), rows.get(i).changedFields(), "pass " + pass + ", row " + i);
            }
        }
        ShadedRow first =
                await(db.from(ShadedRow.class).where(r -> r.name.equals("s0")).first());
        first.shade = ShadedRow.Shade.RED;
        assertEquals(List.of("shade"), first.changedFields());
        await(first.save());
        ShadedRow back = await(db.get(ShadedRow.class, first.id));
        assertEquals(ShadedRow.Shade.RED, back.shade);
        first.shade = null;
        assertEquals(List.of("shade"), first.changedFields());
        assertNull(await(first.save()).shade);
    }
}
