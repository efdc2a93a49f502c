package io.kakaorm.samples.readme;

import io.kakaorm.samples.blog.Post;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;

/** The README's statement timeouts: per query, and a view of the Database with its own limit. */
public final class TimeoutExamples {
    private TimeoutExamples() {}

    /** A query with its own limit, and a report run under a longer one than the database's default. */
    public static Future<List<Post>> run(Database db) {
        // tag::timeouts[]
        Future<List<Post>> recent = db.from(Post.class)
                .where(p -> p.views > 100)
                .timeout(Duration.ofMillis(500))        // this query only: cancelled on the server after 500 ms
                .list();                                // fails with DatabaseTimeoutException (STATEMENT)
        Database reports = db.withStatementTimeout(Duration.ofMinutes(2)); // every statement of this view
        Future<Long> total = reports.from(Post.class).count();
        // end::timeouts[]
        return total.compose(n -> recent);
    }
}
