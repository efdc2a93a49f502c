package io.kakaorm.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.dialect.sql.ReadOnlySql;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which raw statements a backend may run on a read-only connection (the SQLite readers). */
class ReadOnlySqlTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT 1 | true",
                "  select * from t where a = 'RETURNING' | true",
                "/* lead */ SELECT \"into\" FROM t -- returning | true",
                "INSERT INTO t VALUES (1) RETURNING id | false",
                "SELECT * INTO t2 FROM t | false",
                "PRAGMA user_version | false",
                "WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x | false",
                "DELETE FROM t RETURNING id | false",
                "SELECTED | false",
            })
    void onlyAPlainSelectReads(String sql, boolean readOnly) {
        assertEquals(readOnly, ReadOnlySql.isPlainSelect(sql));
    }
}
