package io.kakaorm.samples;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.samples.blog.Author;
import io.kakaorm.samples.readme.VertxExamples;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the README's Vert.x integration examples: a wrapped pool, verticles with their own databases. */
@ExtendWith(TestDatabases.class)
class VertxExamplesTest {
    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        await(vertx.close());
    }

    @Test
    void wrapsTheApplicationsPostgresPool() {
        ConnectOptions o = TestDatabases.options(TestDb.POSTGRES);
        PgConnectOptions c = new PgConnectOptions()
                .setHost(o.host())
                .setPort(o.port())
                .setDatabase(o.database())
                .setUser(o.user())
                .setProperties(Map.copyOf(o.properties()));
        if (o.password() != null) {
            c.setPassword(o.password());
        }
        assertEquals(1L, VertxExamples.wrapAPool(vertx, c));
    }

    @Test
    void twoVerticlesSaveNewInstancesToTheirOwnDatabases() {
        ConnectOptions sqlite = TestDatabases.options(TestDb.SQLITE);
        ConnectOptions pg = TestDatabases.options(TestDb.POSTGRES);
        await(vertx.deployVerticle(new VertxExamples.AuthorVerticle(TestDatabases.url(sqlite))));
        await(vertx.deployVerticle(new VertxExamples.AuthorVerticle(TestDatabases.url(pg))));
        await(vertx.deployVerticle(new VertxExamples.AuthorVerticle(TestDatabases.url(pg))));
        assertEquals(List.of("Started"), names(sqlite));
        assertEquals(List.of("Started", "Started"), names(pg));
    }

    @Test
    void twoDatabasesOnOneContextAreChosenExplicitly() {
        ConnectOptions sqlite = TestDatabases.options(TestDb.SQLITE);
        ConnectOptions pg = TestDatabases.options(TestDb.POSTGRES);
        Promise<Long> count = Promise.promise();
        await(vertx.deployVerticle(new VerticleBase() {
            @Override
            public Future<?> start() {
                return KakaORM.connect(vertx, sqlite)
                        .compose(cache -> KakaORM.connect(vertx, pg)
                                .compose(main -> Future.all(
                                                cache.createTable(Author.class), main.createTable(Author.class))
                                        .compose(x -> VertxExamples.twoDatabases(cache, main))
                                        .onComplete(count)
                                        .eventually(() -> Future.all(cache.disconnect(), main.disconnect()))));
            }
        }));
        assertEquals(2L, await(count.future()));
        assertEquals(List.of("Ann", "Bob"), names(pg));
        assertEquals(List.of(), names(sqlite));
    }

    private static List<String> names(ConnectOptions o) {
        Database reader = TestDatabases.connect(o);
        return await(
                reader.from(Author.class).orderBy(a -> a.id).select(a -> a.name).list());
    }
}
