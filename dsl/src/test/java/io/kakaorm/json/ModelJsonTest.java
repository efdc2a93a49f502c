package io.kakaorm.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.ValidationException;
import io.kakaorm.ValidationException.FieldError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The documented JSON form of every column type, dumps, and fromJson/patch validation. */
class ModelJsonTest {

    static Gizmo full() {
        Gizmo g = new Gizmo();
        g.id = 7L;
        g.name = "dial";
        g.s = -3;
        g.i = 2_000_000_000;
        g.l = 9_007_199_254_740_993L;
        g.boxed = 5;
        g.f = 1.5f;
        g.d = Double.NaN;
        g.flag = false;
        g.price = new BigDecimal("12.50");
        g.at = OffsetDateTime.of(2026, 12, 5, 9, 30, 0, 0, ZoneOffset.ofHours(1));
        g.instant = Instant.parse("2026-12-05T08:30:00.123456Z");
        g.local = LocalDateTime.of(2026, 12, 5, 9, 30);
        g.day = LocalDate.of(2026, 12, 5);
        g.time = LocalTime.of(9, 30, 15, 500_000_000);
        g.uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        g.bytes = new byte[] {0, 1, (byte) 0xFF};
        g.size = Gizmo.Size.LARGE;
        return g;
    }

    @Test
    void everyColumnTypeHasItsDocumentedForm() {
        JsonObject j = full().toJson();
        assertEquals(7L, j.getValue("id"));
        assertEquals("dial", j.getValue("name"));
        assertTrue(j.containsKey("note") && j.getValue("note") == null, "nulls are written by default");
        assertEquals((short) -3, j.getValue("s"));
        assertEquals(2_000_000_000, j.getValue("i"));
        assertEquals(9_007_199_254_740_993L, j.getValue("l"));
        assertEquals(1.5f, j.getValue("f"));
        assertEquals("NaN", j.getValue("d"));
        assertEquals(false, j.getValue("flag"));
        assertEquals("12.50", j.getValue("price"), "the scale survives");
        assertEquals("2026-12-05T09:30:00+01:00", j.getValue("at"));
        assertEquals("2026-12-05T08:30:00.123456Z", j.getValue("instant"));
        assertEquals("2026-12-05T09:30:00", j.getValue("local"), "seconds are always written");
        assertEquals("2026-12-05", j.getValue("day"));
        assertEquals("09:30:15.5", j.getValue("time"));
        assertEquals("123e4567-e89b-12d3-a456-426614174000", j.getValue("uuid"));
        assertEquals("AAH/", j.getValue("bytes"));
        assertEquals("LARGE", j.getValue("size"));
        // the encoded text parses back to the same document
        assertEquals(j, new JsonObject(j.encode()));
    }

    @Test
    void fromJsonReadsBackWhatToJsonWrote() {
        Gizmo g = full();
        JsonObject encoded = new JsonObject(g.toJson().encode());
        Gizmo back = ModelJson.fromJson(
                Gizmo.class, encoded, FromJson.strict().allowingPrimaryKey().allowingAutoTimes());
        assertEquals(g.toJson(), back.toJson());
        assertArrayEquals(g.bytes, back.bytes);
        assertEquals(g.price, back.price);
        assertEquals(g.instant, back.instant);
        assertEquals(g.at, back.at);
        assertTrue(Double.isNaN(back.d));
        assertFalse(back.isPersisted());
    }

    @Test
    void dumpsExcludeFieldsAndNulls() {
        Gizmo g = full();
        JsonObject j = g.toJson(Dump.all().exclude("bytes", "uuid").excludeNulls());
        assertFalse(
                j.containsKey("bytes") || j.containsKey("uuid") || j.containsKey("note") || j.containsKey("createdAt"));
        assertTrue(j.containsKey("name") && j.containsKey("price"));
        Map<String, Object> m = g.toMap(Dump.all().exclude("name").excludeNulls());
        assertFalse(m.containsKey("name") || m.containsKey("note"));
        assertEquals(new BigDecimal("12.50"), m.get("price"), "toMap keeps Java values");
        assertEquals(List.copyOf(g.toMap().keySet()).indexOf("price") > 0, true);
        JsonArray list = ModelJson.toJsonArray(List.of(g, g), Dump.all().exclude("bytes"));
        assertEquals(2, list.size());
        assertFalse(list.getJsonObject(1).containsKey("bytes"));
    }

