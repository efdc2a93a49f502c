package io.kakaorm.dialect;

/**
 * What a database can do; code asks these instead of comparing dialects.
 *
 * @param returning        INSERT … RETURNING gives generated keys (else last-insert-id)
 * @param transactionalDdl DDL takes part in transactions (can be rolled back)
 * @param maxBindParams    the most bind parameters one statement may carry
 * @param rightJoin        RIGHT JOIN is supported
 * @param ilike            a native case-insensitive LIKE exists
 */
public record DialectFeatures(boolean returning, boolean transactionalDdl, int maxBindParams, boolean rightJoin,
        boolean ilike) {
}
