package io.kakaorm.vertx.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Finds the server URL of a database for tests: {@code KAKAORM_PG_URL} / {@code KAKAORM_MYSQL_URL},
 * else a Testcontainers container when Docker works (one per run), else the test is skipped with the
 * reason — or fails when {@code KAKAORM_REQUIRE_DBS=1}.
 */
final class Servers {
    private static volatile String pgContainerUrl;
    private static volatile String mysqlContainerUrl;

    private Servers() {}

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
        } catch (NoClassDefFoundError t) {
            why = env + " is unset (and Testcontainers is not on this module's test class path)";
        } catch (Throwable t) {
            why = env + " is unset and Testcontainers failed: " + t;
        }
        String name = db == TestDb.POSTGRES ? "PostgreSQL" : "MySQL/MariaDB";
        if ("1".equals(System.getenv("KAKAORM_REQUIRE_DBS"))) {
            Assertions.fail("no " + name + " (KAKAORM_REQUIRE_DBS=1): " + why);
        }
        // SkippedDatabasesReport prints one line per module at the end, from this reason
        Assumptions.abort("no " + name + ": " + why);
        return null;
    }

    private static synchronized String container(TestDb db) {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return null;
        }
        if (db == TestDb.POSTGRES) {
            if (pgContainerUrl == null) {
                var c = new PostgreSQLContainer<>("postgres:16-alpine");
                c.start();
                pgContainerUrl = "postgresql://" + c.getUsername() + ":" + c.getPassword() + "@" + c.getHost() + ":"
                        + c.getFirstMappedPort() + "/" + c.getDatabaseName();
            }
            return pgContainerUrl;
        }
        if (mysqlContainerUrl == null) {
            var c = new MariaDBContainer<>("mariadb:11");
            c.start();
            mysqlContainerUrl = "mysql://root:" + c.getPassword() + "@" + c.getHost() + ":" + c.getFirstMappedPort()
                    + "/" + c.getDatabaseName();
        }
        return mysqlContainerUrl;
    }
}