    @Test
    void fromJsonListsEveryBadFieldAtOnce() {
        JsonObject body = new JsonObject()
                .put("id", 3)
                .put("note", "fine")
                .put("s", 40_000)
                .put("i", 1.5)
                .put("flag", "yes")
                .put("price", "12345.5")
                .put("day", "5 Dec")
                .put("uuid", "nope")
                .put("bytes", "***")
                .put("size", "HUGE")
                .put("createdAt", "2026-12-05T09:30:00Z")
                .put("colour", "red");
        ValidationException e = assertThrows(ValidationException.class, () -> Gizmo.fromJson(Gizmo.class, body));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals(
                List.of("id", "s", "i", "flag", "price", "day", "uuid", "bytes", "size", "createdAt", "colour", "name"),
                fields,
                e.getMessage());
        assertEquals("must be one of [SMALL, LARGE]", reason(e, "size"));
        assertEquals("is required", reason(e, "name"));
        assertEquals("is not a field of Gizmo", reason(e, "colour"));
        assertEquals(
                "has 5 digits before the decimal point; at most 4 are allowed (NUMERIC(6, 2))", reason(e, "price"));
        JsonObject rendered = e.toJson();
        assertEquals("validation", rendered.getString("error"));
        assertEquals(fields.size(), rendered.getJsonArray("errors").size());
        assertEquals(
                "name",
                rendered.getJsonArray("errors").getJsonObject(fields.size() - 1).getString("field"));
    }

    @Test
    void columnRulesAreCheckedOnTheConvertedValue() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> Gizmo.fromJson(
                        Gizmo.class,
                        new JsonObject()
                                .put("name", "twelve chars")
                                .put("price", "1.125")
                                .put("flag", null)));
        assertEquals("is 12 characters long; at most 10 are allowed", reason(e, "name"));
        assertEquals("has 3 decimal places; at most 2 are allowed", reason(e, "price"));
        assertEquals("must not be null", reason(e, "flag"));
        Gizmo ok = Gizmo.fromJson(
                Gizmo.class, new JsonObject().put("name", "ten chars!").put("price", "9999.10"));
        assertEquals(new BigDecimal("9999.10"), ok.price);
        assertTrue(ok.flag, "absent fields keep their initializer");
        assertNull(ok.id);
    }

    @Test
    void unknownFieldsAndTheKeyAreAcceptedOnlyWhenAllowed() {
        JsonObject body = new JsonObject().put("id", 9).put("name", "x").put("extra", 1);
        Gizmo g = ModelJson.fromJson(
                Gizmo.class, body, FromJson.strict().ignoringUnknown().allowingPrimaryKey());
        assertEquals(9L, g.id);
    }

    @Test
    void patchSetsOnlyGivenFieldsAndIsAllOrNothing() {
        Gizmo g = full();
        ModelJson.patch(g, new JsonObject().put("note", "hi").put("size", "SMALL"));
        assertEquals("hi", g.note);
        assertEquals(Gizmo.Size.SMALL, g.size);
        assertEquals("dial", g.name);
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> ModelJson.patch(g, new JsonObject().put("note", "changed").put("name", null)));
        assertEquals(List.of("name"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("hi", g.note, "a rejected patch changes nothing");
    }

    private static String reason(ValidationException e, String field) {
        return e.errors().stream()
                .filter(x -> x.field().equals(field))
                .findFirst()
                .orElseThrow()
                .reason();
    }
}
