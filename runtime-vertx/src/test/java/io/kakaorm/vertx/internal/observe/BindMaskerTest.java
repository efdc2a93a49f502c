package io.kakaorm.vertx.internal.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.dialect.CompiledSql;
import io.kakaorm.vertx.observe.StatementEvent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which bind a masked column owns, read from the SQL shapes the dialects and users write. */
class BindMaskerTest {
    private static final String M = StatementEvent.MASKED;
    private final BindMasker masker = BindMasker.NONE.plus("Password");

    /** Each row: SQL, then for each bind 'x' if it must be masked, '-' if not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "INSERT INTO \"acc\" (\"name\", \"password\", \"n\") VALUES ($1, $2, $3) RETURNING \"id\" | -x-",
                "INSERT INTO `acc` (`name`, `password`) VALUES (?, ?), (?, ?)                          | -x-x",
                "UPDATE \"acc\" SET \"name\" = $1, \"password\" = $2, \"n\" = $3 WHERE \"id\" = $4        | -x--",
                "SELECT * FROM acc WHERE password = ? AND name = ?                                      | x-",
                "SELECT * FROM \"acc\" WHERE \"acc\".\"password\" IN ($1, $2) LIMIT $3                  | xx-",
                "SELECT * FROM acc WHERE lower(\"password\") = lower(?) OFFSET ?                         | x-",
                "SELECT * FROM acc WHERE name = $2 AND password = $1                                    | x-",
                "SELECT * FROM acc WHERE name = 'password' AND n = ?                                    | -",
                "SELECT * FROM acc WHERE name = ? OR ? = password                                       | -x",
                "SELECT ? FROM acc WHERE password IS NULL                                               | x",
                "SELECT * FROM acc WHERE name = ?                                                       | -",
            })
    void masksTheBindsOfMaskedColumns(String sql, String expected) {
        Object[] binds = new Object[expected.length()];
        Arrays.fill(binds, "v");
        List<Object> masked = masker.mask(new CompiledSql(sql.strip(), Arrays.asList(binds)));
        StringBuilder got = new StringBuilder();
        for (Object b : masked) {
            got.append(M.equals(b) ? 'x' : '-');
        }
        assertEquals(expected, got.toString(), sql);
    }
}
