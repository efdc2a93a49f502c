package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.IntegrityException;
import io.kakaorm.SaveResult;
import io.kakaorm.samples.blog.Author;
import io.kakaorm.samples.blog.Post;
import io.kakaorm.samples.readme.Account;
import io.kakaorm.samples.readme.Article;
import io.kakaorm.samples.readme.ConnectionExamples;
import io.kakaorm.samples.readme.Country;
import io.kakaorm.samples.readme.CrudExamples;
import io.kakaorm.samples.readme.Imports;
import io.kakaorm.samples.readme.Listing;
import io.kakaorm.samples.readme.Order;
import io.kakaorm.samples.readme.Product;
import io.kakaorm.samples.readme.QueryExamples;
import io.kakaorm.samples.readme.RawSqlExamples;
import io.kakaorm.samples.readme.Stock;
import io.kakaorm.samples.readme.TimeoutExamples;
import io.kakaorm.samples.readme.ToSqlExamples;
import io.kakaorm.samples.readme.TransactionExamples;
import io.kakaorm.samples.readme.WritesExamples;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs every README example on every database and checks what it produced. */
@ExtendWith(TestDatabases.class)
class ReadmeExamplesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void timeout_examplesRunUnderTheirLimits(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Author.class).await();
        db.createTable(Post.class).await();
        assertEquals(List.of(), TimeoutExamples.run(db).await());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void crud_examplesDoWhatTheReadmeSays(TestDb which) {
        Database db = TestDatabases.open(which); // no makeDefault(): the README saves through db
        db.createTable(Author.class).await();
        db.createTable(Country.class).await();
        CrudExamples.Results r = CrudExamples.run(db);
        assertNotNull(r.alice().id);
        assertEquals(2, r.all().size());
        assertEquals(r.alice().id, r.byEmail().id);
        assertNull(r.none());
        assertEquals("Alice", r.first().name);
        assertEquals("Bob", r.last().name);
        assertEquals(List.of("id", "name", "email", "bio"), List.copyOf(r.data().keySet()));
        assertEquals("Alice", r.data().get("name"));
        assertEquals(1, r.authorsLeft());
        assertEquals("Japan (updated)", r.japan().name);
        assertEquals("Alicia", db.get(Author.class, r.alice().id).await().name);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void models_createTheirTables_andOptionsHold(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Product.class).await();
        db.createTable(Listing.class).await();
        Listing l = db.create(Listing.class, x -> {
                    x.slug = "a-chair";
                    x.price = new BigDecimal("12.50");
                })
                .await();
        Listing back = db.get(Listing.class, l.id).await();
        assertEquals(Listing.Status.DRAFT, back.status); // the column DEFAULT applied
        assertEquals(0, new BigDecimal("12.50").compareTo(back.price));
        assertNotNull(back.createdAt);
        assertNotNull(back.updatedAt);
        Throwable bad = assertThrows(
                CompletionException.class,
                () -> db.create(Listing.class, x -> {
                            x.slug = "free";
                            x.price = BigDecimal.ZERO; // CHECK (price > 0)
                        })
                        .toCompletionStage()
                        .toCompletableFuture()
                        .join());
        assertInstanceOf(IntegrityException.class, bad.getCause());
        Throwable dup = assertThrows(
                CompletionException.class,
                () -> db.create(Listing.class, x -> {
                            x.slug = "a-chair"; // UNIQUE
                            x.price = BigDecimal.ONE;
                        })
                        .toCompletionStage()
                        .toCompletableFuture()
                        .join());
        assertEquals(IntegrityException.Kind.UNIQUE, ((IntegrityException) dup.getCause()).kind());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void hooks_setTimestamps_bumpVersions_andSeeDeletes(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Article.class).await();
        Article a = db.create(Article.class, x -> x.title = "hooked-" + which).await();
        assertNotNull(a.updatedAt);
        assertEquals(0, a.version);
        a.title = a.title + "!";
        a.save().await();
        assertEquals(1, db.get(Article.class, a.id).await().version);
        a.delete().await();
        assertTrue(Article.DELETED.contains("hooked-" + which + "!"));
        assertNull(db.getOrNone(Article.class, a.id).await());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void queries_selectWhatJavaMeans(TestDb which) {
        Database db = TestDatabases.open(which);
        seedBlog(db);
        List<List<Post>> f = QueryExamples.filters(db, 100);
        assertEquals(List.of("Hello", "Popular"), titles(f.get(0)));
        assertEquals(List.of("Hello", "Popular", "Quiet"), titles(f.get(1)));
        assertFalse(titles(f.get(2)).contains("Draft: secret"));
        assertEquals(List.of(), f.get(3)); // offset 20 of 4 rows

        List<List<Post>> o = QueryExamples.operators(db);
        assertEquals(List.of("Hello"), titles(o.get(0)));
        assertEquals(List.of("Popular", "Quiet", "Draft: secret", "A 50% sale"), titles(o.get(1)));
        assertEquals(List.of("Hello"), titles(o.get(2)));
        assertEquals(List.of("Quiet", "A 50% sale"), titles(o.get(3))); // score IS NULL
        assertEquals(List.of("Hello", "Popular", "Draft: secret"), titles(o.get(4)));
        assertEquals(List.of("A 50% sale"), titles(o.get(5))); // LIKE 'A%' is case-sensitive
        assertEquals(List.of("A 50% sale"), titles(o.get(6))); // ILIKE 'a%'
        assertEquals(List.of("A 50% sale"), titles(o.get(7)));
        assertEquals(List.of("Hello", "Popular", "Quiet", "Draft: secret"), titles(o.get(8))); // author_id IN (1, 2, 3)
        assertEquals(List.of("Draft: secret"), titles(o.get(9))); // views IN (1, 2, 3)
        assertEquals(List.of("Hello", "Popular", "Quiet", "A 50% sale"), titles(o.get(10)));
        assertEquals(List.of("Hello", "Popular"), titles(o.get(11))); // score BETWEEN 1 AND 5
        assertEquals(List.of("A 50% sale"), titles(o.get(12))); // body IS NULL
        assertEquals(List.of("Hello", "Popular", "Quiet"), titles(o.get(13)));

        QueryExamples.Figures g = QueryExamples.figures(db);
        assertEquals(new QueryExamples.TitleViews("Hello", 100), g.titleViews().get(0));
        assertEquals("Popular", g.titles().get(1));
        assertEquals(List.of("id", "title"), List.copyOf(g.rows().get(0).keySet()));
        assertEquals(
                List.of("id", "title", "views", "author_id"),
                List.copyOf(g.wider().get(0).keySet()));
        assertEquals(3, g.published());
        assertTrue(g.anyDraft());
        assertEquals(5122L, g.total());
        assertEquals(5122 / 5.0, g.avg(), 1e-9);
        assertEquals(5000, g.max());
        assertEquals(2.5, g.minScore(), 1e-9);
        assertEquals(5120L, g.stats().getLong("totalViews"));
        assertEquals(3L, g.stats().getLong("postCount"));

        List<Post> s = QueryExamples.singles(db);
        assertEquals("Popular", s.get(0).title);
        assertEquals("A 50% sale", s.get(1).title);
        assertEquals("Hello", s.get(2).title);
        assertNull(s.get(3));

        assertEquals(List.of("Popular", "Hello", "Quiet", "Draft: secret", "A 50% sale"), QueryExamples.stream(db));

        QueryExamples.Bulk b = QueryExamples.bulk(db);
        assertEquals(List.of("Hello", "Popular"), titles(b.byActiveAuthors()));
        assertEquals(2, b.updated()); // the two drafts
        assertEquals(1, b.deleted()); // views == 0
        assertEquals(4, db.from(Post.class).where(p -> p.published).count().await());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void rawSql_bindsValues_andCountsRows(TestDb which) {
        Database db = TestDatabases.open(which);
        long authorId = seedBlog(db);
        RawSqlExamples.Results r = RawSqlExamples.run(db, authorId);
        assertEquals(1, r.rows().size());
        assertEquals("Popular", r.rows().get(0).getString("title"));
        assertEquals("Alice", r.rows().get(0).getString("name"));
        assertEquals(2, r.affected());
        assertEquals(3L, r.count());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void transaction_commitsBoth_orRollsBackBoth(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Order.class).await();
        db.createTable(Stock.class).await();
        db.create(Stock.class, s -> {
                    s.item = "Widget";
                    s.qty = 3;
                })
                .await();
        Order o = TransactionExamples.sell(db, 2);
        assertNotNull(o.id);
        assertEquals(1, db.from(Stock.class).get().await().qty);
        assertThrows(IntegrityException.class, () -> {
            try {
                TransactionExamples.sell(db, 2); // would leave -1: CHECK fails
            } catch (RuntimeException e) {
                throw e.getCause() instanceof IntegrityException ie ? ie : e;
            }
        });
        assertEquals(1, db.from(Order.class).count().await()); // the second order was rolled back
        assertEquals(1, db.from(Stock.class).get().await().qty);
        assertEquals(2, TransactionExamples.nested(db)); // "kept" committed, "undone" not
        assertEquals(
                List.of("Widget", "kept"),
                db.from(Order.class)
                        .orderBy(x -> x.id)
                        .select(x -> x.item)
                        .list()
                        .await());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void writes_saveOnlyChanges_lockOptimistically_andNameTheirErrors(TestDb which) {
        Database db = TestDatabases.open(which);
        db.createTable(Account.class).await();
        db.createTable(Author.class).await();
        db.create(Author.class, a -> {
                    a.name = "Ann";
                    a.email = "ann@example.com";
                })
                .await();
        WritesExamples.Results r = WritesExamples.run(db);
        assertEquals(SaveResult.Outcome.UPDATED, r.first().outcome());
        assertEquals(List.of("balance", "version"), r.first().fields());
        assertEquals(SaveResult.Outcome.UNCHANGED, r.second().outcome());
        assertEquals(SaveResult.Outcome.UNCHANGED, r.third().outcome());
        assertEquals("retried", r.outcome());
        assertEquals(3, r.finalVersion());
        assertEquals(new BigDecimal("10.50"), r.finalBalance());
        assertEquals(3, r.handled().size(), r.handled().toString());
        assertEquals("invalid email", r.handled().get(0));
        assertTrue(r.handled().get(1).startsWith("UNIQUE on "), r.handled().get(1));
        assertEquals("not found", r.handled().get(2));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void typedRawSql_mapsRecordsModelsAndStreams(TestDb which) {
        Database db = TestDatabases.open(which);
        seedBlog(db);
        RawSqlExamples.Typed t = RawSqlExamples.typed(db);
        assertEquals(
                List.of(
                        new RawSqlExamples.AuthorPosts("Alice", 2, 5000L),
                        new RawSqlExamples.AuthorPosts("Bob", 2, 20L)),
                t.stats());
        assertEquals(
                List.of("Popular", "Hello"),
                t.popular().stream().map(p -> p.title).toList());
        assertEquals(List.of("Hello", "Popular", "Quiet", "Draft: secret", "A 50% sale"), t.seen());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void toSql_showsTheStatementAndItsBinds(TestDb which) {
        Database db = TestDatabases.open(which);
        String sql = ToSqlExamples.run(db, 100);
        Map<TestDb, String> tail = Map.of( // PostgreSQL's is the README's comment
                TestDb.POSTGRES, "FROM \"post\" WHERE \"published\" AND (\"views\" >= $1::int4) LIMIT 10 [100]",
                TestDb.MYSQL, "FROM `post` WHERE `published` AND (`views` >= ?) LIMIT 10 [100]",
                TestDb.SQLITE, "FROM \"post\" WHERE \"published\" AND (\"views\" >= ?) LIMIT 10 [100]");
        assertTrue(sql.startsWith("SELECT ") && sql.endsWith(tail.get(which)), sql);
    }

    @Test
    void imports_coverTheExamples() {
        try (Database db = Imports.memory().await()) {
            db.createTable(Account.class).await();
            db.create(Account.class, a -> a.owner = "Ann").await();
            assertEquals(1L, Imports.countLike(db, "A%").await());
        }
    }

    @Test
    void connect_onTheApplicationsVertx_leavesItRunning() {
        Vertx vertx = Vertx.vertx();
        try {
            Database db = ConnectionExamples.onVertx(vertx, "sqlite::memory:").await();
            assertEquals(1L, db.fetchValue(Long.class, "SELECT 1").await());
            assertTrue(vertx == db.vertx());
            db.close();
            assertEquals(7, vertx.executeBlocking(() -> 7).await(), "the application's Vert.x still runs");
        } finally {
            vertx.close().await();
        }
    }

    @Test
    void connectionUrls_allParse() {
        for (String url : ConnectionExamples.URLS) {
            assertNotNull(ConnectOptions.parse(url).kind(), url);
        }
        assertEquals(16, ConnectionExamples.options().maxSize());
    }

    /** Two authors and five posts; returns Alice's id. */
    private static long seedBlog(Database db) {
        db.createTable(Author.class).await();
        db.createTable(Post.class).await();
        Author alice = db.create(Author.class, a -> {
                    a.name = "Alice";
                    a.email = "alice@example.com";
                    a.bio = "writes";
                })
                .await();
        Author bob = db.create(Author.class, a -> {
                    a.name = "Bob";
                    a.email = "bob@example.com";
                })
                .await();
        post(db, "Hello", true, 100, 4.0, alice.id, "hi");
        post(db, "Popular", true, 5000, 2.5, alice.id, "wow");
        post(db, "Quiet", true, 20, null, bob.id, "shh");
        post(db, "Draft: secret", false, 2, 9.0, bob.id, "tbd");
        post(db, "A 50% sale", false, 0, null, null, null);
        return alice.id;
    }

    private static void post(
            Database db, String title, boolean published, int views, Double score, Long author, String body) {
        db.create(Post.class, p -> {
                    p.title = title;
                    p.published = published;
                    p.views = views;
                    p.score = score;
                    p.authorId = author;
                    p.body = body;
                })
                .await();
    }

    private static List<String> titles(List<Post> posts) {
        return posts.stream()
                .sorted((a, b) -> Long.compare(a.id, b.id))
                .map(p -> p.title)
                .toList();
    }
}
