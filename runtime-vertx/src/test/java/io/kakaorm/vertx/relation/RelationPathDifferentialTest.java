package io.kakaorm.vertx.relation;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kakaorm.Filter;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Java meaning == SQL meaning for belongsTo paths in where lambdas: random writers (with and without a country,
 * a country with a NULL name) and tales (NULL, dangling and valid keys), random lambda shapes with captured
 * values mixing paths, chained paths, row conditions, {@code && || !}; each compared with the same lambda run
 * over the instances loaded with their relations prefetched, a row on which Java throws being unselected.
 * Seed: {@code -Dkakaorm.pathdiff.seed=N}.
 */
@ExtendWith(TestDatabases.class)
class RelationPathDifferentialTest {
    static final long SEED = Long.getLong("kakaorm.pathdiff.seed", System.nanoTime());
    static final int CASES = Integer.getInteger("kakaorm.pathdiff.cases", 200);
    private static final String[] NAMES = {"Ann", "Abe", "Bob", "Cy", "Al", "B", "Anna"};
    private static final String[] WORDS = {"A", "An", "B", "Bob", "", "Z", "Cy"};
    private static final String[] TITLES = {"one", "two", "tale", "oz", "t", "tree"};

    private static Filter<Tale> shape(Random r, StringBuilder name) {
        String w = WORDS[r.nextInt(WORDS.length)];
        String w2 = TITLES[r.nextInt(TITLES.length)].substring(0, 1);
        String code = r.nextBoolean() ? "JP" : "XX";
        int n = r.nextInt(5);
        int shape = r.nextInt(10);
        name.append("shape ")
                .append(shape)
                .append(" w=")
                .append(w)
                .append(" w2=")
                .append(w2)
                .append(" code=")
                .append(code)
                .append(" n=")
                .append(n);
        return switch (shape) {
            case 0 -> t -> t.writer.get().name.startsWith(w);
            case 1 -> t -> !t.writer.get().name.startsWith(w);
            case 2 -> t -> t.writerId == null || t.writer.get().name.equals(w);
            case 3 -> t -> t.title.startsWith(w2) && !t.writer.get().name.equals(w);
            case 4 -> t -> !(t.title.startsWith(w2) || t.writer.get().name.startsWith(w));
            case 5 -> t -> !code.equals(t.writer.get().countryCode);
            case 6 -> t -> t.writer.get().name.length() > n || t.title.length() < n;
            case 7 -> t -> t.writer.get().country.get().code.equals(code);
            case 8 ->
                t -> !(t.writer.get().country.get().name == null)
                        && t.writer.get().name.length() != n;
            default -> t -> t.title.length() > n ? t.writer.get().name.startsWith(w) : !t.title.startsWith(w2);
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void randomRelationPathsMatchJava(TestDb testDb) {
        System.out.println("RelationPathDifferentialTest[" + testDb + "] seed=" + SEED + " cases=" + CASES);
        Random r = new Random(SEED);
        Database db = TestDatabases.open(testDb);
        for (var m : List.of(Country.class, Writer.class, Tale.class)) {
            await(db.createTable(m));
        }
        await(db.create(Country.class, c -> {
            c.code = "JP";
            c.name = "Japan";
        }));
        await(db.create(Country.class, c -> c.code = "XX")); // NULL name
        List<Long> writers = new ArrayList<>();
        for (String nm : NAMES) {
            String country = new String[] {null, "JP", "XX"}[r.nextInt(3)];
            writers.add(await(db.create(Writer.class, w -> {
                        w.name = nm;
                        w.countryCode = country;
                    }))
                    .id);
        }
        for (int i = 0; i < 30; i++) {
            int k = r.nextInt(writers.size() + 2);
            Long key = k == writers.size() ? null : k == writers.size() + 1 ? 99_999L : writers.get(k);
            String title = TITLES[r.nextInt(TITLES.length)];
            await(db.create(Tale.class, t -> {
                t.title = title;
                t.writerId = key;
            }));
        }
        List<Tale> tales = await(db.from(Tale.class)
                .prefetchWith(t -> t.writer, q -> q.prefetch(w -> w.country))
                .orderBy(t -> t.id)
                .list());
        List<String> mismatches = new ArrayList<>();
        int nonEmpty = 0;
        int throwing = 0;
        for (int c = 0; c < CASES; c++) {
            StringBuilder name = new StringBuilder();
            Filter<Tale> f = shape(r, name);
            List<Long> expected = new ArrayList<>();
            for (Tale t : tales) {
                try {
                    if (f.test(t)) {
                        expected.add(t.id);
                    }
                } catch (NullPointerException e) {
                    throwing++;
                }
            }
            List<Long> actual;
            try {
                actual = await(db.from(Tale.class).where(f).orderBy(t -> t.id).list()).stream()
                        .map(t -> t.id)
                        .toList();
            } catch (RuntimeException e) {
                mismatches.add(name + ": " + e);
                continue;
            }
            if (!expected.equals(actual)) {
                mismatches.add(name + ": expected " + expected + " but was " + actual);
            }
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + CASES + " mismatches (seed " + SEED + "):\n"
                    + String.join("\n", mismatches.subList(0, Math.min(15, mismatches.size()))));
        }
        assertTrue(nonEmpty > CASES / 3, "too few cases select something: " + nonEmpty);
        assertTrue(throwing > CASES, "too few rows on which Java throws: " + throwing);
    }
}
