package io.kakaorm.vertx.internal.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which statements a replica may run: plain reads only; anything that writes or locks goes to the primary. */
class ReadStatementsTest {
    private static final String[][] CASES = {
        {"SELECT * FROM t", "true"},
        {"  select 1", "true"},
        {"(SELECT a FROM t) UNION (SELECT b FROM u)", "true"},
        {"/* hint */ -- note\nSELECT 1", "true"},
        {"WITH x AS (SELECT 1) SELECT * FROM x", "true"},
        {"SELECT replace(name, 'a', 'b') FROM t", "true"},
        {"SELECT * FROM t FOR UPDATE", "false"},
        {"SELECT * FROM t FOR NO KEY UPDATE SKIP LOCKED", "false"},
        {"select * from t for share", "false"},
        {"SELECT * FROM t LOCK IN SHARE MODE", "false"},
        {"SELECT * INTO t2 FROM t", "false"},
        {"WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", "false"},
        {"INSERT INTO t VALUES (1) RETURNING id", "false"},
        {"UPDATE t SET a = 1", "false"},
        {"SELECTED", "false"},
        {"VALUES (1)", "false"},
        {"SET search_path = x", "false"},
    };

    @Test
    void classifies() {
        for (String[] c : CASES) {
            assertEquals(Boolean.parseBoolean(c[1]), ReadStatements.isRead(c[0]), c[0]);
        }
    }
}
