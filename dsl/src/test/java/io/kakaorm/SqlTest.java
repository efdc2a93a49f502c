package io.kakaorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-Java meaning of the Sql markers: the same answers the SQL gives. */
class SqlTest {
    @Test
    void like_matchesWildcardsAndEscapes_caseSensitively() {
        assertTrue(Sql.like("Java 17", "J_va%"));
        assertFalse(Sql.like("java 17", "J_va%"));
        assertTrue(Sql.like("100%", "100\\%"));
        assertFalse(Sql.like("1000", "100\\%"));
        assertTrue(Sql.like("a.b", "a.b"));
        assertFalse(Sql.like("axb", "a.b"));
        assertFalse(Sql.like(null, "%"));
    }

    @Test
    void ilike_ignoresCase() {
        assertTrue(Sql.ilike("JAVA", "j%a"));
        assertFalse(Sql.ilike("JAVA", "k%"));
    }

    @Test
    void in_notIn_between_isNull_coalesce() {
        assertTrue(Sql.in(2, 1, 2, 3));
        assertFalse(Sql.in(5, 1, 2, 3));
        assertFalse(Sql.in(null, List.of()));
        // the meaning of contains(), which is also what the SQL does (IN … OR x IS NULL)
        assertTrue(Sql.in(null, Arrays.asList(1, null)));
        assertFalse(Sql.in(null, Arrays.asList(1, 2)));
        assertTrue(Sql.notIn(null, Arrays.asList(1, 2)));
        assertTrue(Sql.in(2L, List.of(2L)));
        assertTrue(Sql.notIn(5, 1, 2));
        assertTrue(Sql.notIn(5, List.of()));
        assertTrue(Sql.between(5, 5, 6));
        assertFalse(Sql.between(7, 5, 6));
        assertFalse(Sql.between(null, 5, 6));
        assertTrue(Sql.isNull(null));
        assertTrue(Sql.isNotNull(""));
        assertEquals("b", Sql.coalesce(null, "b"));
        assertEquals(3, Sql.coalesce(null, null, 3));
        assertNull(Sql.coalesce((Object) null, null));
    }

    @Test
    void aggregates_outsideAQuery_throwWithExplanation() {
        IllegalStateException e = assertThrows(IllegalStateException.class, Sql::count);
        assertTrue(e.getMessage().contains("only means something inside a query lambda"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Sql.sum(BigDecimal.ONE));
        assertThrows(IllegalStateException.class, () -> Sql.max("a"));
    }
}
