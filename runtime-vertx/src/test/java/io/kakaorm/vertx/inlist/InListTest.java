package io.kakaorm.vertx.inlist;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Filter;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.reliability.Reliability;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code collection.contains(p.x)} with collections of any length: one bound array/JSON value past 16
 * elements, Java's meaning with NULLs in the collection and in the column, one statement text for every length.
 */
@ExtendWith(TestDatabases.class)
class InListTest {
    private static final int ROWS = 100_000;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void seventyThousandCapturedIdsSelectTheirRows(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(InItem.class));
        String rows = switch (which) {
            case POSTGRES -> "SELECT g FROM generate_series(1, " + ROWS + ") AS s(g)";
            case MYSQL -> "SELECT seq AS g FROM seq_1_to_" + ROWS;
            case SQLITE ->
                "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < " + ROWS
                        + ") SELECT n AS g FROM c";
        };
        String k = which == TestDb.MYSQL ? "CONCAT('k', x.g)" : "'k' || x.g";
        String table = which == TestDb.MYSQL ? "`in_item`" : "\"in_item\"";
        await(db.execute("INSERT INTO " + table + " (n, big, s) SELECT x.g, x.g * 8589934592, " + k + " FROM (" + rows
                + ") AS x"));
        assertEquals((long) ROWS, await(db.from(InItem.class).count()));

        List<Integer> ids =
                IntStream.rangeClosed(1, 70_000).map(i -> i * 2).boxed().collect(Collectors.toList());
        long t0 = System.nanoTime();
        assertEquals(
                50_000L,
                await(db.from(InItem.class).where(p -> ids.contains(p.n)).count()));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        Reliability.record("IN with 70000 ids, " + which + ", count (ms)", ms);
        assertEquals(
                50_000L,
                await(db.from(InItem.class).where(p -> !ids.contains(p.n)).count()));

        List<Long> bigs = LongStream.rangeClosed(1, 70_000)
                .map(i -> i * 2 * 8589934592L)
                .boxed()
                .collect(Collectors.toList());
        bigs.add(null);
        bigs.add(Long.MIN_VALUE);
        assertEquals(
                50_000L,
                await(db.from(InItem.class).where(p -> bigs.contains(p.big)).count()));
        // a null in the collection matches the null column, as List.contains(null) does
        assertEquals(
                (long) ROWS,
                await(db.from(InItem.class).where(p -> bigs.contains(p.nbig)).count()));

