package io.kakaorm.samples.readme;

import io.kakaorm.samples.blog.Post;
import io.kakaorm.vertx.Database;

/** The README's Query.toSql() example. */
public final class ToSqlExamples {
    private ToSqlExamples() {}

    public static String run(Database db, int min) {
        // tag::to-sql[]
        String sql = db.from(Post.class).where(p -> p.published && p.views >= min).limit(10).toSql();
        // PostgreSQL: SELECT "id", "title", … FROM "post" WHERE "published" AND ("views" >= $1::int4) LIMIT 10 [100]
        // end::to-sql[]
        return sql;
    }
}
