package io.kakaorm.vertx.fidelity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The values where Java and SQL part ways: non-ASCII and supplementary-plane text, case mappings that
 * change length, NUL, every kind of whitespace, numbers at 2^53 and at the type limits, month ends, leap
 * days, midnight and the DST changes of Europe/Berlin (the JVM zone during the test).
 */
final class EdgeValues {
    static final String[] STRINGS = {
        "",
        " ",
        "a",
        "A",
        "b",
        "abc",
        "ABC",
        "Abc ",
        " abc",
        "a\tb",
        "\tab\n",
        "ab\n",
        "a\r",
        "ß",
        "SS",
        "ss",
        "straße",
        "STRASSE",
        "i",
        "I",
        "\u0130",
        "\u0131",
        "istanbul",
        "\u0130STANBUL",
        "é",
        "É",
        "\u00c9bc",
        "e\u0301",
        "\uD83D\uDE00",
        "a\uD83D\uDE00b",
        "\uD83D\uDE00x",
        "\uFF21",
        "\uFF41",
        "\uFB00",
        "\u03a3",
        "\u039f\u0394\u039f\u03a3",
        "\u03c3\u03c2",
        "k",
        "K",
        "\u212A",
        "\u017F",
        "s",
        "a\u0000b",
        "\u0000",
        "ab\u0000",
        "%",
        "_",
        "a%b",
        "\\",
        "a_b",
        "\u00A0a",
        "\u2003a",
        "\u001Fa",
        "a\u3000",
        "\u000Bx",
        "\u001C",
        "10",
        "9",
        "-1",
        "1.0",
        "null",
        "true",
        "ZETA",
        "ALPHA",
        "beta",
        "\uD800\uDC00",
        "\uFFFD",
        "\u00FF",
        "\u0100",
        "\uD83D\uDE00\uD83D\uDE00",
        "ab\uD83D\uDE00ab",
        "aXbXa"
    };
    static final int[] INTS = {
        0,
        1,
        -1,
        2,
        -2,
        3,
        7,
        -7,
        10,
        100,
        -100,
        46341,
        -46341,
        65536,
        1 << 30,
        Integer.MAX_VALUE,
        Integer.MIN_VALUE,
        Integer.MAX_VALUE - 1,
        Integer.MIN_VALUE + 1
    };
    static final long[] LONGS = {
        0,
        1,
        -1,
        7,
        -7,
        1L << 53,
        (1L << 53) + 1,
        -((1L << 53) + 1),
        (1L << 53) - 1,
        Long.MAX_VALUE,
        Long.MIN_VALUE,
        Long.MAX_VALUE - 1,
        1L << 31,
        -(1L << 31),
        Integer.MAX_VALUE + 1L,
        (1L << 40) + 3,
        1L << 62,
        3037000500L
    };
    static final double[] DOUBLES = {
        0.0,
        -0.0,
        0.5,
        -0.5,
        1.5,
        2.5,
        -2.5,
        0.001,
        1.0 / 3,
        9007199254740992.0,
        9007199254740994.0,
        9.223372036854776E18,
        -9.223372036854776E18,
        1e300,
        -1e300,
        123.456,
        2.4999999999,
        99.99,
        -7.9,
        7.0,
        1e-300,
        2147483647.5,
        -2147483648.9,
        4.9e-324,
        1e15 + 0.3,
        100.0,
        0.49999999999999994,
        -0.49999999999999994,
        -1.5,
        4503599627370495.5,
        -3.5
    };
    static final LocalDate[] DATES = {
        LocalDate.of(2024, 2, 28),
        LocalDate.of(2024, 2, 29),
        LocalDate.of(2024, 3, 1),
        LocalDate.of(2023, 2, 28),
        LocalDate.of(2024, 1, 31),
        LocalDate.of(2024, 12, 31),
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2000, 2, 29),
        LocalDate.of(1900, 3, 1),
        LocalDate.of(2024, 3, 31),
        LocalDate.of(2024, 10, 27),
        LocalDate.of(2024, 4, 30),
        LocalDate.of(1970, 1, 1),
        LocalDate.of(1969, 12, 31),
        LocalDate.of(2023, 1, 1),
        LocalDate.of(2021, 1, 3),
        LocalDate.of(2099, 12, 31)
    };
    static final LocalDateTime[] DATE_TIMES = {
        LocalDateTime.of(2024, 1, 31, 0, 0),
        LocalDateTime.of(2024, 2, 29, 23, 59, 59),
        LocalDateTime.of(2024, 3, 31, 2, 30),
        LocalDateTime.of(2024, 10, 27, 2, 30),
        LocalDateTime.of(2024, 12, 31, 23, 59, 59, 999_999_000),
        LocalDateTime.of(2023, 1, 1, 12, 0),
        LocalDateTime.of(2024, 3, 31, 0, 0),
        LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1000),
        LocalDateTime.of(2024, 8, 31, 13, 45, 30, 500_000_000),
        LocalDateTime.of(2021, 1, 3, 23, 0)
    };
    static final OffsetDateTime[] OFFSET_TIMES = {
        OffsetDateTime.of(2024, 3, 31, 1, 30, 0, 0, ZoneOffset.UTC),
        OffsetDateTime.of(2024, 3, 31, 0, 59, 59, 0, ZoneOffset.UTC),
        OffsetDateTime.of(2024, 10, 27, 0, 30, 0, 0, ZoneOffset.UTC),
        OffsetDateTime.of(2024, 10, 27, 1, 0, 0, 0, ZoneOffset.UTC),
        OffsetDateTime.of(2024, 2, 29, 23, 30, 0, 0, ZoneOffset.ofHours(-5)),
        OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
        OffsetDateTime.of(2024, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC),
        OffsetDateTime.of(2024, 1, 31, 22, 0, 0, 0, ZoneOffset.ofHours(2)),
        OffsetDateTime.of(2023, 12, 31, 23, 0, 0, 0, ZoneOffset.UTC)
    };

    /** Decimals that fit NUMERIC(20, 4): ties at .5 for HALF_UP, the int and long limits, signs, scales. */
    static final BigDecimal[] DECIMALS = {
        new BigDecimal("0"),
        new BigDecimal("0.0000"),
        new BigDecimal("1"),
        new BigDecimal("-1"),
        new BigDecimal("0.5"),
        new BigDecimal("-0.5"),
        new BigDecimal("2.5"),
        new BigDecimal("-2.5"),
        new BigDecimal("1.0050"),
        new BigDecimal("0.0001"),
        new BigDecimal("-0.0001"),
        new BigDecimal("12345678901234.5678"),
        new BigDecimal("-9999999999999999.9999"),
        new BigDecimal("2147483647.9999"),
        new BigDecimal("2147483648"),
        new BigDecimal("-2147483648.5"),
        new BigDecimal("4294967297.25"),
        new BigDecimal("99.995"),
        new BigDecimal("0.4999"),
        new BigDecimal("1.45"),
        new BigDecimal("-1.45"),
        new BigDecimal("9007199254740993"),
        new BigDecimal("100"),
        new BigDecimal("7.0001")
    };
    /** Decimals for an unconstrained column: beyond a long, beyond a double's digits, long fractions. */
    static final BigDecimal[] WIDE_DECIMALS = {
        new BigDecimal("9223372036854775808.5"),
        new BigDecimal("-9223372036854775809"),
        new BigDecimal("0.000000000000000000000000001"),
        new BigDecimal("123456789012345678901234567890.125"),
        new BigDecimal("18446744073709551617"),
        new BigDecimal("0.30000000000000000001"),
        new BigDecimal("-0.5"),
        new BigDecimal("2.5"),
        BigDecimal.ZERO
    };

    static final LocalTime[] TIMES = {
        LocalTime.MIDNIGHT,
        LocalTime.of(23, 59, 59, 999_999_000),
        LocalTime.of(23, 59, 59),
        LocalTime.NOON,
        LocalTime.of(0, 0, 0, 1000),
        LocalTime.of(12, 0, 0, 500_000_000),
        LocalTime.of(2, 30),
        LocalTime.of(13, 45, 30, 123_456_000),
        LocalTime.of(23, 59)
    };

    private EdgeValues() {}

    /** Every edge value at least once per column, the rest drawn at random from the same sets. */
    static List<EdgeRow> rows(long seed, int n, boolean nulInText) {
        Random rnd = new Random(seed);
        List<EdgeRow> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            EdgeRow r = new EdgeRow();
            r.i = INTS[pick(rnd, k, INTS.length)];
            r.j = INTS[rnd.nextInt(INTS.length)];
            r.ni = maybe(rnd, k, INTS[rnd.nextInt(INTS.length)]);
            r.l = LONGS[pick(rnd, k, LONGS.length)];
            r.nl = maybe(rnd, k, LONGS[rnd.nextInt(LONGS.length)]);
            r.d = DOUBLES[pick(rnd, k, DOUBLES.length)];
            r.nd = maybe(rnd, k, DOUBLES[rnd.nextInt(DOUBLES.length)]);
            r.s = text(STRINGS[pick(rnd, k, STRINGS.length)], nulInText);
            r.t = text(STRINGS[rnd.nextInt(STRINGS.length)], nulInText);
            r.ns = maybe(rnd, k, text(STRINGS[rnd.nextInt(STRINGS.length)], nulInText));
            r.b = rnd.nextBoolean();
            r.nb = maybe(rnd, k, rnd.nextBoolean());
            r.k = Kind.values()[pick(rnd, k, Kind.values().length)];
            r.nk = maybe(rnd, k, Kind.values()[rnd.nextInt(Kind.values().length)]);
            r.day = DATES[pick(rnd, k, DATES.length)];
            r.nday = maybe(rnd, k, DATES[rnd.nextInt(DATES.length)]);
            r.ldt = DATE_TIMES[pick(rnd, k, DATE_TIMES.length)];
            r.odt = OFFSET_TIMES[pick(rnd, k, OFFSET_TIMES.length)];
            r.ins = OFFSET_TIMES[rnd.nextInt(OFFSET_TIMES.length)].toInstant().plusSeconds(rnd.nextInt(3) * 3600L);
            r.dec = DECIMALS[pick(rnd, k, DECIMALS.length)];
            r.ndec = maybe(
                    rnd,
                    k,
                    rnd.nextBoolean()
                            ? WIDE_DECIMALS[rnd.nextInt(WIDE_DECIMALS.length)]
                            : DECIMALS[rnd.nextInt(DECIMALS.length)]);
            r.tm = TIMES[pick(rnd, k, TIMES.length)];
            r.ntm = maybe(rnd, k, TIMES[rnd.nextInt(TIMES.length)]);
            out.add(r);
        }
        return out;
    }

    /** PostgreSQL text cannot hold U+0000 (it refuses it): there the NUL becomes a visible character. */
    private static String text(String s, boolean nulInText) {
        return nulInText ? s : s.replace('\u0000', '\u0001');
    }

    private static int pick(Random rnd, int k, int n) {
        return k < n ? k : rnd.nextInt(n);
    }

    private static <V> V maybe(Random rnd, int k, V v) {
        return k % 5 == 4 || rnd.nextInt(5) == 0 ? null : v;
    }

    /** Java source text of a string literal's content. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\%03o", (int) c)); // octal: a \\u000a would end the source line
            } else if (c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
