package io.kakaorm.dialect;

/**
 * What a database can do; code asks these instead of comparing dialects. Each dialect answers every
 * question by name in its own class, so adding a capability does not compile until every database has
 * answered it.
 */
public interface DialectFeatures {
    /** INSERT … RETURNING gives generated keys (else the driver's last-insert-id). */
    boolean returning();

    /** DDL takes part in transactions (can be rolled back). */
    boolean transactionalDdl();

    /** The most bind parameters one statement may carry. */
    int maxBindParams();

    /** RIGHT JOIN is supported. */
    boolean rightJoin();

    /** A native case-insensitive LIKE exists. */
    boolean ilike();

    /** A backslash escapes the next character inside string literals (MySQL), so raw SQL is scanned that way. */
    boolean backslashEscapes();

    /** Identifiers and aliases may hold characters outside the Basic Multilingual Plane (MySQL: error 1300). */
    boolean supplementaryIdentifiers();

    /**
     * The keys a multi-row INSERT generates are consecutive and end at the connection's last insert id
     * (SQLite rowids), so a bulk insert reads that one value instead of every key.
     */
    boolean consecutiveInsertKeys();
}
