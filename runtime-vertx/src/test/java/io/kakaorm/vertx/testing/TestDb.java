package io.kakaorm.vertx.testing;

/** The databases every integration test runs on; use with {@code @EnumSource(TestDb.class)}. */
public enum TestDb {
    SQLITE("sqlite"),
    POSTGRES("postgres"),
    MYSQL("mysql");

    private final String dialect;

    TestDb(String dialect) {
        this.dialect = dialect;
    }

    /** The dialect name ({@code Dialect.name()}) of this database. */
    public String dialect() {
        return dialect;
    }

    @Override
    public String toString() {
        return dialect;
    }
}
