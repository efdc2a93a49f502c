package io.kakaorm.vertx;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The drivers are optional dependencies: with one missing from the class path, connecting to its kind
 * of URL fails naming the Maven artifact to add (and the other kinds are unaffected).
 */
class MissingDriverTest {

    /** The test class path without the jars whose path contains {@code hidden}. */
    private static ClassLoader without(String hidden) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains(hidden)) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "vertx-pg-client, postgresql://u@127.0.0.1/db, io.vertx:vertx-pg-client",
        "vertx-mysql-client, mysql://u@127.0.0.1/db, io.vertx:vertx-mysql-client",
        "sqlite-jdbc, sqlite::memory:, org.xerial:sqlite-jdbc",
    })
    void connectingWithoutTheDriverNamesTheArtifact(String jar, String url, String artifact) throws Exception {
        ClassLoader loader = without(jar);
        Class<?> kakaorm = Class.forName("io.kakaorm.vertx.KakaORM", true, loader);
        Object future = kakaorm.getMethod("connect", String.class).invoke(null, url);
        Object cause = future.getClass().getMethod("cause").invoke(future);
        Throwable t = assertInstanceOf(Throwable.class, cause, "connect must fail without " + jar);
        assertTrue(t.getMessage().contains(artifact), t.getMessage());
        assertTrue(t.getMessage().contains("not on the class path"), t.getMessage());
        if (jar.equals("sqlite-jdbc")) { // no BOM manages it: the message names the version the build tests with
            String version = testedSqliteVersion();
            assertTrue(
                    t.getMessage().contains("version " + version + ", the one KakaORM is tested with"), t.getMessage());
        }
    }

    /** The version of the sqlite-jdbc jar on the test class path ({@code …/sqlite-jdbc-3.51.1.0.jar}). */
    private static String testedSqliteVersion() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (name.startsWith("sqlite-jdbc-") && name.endsWith(".jar")) {
                return name.substring("sqlite-jdbc-".length(), name.length() - ".jar".length());
            }
        }
        throw new AssertionError("sqlite-jdbc is not on the test class path");
    }
}
