package io.kakaorm.migration;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A separate migrator process for the concurrency tests: {@code MigrateMain <url> <dir>} prints how many files it applied. */
public final class MigrateMain {
    private MigrateMain() {}

    public static void main(String[] args) {
        int code = 0;
        try {
            ConnectOptions o = MigrationCommands.options(args[0]);
            Vertx vertx = Vertx.vertx();
            Database db = KakaORM.connect(vertx, o)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
            try {
                int n = new VersionedMigrator(db)
                        .runFiles(Path.of(args[1]))
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get();
                System.out.println("APPLIED " + n);
            } finally {
                db.disconnect().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
        } catch (Throwable e) { // a failed connect too: the process must end, Vert.x threads would keep it alive
            e.printStackTrace(System.out);
            code = 1;
        } finally {
            System.out.flush();
            Runtime.getRuntime().halt(code);
        }
    }
}
