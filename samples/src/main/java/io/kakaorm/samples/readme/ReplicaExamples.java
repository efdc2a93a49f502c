package io.kakaorm.samples.readme;

import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;

/** The README's read-replica settings, compiled (running them needs a primary and a replica server). */
public final class ReplicaExamples {
    private ReplicaExamples() {}

    /** A MariaDB primary with one replica given by its full URL, reading one's own writes for 2 s. */
    public static Database primaryWithReplica(Vertx vertx) {
        // tag::replicas[]
        ConnectOptions o = ConnectOptions.parse("mariadb://app:pw@m1/app")
                .withReplicas(List.of("mariadb://reader:pw2@m2/app?maxSize=20"))   // full URLs: own user and settings
                .withReadYourWrites(Duration.ofSeconds(2));
        Database db = KakaORM.connect(vertx, o).await();
        // end::replicas[]
        return db;
    }
}
