package io.kakaorm.migration;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import java.nio.file.Path;

/** A separate migrator process for the concurrency tests: {@code MigrateMain <url> <dir>} prints how many files it applied. */
public final class MigrateMain {
    private MigrateMain() {
    }

    public static void main(String[] args) throws Exception {
        ConnectOptions o = ConnectOptions.parse(args[0]);
        if (o.password() == null && o.kind() != ConnectOptions.Kind.SQLITE) {
            ConnectOptions base = o.kind() == ConnectOptions.Kind.POSTGRES
                    ? ConnectOptions.postgres(o.host(), o.port(), o.database(), o.user(), "")
                    : ConnectOptions.mysql(o.host(), o.port(), o.database(), o.user(), "");
            for (var e : o.properties().entrySet()) {
                base = base.withProperty(e.getKey(), e.getValue());
            }
            o = base;
        }
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        Database db = KakaORM.connect(vertx, o).toCompletionStage().toCompletableFuture().get();
        int code = 0;
        try {
            int n = new VersionedMigrator(db).runFiles(Path.of(args[1])).toCompletionStage().toCompletableFuture().get();
            System.out.println("APPLIED " + n);
        } catch (Exception e) {
            e.printStackTrace(System.out);
            code = 1;
        } finally {
            db.disconnect().toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        System.out.flush();
        Runtime.getRuntime().halt(code);
    }
}