        List<String> keys = IntStream.rangeClosed(1, 70_000)
                .mapToObj(i -> "k" + (i * 2 + 1))
                .collect(Collectors.toList());
        // (on MariaDB a JSON_TABLE of strings is joined row by row: the rows are narrowed first)
        assertEquals(
                999L,
                await(db.from(InItem.class)
                        .where(p -> p.n <= 2000 && keys.contains(p.s))
                        .count()));
        List<InItem> some = await(db.from(InItem.class)
                .where(p -> ids.contains(p.n) && p.n < 11)
                .orderBy(p -> p.n)
                .list());
        assertEquals(List.of(2, 4, 6, 8, 10), some.stream().map(r -> r.n).toList());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyBindableTypeMeansWhatJavaMeansWithNulls(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(InItem.class));
        List<String> texts = new ArrayList<>(
                List.of("", " ", "a", "a ", "A", "é", "e\u0301", "😀", "ü😀ß", "'", "\"", "\\", "%", "_", "k1", "K1"));
        if (which == TestDb.SQLITE) {
            texts.add("a\u0000b"); // PostgreSQL's text takes no NUL; MariaDB's JSON_TABLE would read it as text too
            texts.add("a\u0000c");
        }
        List<UUID> uuids = new ArrayList<>();
        List<InItem> rows = new ArrayList<>();
        for (int i = 0; i < texts.size() + 4; i++) {
            InItem r = new InItem();
            r.n = i % 3 == 0 ? Integer.MIN_VALUE + i : i % 3 == 1 ? Integer.MAX_VALUE - i : i;
            r.ni = i % 4 == 0 ? null : i - 10;
            r.big = i % 2 == 0 ? Long.MIN_VALUE + i : Long.MAX_VALUE - i;
            r.nbig = i % 5 == 0 ? null : (long) i << 40;
            r.s = i < texts.size() ? texts.get(i) : null;
            r.sh = i % 4 == 1 ? null : (short) (i % 2 == 0 ? Short.MIN_VALUE + i : Short.MAX_VALUE - i);
            r.u = i % 6 == 5 ? null : new UUID(i * 31L, -i);
            r.tone = i % 4 == 3 ? null : InItem.Tone.values()[i % 3];
            r.day = i % 7 == 6 ? null : i % 2 == 0 ? LocalDate.of(1000 + i, 1, 1) : LocalDate.of(9999, 12, 31 - i);
            if (r.u != null) {
                uuids.add(r.u);
            }
            await(db.save(r));
            rows.add(r);
        }
        // every collection longer than 16, with duplicates, values in no row, and (where a null column exists) a null
        List<Integer> ints = new ArrayList<>(Arrays.asList(null, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 5, 5));
        rows.stream().filter(r -> r.n % 2 == 0).forEach(r -> ints.add(r.n));
        IntStream.range(-10, 4).forEach(ints::add);
        List<Long> longs = new ArrayList<>(Arrays.asList(Long.MIN_VALUE, Long.MAX_VALUE, 0L, null));
        rows.stream().filter(r -> r.big % 3 == 0).forEach(r -> longs.add(r.big));
        LongStream.range(1, 16).map(i -> i << 40).forEach(longs::add);
        List<String> strings = new ArrayList<>(texts.subList(0, texts.size() / 2));
        strings.addAll(List.of("a  ", "E", "😀😀", "k10", "k11", "A", "k12", "k13", "k14", "k15"));
        List<String> stringsWithNull = new ArrayList<>(strings);
        stringsWithNull.add(3, null);
        List<Short> shorts = new ArrayList<>(Arrays.asList(Short.MIN_VALUE, Short.MAX_VALUE, (short) 0, null));
        rows.stream().filter(r -> r.sh != null && r.sh < 0).forEach(r -> shorts.add(r.sh));
        IntStream.range(0, 14).forEach(i -> shorts.add((short) (Short.MAX_VALUE - i * 3)));
        List<UUID> someUuids = new ArrayList<>(uuids.subList(0, uuids.size() / 2));
        IntStream.range(0, 16).forEach(i -> someUuids.add(UUID.randomUUID()));
        List<UUID> uuidsWithNull = new ArrayList<>(someUuids);
        uuidsWithNull.add(null);
        List<InItem.Tone> tones = new ArrayList<>();
        IntStream.range(0, 17).forEach(i -> tones.add(i % 2 == 0 ? InItem.Tone.RED : InItem.Tone.BLUE));
        List<InItem.Tone> tonesWithNull = new ArrayList<>(tones);
        tonesWithNull.add(null);
        List<LocalDate> days = new ArrayList<>(Arrays.asList(
                LocalDate.of(1000, 1, 1),
                LocalDate.of(9999, 12, 31),
                LocalDate.of(-5, 1, 1),
                LocalDate.of(12_000, 1, 1),
                LocalDate.of(1970, 1, 1),
                null));
        rows.stream().filter(r -> r.day != null && r.day.getYear() % 4 == 2).forEach(r -> days.add(r.day));
        IntStream.range(0, 12).forEach(i -> days.add(LocalDate.of(1000 + i * 3, 1, 1)));

