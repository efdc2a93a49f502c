package io.kakaorm.vertx.internal.query;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Projection;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.kakaorm.vertx.internal.DatabaseImpl;
import io.kakaorm.vertx.it.Note;
import org.junit.jupiter.api.Test;

/** list() of models hydrates through the database's per-model mapper, not a new one per call. */
class ProjectionMappersTest {
    @Test
    void modelProjectionReusesTheDatabasesMapper() {
        try (Database db = await(KakaORM.connect("sqlite::memory:"))) {
            DatabaseImpl impl = (DatabaseImpl) db;
            ModelMeta<Note> meta = ModelMeta.of(Note.class);
            Projection<Note> p = new Projection.Model<>(meta);
            assertSame(impl.mapper(meta), ProjectionMappers.of(p, impl.dialect(), impl));
            assertSame(ProjectionMappers.of(p, impl.dialect(), impl), ProjectionMappers.of(p, impl.dialect(), impl));
        }
    }
}
