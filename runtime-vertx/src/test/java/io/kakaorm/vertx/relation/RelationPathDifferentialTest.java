package io.kakaorm.vertx.relation;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kakaorm.Filter;
import io.kakaorm.MissingRelatedRowException;
import io.kakaorm.MultipleResultsException;
import io.kakaorm.Selector;
import io.kakaorm.relation.RelationNotLoadedException;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Java meaning == SQL meaning for belongsTo paths in where lambdas: random writers (with and without a country,
 * a country with a NULL name) and tales (NULL, dangling and valid keys), random lambda shapes with captured
 * values mixing paths, chained paths, row conditions, {@code && || !}; each compared with the same lambda run
 * over the instances loaded with their relations prefetched, a row on which Java throws being unselected.
 * A second run mixes hasOne paths (zero, one or two bios per writer, NULL texts) in filters, and value reads
 * in select (with and without LIMIT) and orderBy: Java's result, or the fact that it throws, must be the
 * query's result or its {@code MissingRelatedRowException}. Seed: {@code -Dkakaorm.pathdiff.seed=N}.
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

    private static final String[] TEXTS = {"A", "Ab", "B", null, ""};
    private static final Object THROWS = "<throws>";

    /** A hasOne (or hasOne-chained) filter over writers. */
    private static Filter<Writer> writerShape(Random r, StringBuilder name) {
        String w = WORDS[r.nextInt(WORDS.length)];
        int shape = r.nextInt(6);
        name.append("writer shape ").append(shape).append(" w=").append(w);
        return switch (shape) {
            case 0 -> x -> x.bio.get().text.startsWith(w);
            case 1 -> x -> !w.equals(x.bio.get().text);
            case 2 -> x -> x.name.startsWith(w) || x.bio.get().text == null;
            case 3 -> x -> x.bio.get().id != null && !x.name.equals(w);
            case 4 -> x -> x.bio.get().writer.get().name.startsWith(w);
            default -> x -> !(x.bio.get().text == null || x.bio.get().text.length() > w.length());
        };
    }

    /** A tale filter that leaves some rows Java cannot read a value of, or none. */
    private static Filter<Tale> scope(Random r, StringBuilder name) {
        String w2 = TITLES[r.nextInt(TITLES.length)].substring(0, 1);
        int shape = r.nextInt(5);
        name.append(" scope ").append(shape).append(" w2=").append(w2);
        return switch (shape) {
            case 0 -> t -> t.id != null;
            case 1 -> t -> t.writerId != null;
            case 2 -> t -> t.writer.get().id != null;
            case 3 ->
                t -> t.writer.get().country.get().code != null
                        && t.writer.get().bio.get().id != null;
            default -> t -> t.title.startsWith(w2);
        };
    }

    /** A value read through paths: Java throws on some rows. */
    private static Selector<Tale, String> value(Random r, StringBuilder name) {
        int n = r.nextInt(5);
        int shape = r.nextInt(6);
        name.append(" value ").append(shape).append(" n=").append(n);
        return switch (shape) {
            case 0 -> t -> t.writer.get().name;
            case 1 -> t -> t.writer.get().country.get().name;
            case 2 -> t -> t.writerId == null ? "none" : t.writer.get().name;
            case 3 -> t -> t.writer.get().bio.get().text;
            case 4 -> t -> t.title.length() > n ? t.writer.get().name : t.title;
            default -> t -> t.title + "/" + t.writer.get().name;
        };
    }

    private static Object javaValue(Selector<Tale, String> v, Tale t) {
        try {
            return v.apply(t);
        } catch (NullPointerException | RelationNotLoadedException e) {
            return THROWS;
        }
    }

    private static boolean javaTest(Filter<Tale> f, Tale t) {
        try {
            return f.test(t);
        } catch (NullPointerException | RelationNotLoadedException e) {
            return false;
        }
    }

    /** Loads each writer's bio (and its writer) one by one: with several bios load() fails, get() throws. */
    private static void loadBio(Writer w) {
        try {
            Bio b = await(w.bio.load());
            if (b != null) {
                await(b.writer.load());
            }
        } catch (MultipleResultsException e) {
            // Java's get() throws for this writer
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void randomHasOnePathsAndValueReadsMatchJava(TestDb testDb) {
        System.out.println("RelationPathDifferentialTest.reads[" + testDb + "] seed=" + SEED + " cases=" + CASES);
        Random r = new Random(SEED);
        Database db = TestDatabases.open(testDb);
        for (var m : List.of(Country.class, Writer.class, Bio.class, Tale.class)) {
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
            long id = await(db.create(Writer.class, w -> {
                        w.name = nm;
                        w.countryCode = country;
                    }))
                    .id;
            writers.add(id);
            int bios = r.nextInt(3); // none, one or two: only one gives get() a row
            for (int b = 0; b < bios; b++) {
                String text = TEXTS[r.nextInt(TEXTS.length)];
                await(db.create(Bio.class, x -> {
                    x.text = text;
                    x.writerId = id;
                }));
            }
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
        List<Writer> ws = await(db.from(Writer.class).orderBy(w -> w.id).list());
        ws.forEach(RelationPathDifferentialTest::loadBio);
        List<Tale> tales = await(db.from(Tale.class)
                .prefetchWith(t -> t.writer, q -> q.prefetch(w -> w.country))
                .orderBy(t -> t.id)
                .list());
        for (Tale t : tales) {
            if (t.writer.get() != null) {
                loadBio(t.writer.get());
            }
        }
        List<String> mismatches = new ArrayList<>();
        int thrown = 0;
        int read = 0;
        for (int c = 0; c < CASES; c++) {
            StringBuilder name = new StringBuilder();
            Object expected;
            Object actual;
            int kind = r.nextInt(3);
            if (kind == 0) { // a hasOne filter
                Filter<Writer> f = writerShape(r, name);
                List<Long> ids = new ArrayList<>();
                for (Writer w : ws) {
                    try {
                        if (f.test(w)) {
                            ids.add(w.id);
                        }
                    } catch (NullPointerException | RelationNotLoadedException e) {
                        // not selected
                    }
                }
                expected = ids;
                actual = attempt(() -> await(db.from(Writer.class)
                                .where(f)
                                .orderBy(w -> w.id)
                                .list())
                        .stream()
                        .map(w -> w.id)
                        .toList());
            } else {
                Filter<Tale> f = scope(r, name);
                Selector<Tale, String> v = value(r, name);
                Long limit = r.nextInt(3) == 0 ? (long) r.nextInt(4) : null;
                name.append(" limit=").append(limit);
                List<Tale> in = tales.stream().filter(t -> javaTest(f, t)).toList();
                if (kind == 1) { // select: read on the rows that come back
                    name.insert(0, "select ");
                    List<Object> values = new ArrayList<>();
                    for (Tale t : limit == null ? in : in.subList(0, (int) Math.min(limit, in.size()))) {
                        values.add(javaValue(v, t));
                    }
                    expected = values.contains(THROWS) ? THROWS : values;
                    var q = db.from(Tale.class).where(f).orderBy(t -> t.id);
                    var limited = limit == null ? q : q.limit(limit);
                    actual = attempt(() -> await(limited.select(v).list()));
                } else { // orderBy: read on every row sorted
                    name.insert(0, "orderBy ");
                    boolean fails = in.stream().anyMatch(t -> javaValue(v, t) == THROWS);
                    List<Long> ids = in.stream()
                            .sorted(Comparator.comparing(
                                            (Tale t) -> (String) javaValue(v, t),
                                            Comparator.nullsFirst(Comparator.naturalOrder()))
                                    .thenComparing(t -> t.id))
                            .map(t -> t.id)
                            .toList();
                    expected = fails ? THROWS : limit == null ? ids : ids.subList(0, (int) Math.min(limit, ids.size()));
                    var q = db.from(Tale.class).where(f).orderBy(v).orderBy(t -> t.id);
                    var limited = limit == null ? q : q.limit(limit);
                    actual = attempt(
                            () -> await(limited.list()).stream().map(t -> t.id).toList());
                }
                thrown += expected == THROWS ? 1 : 0;
                read += expected == THROWS ? 0 : 1;
            }
            if (!expected.equals(actual)) {
                mismatches.add(name + ": expected " + expected + " but was " + actual);
            }
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + CASES + " mismatches (seed " + SEED + "):\n"
                    + String.join("\n", mismatches.subList(0, Math.min(15, mismatches.size()))));
        }
        assertTrue(thrown > CASES / 10, "too few value reads on which Java throws: " + thrown);
        assertTrue(read > CASES / 10, "too few value reads that succeed: " + read);
    }

    private static Object attempt(Supplier<Object> s) {
        try {
            return s.get();
        } catch (MissingRelatedRowException e) {
            return THROWS;
        } catch (RuntimeException e) {
            return e.toString();
        }
    }
}