        // past 1,000 strings MariaDB binds them as one JSON value too
        List<String> manyStrings = new ArrayList<>(stringsWithNull);
        IntStream.range(0, 1_000).forEach(i -> manyStrings.add("z" + i));
        List<UUID> manyUuids = new ArrayList<>(uuidsWithNull);
        IntStream.range(0, 1_000).forEach(i -> manyUuids.add(new UUID(i, i)));
        List<InItem.Tone> manyTones = new ArrayList<>(tonesWithNull);
        IntStream.range(0, 1_000).forEach(i -> manyTones.add(InItem.Tone.GREEN));

        List<Filter<InItem>> filters = List.of(
                p -> ints.contains(p.n),
                p -> !ints.contains(p.n),
                p -> ints.contains(p.ni),
                p -> !ints.contains(p.ni),
                p -> ints.contains(p.n + 1),
                p -> longs.contains(p.big),
                p -> longs.contains(p.nbig),
                p -> !longs.contains(p.nbig),
                p -> strings.contains(p.s),
                p -> !strings.contains(p.s),
                p -> stringsWithNull.contains(p.s),
                p -> !stringsWithNull.contains(p.s),
                p -> shorts.contains(p.sh),
                p -> !shorts.contains(p.sh),
                p -> someUuids.contains(p.u),
                p -> !someUuids.contains(p.u),
                p -> uuidsWithNull.contains(p.u),
                p -> tones.contains(p.tone),
                p -> !tones.contains(p.tone),
                p -> tonesWithNull.contains(p.tone),
                p -> days.contains(p.day),
                p -> !days.contains(p.day),
                p -> ints.contains(p.n) || strings.contains(p.s),
                p -> manyStrings.contains(p.s),
                p -> !manyStrings.contains(p.s),
                p -> manyUuids.contains(p.u),
                p -> !manyTones.contains(p.tone));
        for (int f = 0; f < filters.size(); f++) {
            Filter<InItem> filter = filters.get(f);
            Set<Integer> expected =
                    rows.stream().filter(filter::test).map(r -> r.n).collect(Collectors.toCollection(TreeSet::new));
            Set<Integer> actual = await(db.from(InItem.class).where(filter).list()).stream()
                    .map(r -> r.n)
                    .collect(Collectors.toCollection(TreeSet::new));
            String sql = text(db.from(InItem.class).where(filter).toSql());
            assertEquals(expected, actual, which + " filter #" + f + ": " + sql);
            assertTrue(
                    which == TestDb.MYSQL && (f >= 8 && f <= 11 || f >= 14 && f <= 19)
                            || sql.contains(
                                    which == TestDb.POSTGRES
                                            ? "ANY("
                                            : which == TestDb.MYSQL ? "JSON_TABLE" : "json_each"),
                    "filter #" + f + " binds one value");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void oneStatementTextServesEveryLength(TestDb which) {
        Database db = which == TestDb.SQLITE
                ? TestDatabases.open(which)
                : await(KakaORM.connect(null, TestDatabases.options(which).withMaxSize(1)));
        if (which != TestDb.SQLITE) {
            TestDatabases.register(db::close);
        }
        await(db.createTable(InItem.class));
        Set<String> texts = new HashSet<>();
        for (int n : new int[] {17, 18, 100, 5_000, 70_000, 1_000_000}) {
            List<Integer> ids = IntStream.range(0, n).boxed().toList();
            texts.add(text(db.from(InItem.class).where(p -> ids.contains(p.n)).toSql()));
            assertEquals(
                    0L,
                    await(db.from(InItem.class).where(p -> ids.contains(p.n)).count()));
        }
        assertEquals(1, texts.size(), String.valueOf(texts));
        if (which == TestDb.POSTGRES) { // the one connection prepared the statement once
            assertEquals(
                    1L,
                    await(db.fetchValue(
                            Long.class,
                            "SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE '%= ANY(%'"
                                    + " AND statement NOT LIKE '%pg_prepared_statements%'")));
        }
    }

    /** The statement text of {@code Query.toSql()}, without its binds. */
    private static String text(String toSql) {
        return toSql.substring(0, toSql.lastIndexOf(" ["));
    }
}
