package io.kakaorm.samples.readme;

import io.kakaorm.samples.blog.Author;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;

/** The README's "Vert.x integration" and "Several databases and verticles" sections. */
public final class VertxExamples {
    private VertxExamples() {}

    /** Wraps an application's PostgreSQL pool; returns the author count read through the plain pool. */
    public static long wrapAPool(Vertx vertx, PgConnectOptions connectOptions) {
        // tag::wrap[]
        Pool pool = PgBuilder.pool()                                   // the application's own pool
                .with(new PoolOptions().setMaxSize(8))
                .connectingTo(connectOptions)
                .using(vertx)
                .build();
        Database db = KakaORM.wrap(vertx, pool, ConnectOptions.Kind.POSTGRES);

        db.createTable(Author.class).await();
        db.create(Author.class, a -> {
            a.name = "Ann";
            a.email = "ann@example.com";
        }).await();
        Row row = db.pool()                                            // or db.unwrap(Pool.class)
                .query("SELECT COUNT(*) FROM author").execute().await()
                .iterator().next();

        db.disconnect().await();                                       // the pool stays open: it is yours
        pool.query("DROP TABLE author").execute().await();
        pool.close().await();
        // end::wrap[]
        return row.getLong(0);
    }

    // tag::verticle[]
    /** One verticle, one database: new instances save to it with model.save(). */
    public static class AuthorVerticle extends VerticleBase {
        private final String url;
        private Database db;

        public AuthorVerticle(String url) {
            this.url = url;
        }

        @Override
        public Future<?> start() {
            return KakaORM.connect(vertx, url)                        // opened on this verticle's context
                    .compose(d -> {
                        db = d;
                        return db.createTableIfNotExists(Author.class);
                    })
                    .compose(v -> {
                        Author a = new Author();
                        a.name = "Started";
                        a.email = deploymentID() + "@example.com";
                        return a.save();                              // the only database of this context
                    });
        }

        @Override
        public Future<?> stop() {
            return db.disconnect();
        }
    }
    // end::verticle[]

    /**
     * Two databases opened on the calling Vert.x context (a verticle's): new instances must say where they go.
     * Returns the number of authors in {@code main}. Call it on that context, with author tables in both.
     */
    public static Future<Long> twoDatabases(Database cache, Database main) {
        // tag::two-databases[]
        Author ann = new Author();
        ann.name = "Ann";
        ann.email = "ann@example.com";
        Future<Author> saved = main.save(ann)                          // explicit: always works
                .compose(a -> {
                    a.bio = "edited";
                    return a.save();                                   // ann remembers main from now on
                });
        Author bob = new Author();
        bob.name = "Bob";
        bob.email = "bob@example.com";
        Future<Author> chosen = saved
                .compose(a -> bob.save())                              // two databases on this context: fails
                .recover(err -> {                                      // (IllegalStateException: "… db.save(model)")
                    main.makeDefault();                                // choose one for this context
                    return bob.save();                                 // now goes to main
                });
        // end::two-databases[]
        return chosen.compose(x -> main.from(Author.class).count());
    }
}
