package io.kakaorm.samples.readme;

// tag::imports[]
import static io.kakaorm.Sql.*;             // like, ilike, in, notIn, between, count, sum, … inside lambdas

import io.kakaorm.*;                        // Model, @Table, @Column, @Version, Query, Row, SaveResult, exceptions
import io.kakaorm.vertx.*;                  // KakaORM, Database, ConnectOptions
import io.vertx.core.Future;                // every operation returns a Vert.x Future
// end::imports[]

/** The README's imports, compiled: every example of the README needs only these (and java.*). */
public final class Imports {
    private Imports() {}

    /** Uses one name of each imported package, so the block above is proven to compile and resolve. */
    public static Future<Long> countLike(Database db, String pattern) {
        Query<Account> q = db.from(Account.class).where(a -> like(a.owner, pattern));
        return q.count();
    }

    /** An in-memory SQLite database, as the quickstart opens it. */
    public static Future<Database> memory() {
        return KakaORM.connect("sqlite::memory:");
    }
}
