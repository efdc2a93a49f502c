package io.kakaorm.samples.readme;

import io.kakaorm.Row;
import io.kakaorm.vertx.Database;
import java.util.List;

/** The README's raw-SQL section. Expects the blog tables with some rows. */
public final class RawSqlExamples {
    private RawSqlExamples() {
    }

    /** What the examples produced. */
    public record Results(List<Row> rows, int affected, Long count) {
    }

    public static Results run(Database db, long authorId) {
        // tag::raw[]
        // SELECT → rows as name → value; `?` placeholders on every database, values always bound
        List<Row> rows = db.fetch(
                "SELECT p.title, a.name FROM post p JOIN author a ON p.author_id = a.id WHERE p.views > ?",
                100).await();

        // INSERT / UPDATE / DELETE → affected row count
        int affected = db.execute("UPDATE post SET views = 0 WHERE author_id = ?", authorId).await();

        // a single value
        Long count = db.fetchValue(Long.class, "SELECT COUNT(*) FROM post WHERE published = ?", true).await();
        // end::raw[]
        return new Results(rows, affected, count);
    }
}
