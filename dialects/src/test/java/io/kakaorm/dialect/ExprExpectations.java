package io.kakaorm.dialect;

import java.util.List;

/** The expected SQL of {@link ExprCases}: name, PostgreSQL, MySQL, SQLite (binds after the SQL). */
final class ExprExpectations {
    private ExprExpectations() {}

    private static String[] row(String name, String pg, String mysql, String sqlite) {
        return new String[] {name, pg, mysql, sqlite};
    }

    static final List<String[]> ROWS = List.of(
            row("column = param", "\"views\" = $1::int4 [5]", "`views` = ? [5]", "\"views\" = ? [5]"),
            row("non-null != param", "\"views\" <> $1::int4 [5]", "`views` <> ? [5]", "\"views\" <> ? [5]"),
            row(
                    "nullable != param matches NULL",
                    "(\"score\" <> $1::int4 OR \"score\" IS NULL) [5]",
                    "(`score` <> ? OR `score` IS NULL) [5]",
                    "(\"score\" <> ? OR \"score\" IS NULL) [5]"),
            row("== null param is IS NULL", "\"score\" IS NULL []", "`score` IS NULL []", "\"score\" IS NULL []"),
            row(
                    "!= null param is IS NOT NULL",
                    "\"score\" IS NOT NULL []",
                    "`score` IS NOT NULL []",
                    "\"score\" IS NOT NULL []"),
            row(
                    "nullable == nullable is null-safe",
                    "\"score\" IS NOT DISTINCT FROM \"rating\" []",
                    "`score` <=> `rating` []",
                    "\"score\" IS \"rating\" []"),
            row(
                    "nullable != nullable is null-safe",
                    "\"score\" IS DISTINCT FROM \"rating\" []",
                    "NOT (`score` <=> `rating`) []",
                    "\"score\" IS NOT \"rating\" []"),
            row(
                    "NOT of a possibly-unknown comparison",
                    "(\"score\" > $1::int4) IS NOT TRUE [3]",
                    "(`score` > ?) IS NOT TRUE [3]",
                    "(\"score\" > ?) IS NOT TRUE [3]"),
            row(
                    "NOT of a two-valued comparison",
                    "NOT (\"views\" > $1::int4) [3]",
                    "NOT (`views` > ?) [3]",
                    "NOT (\"views\" > ?) [3]"),
            row(
                    "AND chains flatten, OR nests",
                    "(\"published\" OR (\"views\" < $1::int4)) AND (\"views\" > $2::int4) AND (\"slug\" IS NOT NULL) [1, 2]",
                    "(`published` OR (`views` < ?)) AND (`views` > ?) AND (`slug` IS NOT NULL) [1, 2]",
                    "(\"published\" OR (\"views\" < ?)) AND (\"views\" > ?) AND (\"slug\" IS NOT NULL) [1, 2]"),
            row("boolean column", "\"published\" []", "`published` []", "\"published\" []"),
            row("NOT boolean column", "NOT \"published\" []", "NOT `published` []", "NOT \"published\" []"),
            row(
                    "NOT nullable boolean column",
                    "\"featured\" IS NOT TRUE []",
                    "`featured` IS NOT TRUE []",
                    "\"featured\" IS NOT TRUE []"),
            row(
                    "string ordering",
                    "REGEXP_REPLACE(REPLACE(\"title\", CHR(1114111), CHR(1114111) || CHR(1)), '([\\uE000-\\uFFFF])', CHR(1114111) || '\\1', 'g') COLLATE \"C\" <= $1::text COLLATE \"C\" [m]",
                    "CAST(CONVERT(`title` USING utf16) AS BINARY) <= CAST(CONVERT(? USING utf16) AS BINARY) [m]",
                    "kakaorm_key16(\"title\") <= kakaorm_key16(?) [m]"),
            row(
                    "literals",
                    "(\"views\" = (-5)) OR (TRUE AND (NULL IS NULL)) []",
                    "(`views` = (-5)) OR (TRUE AND (NULL IS NULL)) []",
                    "(\"views\" = (-5)) OR (TRUE AND (NULL IS NULL)) []"),
            row(
                    "arithmetic and negation",
                    "((\"views\" + $1::int4) - ((-\"views\") * $2::int4)) > $3::int4 [1, 2, 3]",
                    "((`views` + ?) - ((-`views`) * ?)) > ? [1, 2, 3]",
                    "((\"views\" + ?) - ((-\"views\") * ?)) > ? [1, 2, 3]"),
            row(
                    "integer division",
                    "(\"views\" / $1::int4) = $2::int4 [2, -3]",
                    "(`views` DIV ?) = ? [2, -3]",
                    "(\"views\" / ?) = ? [2, -3]"),
            row(
                    "double division",
                    "(\"rating\" / $1::float8) > $2::float8 [2.0, 1.5]",
                    "(`rating` / ?) > ? [2.0, 1.5]",
                    "(kakaorm_double('/', \"rating\", ?)) > ? [2.0, 1.5]"),
            row(
                    "integer remainder",
                    "(\"views\" % $1::int4) = $2::int4 [3, -1]",
                    "(`views` % ?) = ? [3, -1]",
                    "(\"views\" % ?) = ? [3, -1]"),
            row(
                    "double remainder",
                    "(\"rating\" - $1::float8 * TRUNC(\"rating\" / $1::float8)) = $2::float8 [2.0, 1.5]", // one slot,
                    // one $n
                    "(`rating` % ?) = ? [2.0, 1.5]",
                    "(\"rating\" - ? * CAST(\"rating\" / ? AS INTEGER)) = ? [2.0, 2.0, 1.5]"),
            row(
                    "concat reads null as 'null'",
                    "(COALESCE(\"slug\", 'null') || $1::text || CAST(\"views\" AS TEXT)) = $2::text [-, x-1]",
                    "((CONCAT(COALESCE(`slug`, 'null'), ?, `views`) COLLATE utf8mb4_nopad_bin)) = ? [-, x-1]",
                    "(COALESCE(\"slug\", 'null') || ? || \"views\") = ? [-, x-1]"),
            row(
                    "LIKE (case-sensitive)",
                    "\"title\" LIKE $1::text [A_c%]",
                    "`title` LIKE ? [A_c%]",
                    "\"title\" GLOB ? [A?c*]"),
            row(
                    "ILIKE",
                    "\"title\" ILIKE $1::text [A_c%]",
                    "LOWER(`title`) LIKE LOWER(?) [A_c%]",
                    "\"title\" LIKE ? ESCAPE '\\' [A_c%]"),
            row(
                    "startsWith a value escapes wildcards",
                    "\"title\" LIKE $1::text [50\\%\\_\\\\*%]",
                    "`title` LIKE ? [50\\%\\_\\\\*%]",
                    "INSTR(CAST(\"title\" AS BLOB), CAST(? AS BLOB)) = 1 [50%_\\*]"),
            row(
                    "endsWith a value",
                    "\"title\" LIKE $1::text [%x]",
                    "`title` LIKE ? [%x]",
                    "LENGTH(CAST(\"title\" AS BLOB)) >= LENGTH(CAST(? AS BLOB)) AND (LENGTH(CAST(? AS BLOB)) = 0 OR SUBSTR(CAST(\"title\" AS BLOB), -LENGTH(CAST(? AS BLOB))) = CAST(? AS BLOB)) [x, x, x, x]"),
            row(
                    "contains a value",
                    "\"title\" LIKE $1::text [%[?]%]",
                    "`title` LIKE ? [%[?]%]",
                    "INSTR(CAST(\"title\" AS BLOB), CAST(? AS BLOB)) > 0 [[?]]"),
            row(
                    "contains ignoring case",
                    "\"title\" ILIKE $1::text [%Ab%]",
                    "LOWER(`title`) LIKE LOWER(?) [%Ab%]",
                    "\"title\" LIKE ? ESCAPE '\\' [%Ab%]"),
            row(
                    "equalsIgnoreCase",
                    "\"title\" ~ $1::text [^[\\u0041\\u0061][\\u0062\\u0042]$]",
                    "`title` REGEXP ? [(?-i)^[\\x{41}\\x{61}][\\x{62}\\x{42}]\\z]",
                    "kakaorm_equals_ignore_case(\"title\", ?) = 1 [Ab]"),
            row(
                    "startsWith a column",
                    "SUBSTR(\"title\", 1, LENGTH(\"category\")) = \"category\" []",
                    "SUBSTR(`title`, 1, CHAR_LENGTH(`category`)) = `category` []",
                    "INSTR(CAST(\"title\" AS BLOB), CAST(\"category\" AS BLOB)) = 1 []"),
            row(
                    "endsWith a column",
                    "LENGTH(\"title\") >= LENGTH(\"category\") AND SUBSTR(\"title\", LENGTH(\"title\") - LENGTH(\"category\") + 1) = \"category\" []",
                    "CHAR_LENGTH(`title`) >= CHAR_LENGTH(`category`) AND SUBSTR(`title`, CHAR_LENGTH(`title`) - CHAR_LENGTH(`category`) + 1) = `category` []",
                    "LENGTH(CAST(\"title\" AS BLOB)) >= LENGTH(CAST(\"category\" AS BLOB)) AND (LENGTH(CAST(\"category\" AS BLOB)) = 0 OR SUBSTR(CAST(\"title\" AS BLOB), -LENGTH(CAST(\"category\" AS BLOB))) = CAST(\"category\" AS BLOB)) []"),
            row(
                    "contains a column",
                    "POSITION(\"category\" IN \"title\") > 0 []",
                    "POSITION(`category` IN `title`) > 0 []",
                    "INSTR(CAST(\"title\" AS BLOB), CAST(\"category\" AS BLOB)) > 0 []"),
            row(
                    "contains a column ignoring case",
                    "POSITION(LOWER(\"category\") IN LOWER(\"title\")) > 0 []",
                    "POSITION(LOWER(`category`) IN LOWER(`title`)) > 0 []",
                    "INSTR(CAST(LOWER(\"title\") AS BLOB), CAST(LOWER(\"category\") AS BLOB)) > 0 []"),
            row(
                    "CASE WHEN",
                    "CASE WHEN \"published\" THEN $1::text ELSE $2::text END = $3::text [a, b, a]",
                    "(CASE WHEN `published` THEN ? ELSE ? END COLLATE utf8mb4_nopad_bin) = ? [a, b, a]",
                    "CASE WHEN \"published\" THEN ? ELSE ? END = ? [a, b, a]"),
            row(
                    "IN list",
                    "\"views\" IN ($1::int4, $2::int4) [1, 2]",
                    "`views` IN (?, ?) [1, 2]",
                    "\"views\" IN (?, ?) [1, 2]"),
            row(
                    "NOT IN list over a nullable column",
                    "(\"score\" IN ($1::int4)) IS NOT TRUE [1]",
                    "(`score` IN (?)) IS NOT TRUE [1]",
                    "(\"score\" IN (?)) IS NOT TRUE [1]"),
            row("empty IN list is FALSE", "FALSE []", "FALSE []", "FALSE []"),
            row("empty NOT IN list is TRUE", "TRUE []", "TRUE []", "TRUE []"),
            row(
                    "IN a collection",
                    "\"views\" IN ($1::int4, $2::int4, $3::int4) [1, 2, 3]",
                    "`views` IN (?, ?, ?) [1, 2, 3]",
                    "\"views\" IN (?, ?, ?) [1, 2, 3]"),
            row(
                    "IN a collection holding null",
                    "(\"score\" IN ($1::int4) OR \"score\" IS NULL) [1]",
                    "(`score` IN (?) OR `score` IS NULL) [1]",
                    "(\"score\" IN (?) OR \"score\" IS NULL) [1]"),
            row("IN a collection of only null", "\"score\" IS NULL []", "`score` IS NULL []", "\"score\" IS NULL []"),
            row("empty IN collection is FALSE", "FALSE []", "FALSE []", "FALSE []"),
            row(
                    "NOT IN a collection, non-null column",
                    "NOT (\"views\" IN ($1::int4, $2::int4)) [1, 2]",
                    "NOT (`views` IN (?, ?)) [1, 2]",
                    "NOT (\"views\" IN (?, ?)) [1, 2]"),
            row(
                    "NOT IN a collection, nullable column",
                    "(\"score\" IN ($1::int4, $2::int4)) IS NOT TRUE [1, 2]",
                    "(`score` IN (?, ?)) IS NOT TRUE [1, 2]",
                    "(\"score\" IN (?, ?)) IS NOT TRUE [1, 2]"),
            row("empty NOT IN collection is TRUE", "TRUE []", "TRUE []", "TRUE []"),
            row(
                    "IN subquery with params after the outer ones",
                    "(\"views\" > $1::int4) AND (\"author_id\" IN (SELECT \"id\" FROM \"author\" WHERE \"name\" = $2::text)) [10, ann]",
                    "(`views` > ?) AND (`author_id` IN (SELECT `id` FROM `author` WHERE `name` = ?)) [10, ann]",
                    "(\"views\" > ?) AND (\"author_id\" IN (SELECT \"id\" FROM \"author\" WHERE \"name\" = ?)) [10, ann]"),
            row(
                    "NOT IN subquery",
                    "(\"author_id\" IN (SELECT \"id\" FROM \"author\" WHERE \"name\" = $1::text)) IS NOT TRUE [ann]",
                    "(`author_id` IN (SELECT `id` FROM `author` WHERE `name` = ?)) IS NOT TRUE [ann]",
                    "(\"author_id\" IN (SELECT \"id\" FROM \"author\" WHERE \"name\" = ?)) IS NOT TRUE [ann]"),
            row(
                    "IN a limited query of models selects its keys",
                    "\"author_id\" IN (SELECT \"id\" FROM \"author\" WHERE \"name\" = $1::text LIMIT 5) [ann]",
                    "`author_id` IN (SELECT * FROM (SELECT `id` FROM `author` WHERE `name` = ? LIMIT 5) AS `limited`) [ann]",
                    "\"author_id\" IN (SELECT \"id\" FROM \"author\" WHERE \"name\" = ? LIMIT 5) [ann]"),
            row(
                    "BETWEEN",
                    "(REGEXP_REPLACE(REPLACE(\"title\", CHR(1114111), CHR(1114111) || CHR(1)), '([\\uE000-\\uFFFF])', CHR(1114111) || '\\1', 'g') COLLATE \"C\") BETWEEN ($1::text COLLATE \"C\") AND ($2::text COLLATE \"C\") [a, m]",
                    "(CAST(CONVERT(`title` USING utf16) AS BINARY)) BETWEEN (CAST(CONVERT(? USING utf16) AS BINARY)) AND (CAST(CONVERT(? USING utf16) AS BINARY)) [a, m]",
                    "(kakaorm_key16(\"title\")) BETWEEN (kakaorm_key16(?)) AND (kakaorm_key16(?)) [a, m]"),
            row(
                    "NOT BETWEEN over a nullable column",
                    "(\"score\" BETWEEN $1::int4 AND $2::int4) IS NOT TRUE [1, 9]",
                    "(`score` BETWEEN ? AND ?) IS NOT TRUE [1, 9]",
                    "(\"score\" BETWEEN ? AND ?) IS NOT TRUE [1, 9]"),
            row(
                    "decimal comparison",
                    "\"price\" > $1::numeric [10.50]",
                    "`price` > CAST(? AS DECIMAL(4, 2)) [10.50]",
                    "kakaorm_dec('cmp', \"price\", ?) > 0 [10.50]"),
            row(
                    "enum comparison binds the name",
                    "\"status\" = $1::text [DRAFT]",
                    "`status` = ? [DRAFT]",
                    "\"status\" = ? [DRAFT]"),
            row("COUNT(*)", "COUNT(*) []", "COUNT(*) []", "COUNT(*) []"),
            row(
                    "a possibly-unknown predicate as a value is two-valued",
                    "(\"score\" > $1::int4) IS TRUE [3]",
                    "(`score` > ?) IS TRUE [3]",
                    "(\"score\" > ?) IS TRUE [3]"),
            row(
                    "a two-valued predicate as a value",
                    "\"views\" > $1::int4 [3]",
                    "`views` > ? [3]",
                    "\"views\" > ? [3]"),
            row("COUNT(x)", "COUNT(\"score\") []", "COUNT(`score`) []", "COUNT(\"score\") []"),
            row("SUM", "SUM(\"views\") []", "SUM(`views`) []", "SUM(\"views\") []"),
            row("MIN", "MIN(\"title\") []", "MIN(`title`) []", "MIN(\"title\") []"),
            row("MAX of a decimal", "MAX(\"price\") []", "MAX(`price`) []", "MAX(CAST(\"price\" AS REAL)) []"),
            row(
                    "AVG is a double",
                    "CAST(AVG(\"views\") AS DOUBLE PRECISION) []",
                    "CAST(AVG(`views`) AS DOUBLE) []",
                    "AVG(\"views\") []"),
            row(
                    "LENGTH counts characters",
                    "(CHAR_LENGTH(\"title\") + CHAR_LENGTH(REGEXP_REPLACE(\"title\", '[^\\U00010000-\\U0010FFFF]', '', 'g'))) []",
                    "(OCTET_LENGTH(CONVERT(`title` USING utf16)) DIV 2) []",
                    "kakaorm_len16(\"title\") []"),
            row(
                    "LOWER, UPPER, TRIM, ABS, COALESCE",
                    "COALESCE(LOWER(\"slug\"), UPPER(BTRIM(\"title\", $1::text))) ]", // the binds end with trim()'s " "
                    "COALESCE(LOWER(`slug`), UPPER(REGEXP_REPLACE(`title`, ?, ''))) [^[\\x{0}-\\x{20}]+|[\\x{0}-\\x{20}]+\\z]",
                    "COALESCE(LOWER(\"slug\"), UPPER(kakaorm_trim(\"title\"))) []"),
            row(
                    "substring in UTF-16 units, failing out of range",
                    "CASE WHEN CAST($1::int4 AS INTEGER) < 0 OR CAST($2::int4 AS INTEGER) > CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) OR CAST($1::int4 AS INTEGER) > CAST($2::int4 AS INTEGER) THEN CAST(CAST(('java.lang.StringIndexOutOfBoundsException: begin, end, length:' || ' ' || CAST(CAST($1::int4 AS INTEGER) AS TEXT) || ' ' || CAST(CAST($2::int4 AS INTEGER) AS TEXT) || ' ' || CAST(CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) AS TEXT)) AS INTEGER) AS TEXT) WHEN (CHAR_LENGTH(REGEXP_REPLACE(LEFT(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g'), CAST($1::int4 AS INTEGER)), '[^\\U00010000-\\U0010FFFF]', '', 'g')) % 2 = 1) OR (CHAR_LENGTH(REGEXP_REPLACE(LEFT(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g'), CAST($2::int4 AS INTEGER)), '[^\\U00010000-\\U0010FFFF]', '', 'g')) % 2 = 1) THEN CAST(CAST(('substring splits a surrogate pair, which text cannot hold: begin, end:' || ' ' || CAST(CAST($1::int4 AS INTEGER) AS TEXT) || ' ' || CAST(CAST($2::int4 AS INTEGER) AS TEXT) || ' ' || CAST(CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) AS TEXT)) AS INTEGER) AS TEXT) ELSE REGEXP_REPLACE(SUBSTRING(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g') 3]",
                    "CASE WHEN ? < 0 OR ? > CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?)) OR ? > ? THEN (SELECT CONCAT('java.lang.StringIndexOutOfBoundsException: begin, end, length:', ' ', ?, ' ', ?, ' ', CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?))) UNION ALL SELECT NULL) WHEN (CHAR_LENGTH(REGEXP_REPLACE(LEFT(REGEXP_REPLACE(`title`, ?, ?), ?), ?, '')) % 2 = 1) OR (CHAR_LENGTH(REGEXP_REPLACE(LEFT(REGEXP_REPLACE(`title`, ?, ?), ?), ?, '')) % 2 = 1) THEN (SELECT CONCAT('substring splits a surrogate pair, which text cannot hold: begin, end:', ' ', ?, ' ', ?, ' ', CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?))) UNION ALL SELECT NULL) ELSE REGEXP_REPLACE(SUBSTRING(REGEXP_REPLACE(`title`, ?, ?), ? + 1, ? - ?), ?, ?) END \\1]",
                    "kakaorm_substring(\"title\", ?, ?) 3]"),
            row(
                    "substring to the end",
                    "CASE WHEN CAST($1::int4 AS INTEGER) < 0 OR CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) > CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) OR CAST($1::int4 AS INTEGER) > CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) THEN CAST(CAST(('java.lang.StringIndexOutOfBoundsException: begin, end, length:' || ' ' || CAST(CAST($1::int4 AS INTEGER) AS TEXT) || ' ' || CAST(CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) AS TEXT) || ' ' || CAST(CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) AS TEXT)) AS INTEGER) AS TEXT) WHEN (CHAR_LENGTH(REGEXP_REPLACE(LEFT(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g'), CAST($1::int4 AS INTEGER)), '[^\\U00010000-\\U0010FFFF]', '', 'g')) % 2 = 1) OR (CHAR_LENGTH(REGEXP_REPLACE(LEFT(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g'), CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g'))), '[^\\U00010000-\\U0010FFFF]', '', 'g')) % 2 = 1) THEN CAST(CAST(('substring splits a surrogate pair, which text cannot hold: begin, end:' || ' ' || CAST(CAST($1::int4 AS INTEGER) AS TEXT) || ' ' || CAST(CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) AS TEXT) || ' ' || CAST(CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) AS TEXT)) AS INTEGER) AS TEXT) ELSE REGEXP_REPLACE(SUBSTRING(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g') [2]",
                    "CASE WHEN ? < 0 OR CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?)) > CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?)) OR ? > CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?)) THEN (SELECT CONCAT('java.lang.StringIndexOutOfBoundsException: begin, end, length:', ' ', ?, ' ', CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?)), ' ', CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?))) UNION ALL SELECT NULL) WHEN (CHAR_LENGTH(REGEXP_REPLACE(LEFT(REGEXP_REPLACE(`title`, ?, ?), ?), ?, '')) % 2 = 1) OR (CHAR_LENGTH(REGEXP_REPLACE(LEFT(REGEXP_REPLACE(`title`, ?, ?), CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?))), ?, '')) % 2 = 1) THEN (SELECT CONCAT('substring splits a surrogate pair, which text cannot hold: begin, end:', ' ', ?, ' ', CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?)), ' ', CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?))) UNION ALL SELECT NULL) ELSE REGEXP_REPLACE(SUBSTRING(REGEXP_REPLACE(`title`, ?, ?), ? + 1, CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?)) - ?), ?, ?) END \\1]",
                    "kakaorm_substring(\"title\", ?, NULL) [2]"),
            row(
                    "charAt as a UTF-16 unit",
                    "CASE WHEN CAST($1::int4 AS INTEGER) < 0 OR CAST($1::int4 AS INTEGER) >= CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) THEN CAST(('java.lang.StringIndexOutOfBoundsException: index, length:' || ' ' || CAST(CAST($1::int4 AS INTEGER) AS TEXT) || ' ' || CAST(CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) AS TEXT)) AS INTEGER) WHEN ASCII(SUBSTRING(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g') [0]",
                    "CASE WHEN ? < 0 OR ? >= CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?)) THEN CAST((SELECT CONCAT('java.lang.StringIndexOutOfBoundsException: index, length:', ' ', ?, ' ', CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?))) UNION ALL SELECT NULL) AS SIGNED) WHEN ORD(CONVERT(SUBSTRING(REGEXP_REPLACE(`title`, ?, ?), ? + 1, 1) USING utf32)) < 65536 THEN ORD(CONVERT(SUBSTRING(REGEXP_REPLACE(`title`, ?, ?), ? + 1, 1) USING utf32)) WHEN (CHAR_LENGTH(REGEXP_REPLACE(LEFT(REGEXP_REPLACE(`title`, ?, ?), ?), ?, '')) % 2 = 1) THEN 56320 + (ORD(CONVERT(SUBSTRING(REGEXP_REPLACE(`title`, ?, ?), ? + 1, 1) USING utf32)) - 65536) % 1024 ELSE 55296 + (ORD(CONVERT(SUBSTRING(REGEXP_REPLACE(`title`, ?, ?), ? + 1, 1) USING utf32)) - 65536) DIV 1024 END 0]",
                    "kakaorm_char_at(\"title\", ?) [0]"),
            row(
                    "indexOf, lastIndexOf in UTF-16 units",
                    "COALESCE(CASE WHEN STRPOS(\"title\", $1::text) = 0 THEN -1 ELSE CHAR_LENGTH(REGEXP_REPLACE(LEFT(\"title\", STRPOS(\"title\", $1::text) - 1), '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) END, CASE WHEN STRPOS(REVERSE(\"title\"), REVERSE($2::text)) = 0 THEN -1 ELSE CHAR_LENGTH(REGEXP_REPLACE(LEFT(\"title\", CHAR_LENGTH(\"title\") - CHAR_LENGTH($2::text) - STRPOS(REVERSE(\"title\"), REVERSE($2::text)) + 1), '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) END) b]",
                    "COALESCE(CASE WHEN LOCATE(?, `title`) = 0 THEN -1 ELSE CHAR_LENGTH(REGEXP_REPLACE(LEFT(`title`, LOCATE(?, `title`) - 1), ?, ?)) END, CASE WHEN LOCATE(REVERSE(?), REVERSE(`title`)) = 0 THEN -1 ELSE CHAR_LENGTH(REGEXP_REPLACE(LEFT(`title`, CHAR_LENGTH(`title`) - CHAR_LENGTH(?) - LOCATE(REVERSE(?), REVERSE(`title`)) + 1), ?, ?)) END) \\1\\1]",
                    "COALESCE(kakaorm_index_of(\"title\", ?), kakaorm_last_index_of(\"title\", ?)) b]"),
            row(
                    "startsWith at an offset",
                    "CASE WHEN CAST($1::int4 AS INTEGER) < 0 OR CAST($1::int4 AS INTEGER) > CHAR_LENGTH(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) - CHAR_LENGTH(REGEXP_REPLACE($2::text, '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g')) THEN FALSE WHEN CHAR_LENGTH($2::text) > 0 AND (CHAR_LENGTH(REGEXP_REPLACE(LEFT(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g'), CAST($1::int4 AS INTEGER)), '[^\\U00010000-\\U0010FFFF]', '', 'g')) % 2 = 1) THEN FALSE ELSE SUBSTRING(REGEXP_REPLACE(\"title\", '([\\U00010000-\\U0010FFFF])', '\\1\\1', 'g') ab]",
                    "CASE WHEN ? < 0 OR ? > CHAR_LENGTH(REGEXP_REPLACE(`title`, ?, ?)) - CHAR_LENGTH(REGEXP_REPLACE(?, ?, ?)) THEN FALSE WHEN CHAR_LENGTH(?) > 0 AND (CHAR_LENGTH(REGEXP_REPLACE(LEFT(REGEXP_REPLACE(`title`, ?, ?), ?), ?, '')) % 2 = 1) THEN FALSE ELSE SUBSTRING(REGEXP_REPLACE(`title`, ?, ?), ? + 1, CHAR_LENGTH(REGEXP_REPLACE(?, ?, ?))) = REGEXP_REPLACE(?, ?, ?) END \\1\\1]",
                    "kakaorm_starts_with_at(\"title\", ?, ?) 1]"),
            row(
                    "repeat, replace",
                    "CASE WHEN CHAR_LENGTH($1::text) = 0 THEN CAST(CAST(('String.replace with an empty target is not translated (Java inserts the replacement between UTF-16 units)' || ' ' || CAST($1::text AS TEXT) || ' ' || CAST(CASE WHEN CAST($2::int4 AS INTEGER) < 0 THEN CAST(CAST(('java.lang.IllegalArgumentException: count is negative: ' || ' ' || CAST(CAST($2::int4 AS INTEGER) AS TEXT) || ' ' || CAST(\"title\" AS TEXT)) AS INTEGER) AS TEXT) ELSE REPEAT(\"title\", CAST($2::int4 AS INTEGER)) END AS TEXT)) AS INTEGER) AS TEXT) ELSE REPLACE(CASE WHEN CAST($2::int4 AS INTEGER) < 0 THEN CAST(CAST(('java.lang.IllegalArgumentException: count is negative: ' || ' ' || CAST(CAST($2::int4 AS INTEGER) AS TEXT) || ' ' || CAST(\"title\" AS TEXT)) AS INTEGER) AS TEXT) ELSE REPEAT(\"title\", CAST($2::int4 AS INTEGER)) END, $1::text, $3::text) END b]",
                    "CASE WHEN CHAR_LENGTH(?) = 0 THEN (SELECT CONCAT('String.replace with an empty target is not translated (Java inserts the replacement between UTF-16 units)', ' ', ?, ' ', CASE WHEN ? < 0 THEN (SELECT CONCAT('java.lang.IllegalArgumentException: count is negative: ', ' ', ?, ' ', `title`) UNION ALL SELECT NULL) ELSE REPEAT(`title`, ?) END) UNION ALL SELECT NULL) ELSE REPLACE(CASE WHEN ? < 0 THEN (SELECT CONCAT('java.lang.IllegalArgumentException: count is negative: ', ' ', ?, ' ', `title`) UNION ALL SELECT NULL) ELSE REPEAT(`title`, ?) END, ?, ?) END b]",
                    "kakaorm_replace(kakaorm_repeat(\"title\", ?), ?, ?) b]"),
            row(
                    "floor, ceil",
                    "COALESCE(FLOOR(\"rating\"), CEIL(\"rating\")) []",
                    "COALESCE(FLOOR(`rating`), CEIL(`rating`)) []",
                    "COALESCE(kakaorm_floor(\"rating\"), kakaorm_ceil(\"rating\")) []"),
            row(
                    "bit and, or, xor",
                    "((\"views\" & $1::int8) # (\"views\" | $2::int8)) 1]",
                    "CAST(CAST(`views` & ? AS SIGNED) ^ CAST(`views` | ? AS SIGNED) AS SIGNED) 1]",
                    "(((\"views\" & ?) | (\"views\" | ?)) & ~((\"views\" & ?) & (\"views\" | ?))) 1]"));
}
