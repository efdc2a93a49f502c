package io.kakaorm.vertx.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the server URL of a database for tests: {@code KAKAORM_PG_URL} / {@code KAKAORM_MYSQL_URL},
 * else a Testcontainers container when Docker works (one per run), else the test is skipped with the
 * reason — or fails when {@code KAKAORM_REQUIRE_DBS=1}.
 */
final class Servers {
    private static volatile String pgContainerUrl;
    private static volatile String mysqlContainerUrl;
    private static final java.util.Set<TestDb> SKIP_SAID = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Servers() {
    }

    static String url(TestDb db) {
        String env = db == TestDb.POSTGRES ? "KAKAORM_PG_URL" : "KAKAORM_MYSQL_URL";
        String url = System.getenv(env);
        if (url != null && !url.isBlank()) {
            return url;
        }
        String why;
        try {
            String c = container(db);
            if (c != null) {
                return c;
            }
            why = env + " is unset and Docker is not available for Testcontainers";
        } catch (Throwable t) {
            why = env + " is unset and Testcontainers failed: " + t;
        }
        String name = db == TestDb.POSTGRES ? "PostgreSQL" : "MySQL/MariaDB";
        if ("1".equals(System.getenv("KAKAORM_REQUIRE_DBS"))) {
            Assertions.fail("no " + name + " (KAKAORM_REQUIRE_DBS=1): " + why);
        }
        if (SKIP_SAID.add(db)) { // one line per module and database, not only in the XML reports
            System.out.println("[kakaorm] " + name + " tests SKIPPED in " + java.nio.file.Path.of("").toAbsolutePath()
                    .getFileName() + ": " + why + " (set " + env + ", or KAKAORM_REQUIRE_DBS=1 to fail instead)");
        }
        Assumptions.abort("no " + name + ": " + why);
        return null;
    }

    private static synchronized String container(TestDb db) {
        if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
            return null;
        }
        if (db == TestDb.POSTGRES) {
            if (pgContainerUrl == null) {
                var c = new org.testcontainers.containers.PostgreSQLContainer<>("postgres:16-alpine");
                c.start();
                pgContainerUrl = "postgresql://" + c.getUsername() + ":" + c.getPassword() + "@" + c.getHost() + ":"
                        + c.getFirstMappedPort() + "/" + c.getDatabaseName();
            }
            return pgContainerUrl;
        }
        if (mysqlContainerUrl == null) {
            var c = new org.testcontainers.containers.MariaDBContainer<>("mariadb:11");
            c.start();
            mysqlContainerUrl = "mysql://root:" + c.getPassword() + "@" + c.getHost() + ":" + c.getFirstMappedPort()
                    + "/" + c.getDatabaseName();
        }
        return mysqlContainerUrl;
    }
}
