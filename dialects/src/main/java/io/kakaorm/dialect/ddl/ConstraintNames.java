package io.kakaorm.dialect.ddl;

/**
 * The names KakaORM gives constraints and indexes, and the length limit they obey: {@code uq_<table>_<column>}
 * for a UNIQUE column, {@code ck_<table>_<column>} for its CHECK, {@code fk_<table>_<column>} for its foreign
 * key, and the model's index names. Distinct prefixes keep a column's CHECK and UNIQUE apart (MariaDB names
 * unnamed ones after the column, so both would be called the same). PostgreSQL cuts names at 63 bytes and
 * MySQL refuses more than 64, so a longer name becomes its first 54 characters, {@code _} and 8 hex digits of
 * its hash: every database keeps it whole, and it is the same on every run.
 */
public final class ConstraintNames {
    /** The longest name every supported database keeps as written. */
    public static final int MAX_LENGTH = 63;

    private ConstraintNames() {}

    /** The UNIQUE constraint of one column. */
    public static String unique(String table, String column) {
        return fit("uq_" + table + "_" + column);
    }

    /** The CHECK constraint of one column. */
    public static String check(String table, String column) {
        return fit("ck_" + table + "_" + column);
    }

    /** The CHECK that a JSON column holds JSON, where its type does not ({@code cj_<table>_<column>}). */
    public static String jsonCheck(String table, String column) {
        return fit("cj_" + table + "_" + column);
    }

    /** The foreign key of one column. */
    public static String foreignKey(String table, String column) {
        return fit("fk_" + table + "_" + column);
    }

    /** {@code wanted} if it has at most {@value #MAX_LENGTH} characters, else its shortened, hashed form. */
    public static String fit(String wanted) {
        if (wanted.length() <= MAX_LENGTH) {
            return wanted;
        }
        return wanted.substring(0, 54) + "_" + String.format("%08x", wanted.hashCode());
    }
}
