package io.kakaorm.dialect;

import static io.kakaorm.dialect.E.bin;
import static io.kakaorm.dialect.E.call;
import static io.kakaorm.dialect.E.not;
import static io.kakaorm.dialect.E.p;
import static io.kakaorm.dialect.E.un;
import static io.kakaorm.expr.BinaryOp.ADD;
import static io.kakaorm.expr.BinaryOp.AND;
import static io.kakaorm.expr.BinaryOp.CONCAT;
import static io.kakaorm.expr.BinaryOp.DIV;
import static io.kakaorm.expr.BinaryOp.EQ;
import static io.kakaorm.expr.BinaryOp.GT;
import static io.kakaorm.expr.BinaryOp.LE;
import static io.kakaorm.expr.BinaryOp.LT;
import static io.kakaorm.expr.BinaryOp.MOD;
import static io.kakaorm.expr.BinaryOp.MUL;
import static io.kakaorm.expr.BinaryOp.NE;
import static io.kakaorm.expr.BinaryOp.OR;
import static io.kakaorm.expr.BinaryOp.SUB;
import static io.kakaorm.expr.ColumnType.DECIMAL;
import static io.kakaorm.expr.ColumnType.DOUBLE;
import static io.kakaorm.expr.ColumnType.INT;
import static io.kakaorm.expr.ColumnType.LONG;
import static io.kakaorm.expr.ColumnType.STRING;

import io.kakaorm.expr.Between;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.InSubquery;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The expressions of {@link ExprTest}: one per node and per Java-semantics bridge. */
final class ExprCases {
    static final ModelMeta<Models.Post> POST = ModelMeta.of(Models.Post.class);

    record ExprCase(String name, Expr expr, Object... params) {}

    static ColumnRef f(String field) {
        return E.col(POST, field);
    }

    static ExprCase c(String name, Expr e, Object... params) {
        return new ExprCase(name, e, params);
    }

    /** Predicates, rendered as a WHERE clause. */
    static List<ExprCase> predicates() {
        Select sub = Select.from(ModelMeta.of(Models.Author.class))
                .withItems(List.of(new SelectItem(E.col(ModelMeta.of(Models.Author.class), "id"), null)))
                .withWhere(bin(EQ, E.col(ModelMeta.of(Models.Author.class), "name"), p(0, STRING)));
        return List.of(
                c("column = param", bin(EQ, f("views"), p(0, INT)), 5),
                c("non-null != param", bin(NE, f("views"), p(0, INT)), 5),
                c("nullable != param matches NULL", bin(NE, f("score"), p(0, INT)), 5),
                c("== null param is IS NULL", bin(EQ, f("score"), p(0, INT)), (Object) null),
                c("!= null param is IS NOT NULL", bin(NE, p(0, INT), f("score")), (Object) null),
                c("nullable == nullable is null-safe", bin(EQ, f("score"), f("rating"))),
                c("nullable != nullable is null-safe", bin(NE, f("score"), f("rating"))),
                c("NOT of a possibly-unknown comparison", not(bin(GT, f("score"), p(0, INT))), 3),
                c("NOT of a two-valued comparison", not(bin(GT, f("views"), p(0, INT))), 3),
                c(
                        "AND chains flatten, OR nests",
                        bin(
                                AND,
                                bin(
                                        AND,
                                        bin(OR, f("published"), bin(LT, f("views"), p(0, INT))),
                                        bin(GT, f("views"), p(1, INT))),
                                un(UnaryOp.IS_NOT_NULL, f("slug"))),
                        1,
                        2),
                c("boolean column", f("published")),
                c("NOT boolean column", not(f("published"))),
                c("NOT nullable boolean column", not(f("featured"))),
                c("string ordering", bin(LE, f("title"), p(0, STRING)), "m"),
                c(
                        "literals",
                        bin(
                                OR,
                                bin(EQ, f("views"), new Literal(-5L, LONG)),
                                bin(AND, Literal.TRUE, un(UnaryOp.IS_NULL, Literal.NULL)))),
                c(
                        "arithmetic and negation",
                        bin(
                                GT,
                                bin(
                                        SUB,
                                        bin(ADD, f("views"), p(0, INT)),
                                        bin(MUL, un(UnaryOp.NEGATE, f("views")), p(1, INT))),
                                p(2, INT)),
                        1,
                        2,
                        3),
                c("integer division", bin(EQ, bin(DIV, f("views"), p(0, INT)), p(1, INT)), 2, -3),
                c("double division", bin(GT, bin(DIV, f("rating"), p(0, DOUBLE)), p(1, DOUBLE)), 2.0, 1.5),
                c("integer remainder", bin(EQ, bin(MOD, f("views"), p(0, INT)), p(1, INT)), 3, -1),
                c("double remainder", bin(EQ, bin(MOD, f("rating"), p(0, DOUBLE)), p(1, DOUBLE)), 2.0, 1.5),
                c(
                        "concat reads null as 'null'",
                        bin(EQ, bin(CONCAT, bin(CONCAT, f("slug"), p(0, STRING)), f("views")), p(1, STRING)),
                        "-",
                        "x-1"),
                c("LIKE (case-sensitive)", new Like(f("title"), p(0, STRING), false), "A_c%"),
                c("ILIKE", new Like(f("title"), p(0, STRING), true), "A_c%"),
                c(
                        "startsWith a value escapes wildcards",
                        new StringMatch(f("title"), p(0, STRING), MatchKind.PREFIX, false),
                        "50%_\\*"),
                c("endsWith a value", new StringMatch(f("title"), p(0, STRING), MatchKind.SUFFIX, false), "x"),
                c("contains a value", new StringMatch(f("title"), p(0, STRING), MatchKind.CONTAINS, false), "[?]"),
                c("contains ignoring case", new StringMatch(f("title"), p(0, STRING), MatchKind.CONTAINS, true), "Ab"),
                c("equalsIgnoreCase", new StringMatch(f("title"), p(0, STRING), MatchKind.EQUALS, true), "Ab"),
                c("startsWith a column", new StringMatch(f("title"), f("category"), MatchKind.PREFIX, false)),
                c("endsWith a column", new StringMatch(f("title"), f("category"), MatchKind.SUFFIX, false)),
                c("contains a column", new StringMatch(f("title"), f("category"), MatchKind.CONTAINS, false)),
                c(
                        "contains a column ignoring case",
                        new StringMatch(f("title"), f("category"), MatchKind.CONTAINS, true)),
                c(
                        "CASE WHEN",
                        bin(
                                EQ,
                                new CaseWhen(List.of(new CaseWhen.When(f("published"), p(0, STRING))), p(1, STRING)),
                                p(2, STRING)),
                        "a",
                        "b",
                        "a"),
                c("IN list", new InList(f("views"), List.of(p(0, INT), p(1, INT)), false), 1, 2),
                c("NOT IN list over a nullable column", new InList(f("score"), List.of(p(0, INT)), true), 1),
                c("empty IN list is FALSE", new InList(f("views"), List.of(), false)),
                c("empty NOT IN list is TRUE", new InList(f("views"), List.of(), true)),
                c("IN a collection", new InParam(f("views"), 0, false), List.of(1, 2, 3)),
                c("IN a collection holding null", new InParam(f("score"), 0, false), Arrays.asList(1, null)),
                c("IN a collection of only null", new InParam(f("score"), 0, false), Arrays.asList((Object) null)),
                c("empty IN collection is FALSE", new InParam(f("views"), 0, false), List.of()),
                c("NOT IN a collection, non-null column", new InParam(f("views"), 0, true), List.of(1, 2)),
                c("NOT IN a collection, nullable column", new InParam(f("score"), 0, true), List.of(1, 2)),
                c("empty NOT IN collection is TRUE", new InParam(f("score"), 0, true), List.of()),
                c(
                        "IN subquery with params after the outer ones",
                        bin(AND, bin(GT, f("views"), p(0, INT)), new InSubquery(f("authorId"), sub, 1, false)),
                        10,
                        "ann"),
                c("NOT IN subquery", new InSubquery(f("authorId"), sub, 0, true), "ann"),
                c(
                        "IN a limited query of models selects its keys",
                        new InSubquery(
                                f("authorId"),
                                Select.from(ModelMeta.of(Models.Author.class))
                                        .withWhere(
                                                bin(EQ, E.col(ModelMeta.of(Models.Author.class), "name"), p(0, STRING)))
                                        .withLimit(5L),
                                0,
                                false),
                        "ann"),
                c("BETWEEN", new Between(f("title"), p(0, STRING), p(1, STRING)), "a", "m"),
                c("NOT BETWEEN over a nullable column", not(new Between(f("score"), p(0, INT), p(1, INT))), 1, 9),
                c("decimal comparison", bin(GT, f("price"), p(0, DECIMAL)), new BigDecimal("10.50")),
                c("enum comparison binds the name", bin(EQ, f("status"), p(0, ColumnType.ENUM)), Models.Status.DRAFT));
    }

    /** Value expressions, rendered as a select list. */
    static List<ExprCase> values() {
        return List.of(
                c("COUNT(*)", call(Function.COUNT, LONG)),
                c("a possibly-unknown predicate as a value is two-valued", bin(GT, f("score"), p(0, INT)), 3),
                c("a two-valued predicate as a value", bin(GT, f("views"), p(0, INT)), 3),
                c("COUNT(x)", call(Function.COUNT, LONG, f("score"))),
                c("SUM", call(Function.SUM, LONG, f("views"))),
                c("MIN", call(Function.MIN, STRING, f("title"))),
                c("MAX of a decimal", call(Function.MAX, DECIMAL, f("price"))),
                c("AVG is a double", call(Function.AVG, DOUBLE, f("views"))),
                c("LENGTH counts characters", call(Function.LENGTH, INT, f("title"))),
                c(
                        "LOWER, UPPER, TRIM, ABS, COALESCE",
                        call(
                                Function.COALESCE,
                                STRING,
                                call(Function.LOWER, STRING, f("slug")),
                                call(Function.UPPER, STRING, call(Function.TRIM, STRING, f("title"))))),
                c(
                        "substring in UTF-16 units, failing out of range",
                        call(Function.SUBSTRING16, STRING, f("title"), p(0, INT), p(1, INT)),
                        1,
                        3),
                c("substring to the end", call(Function.SUBSTRING16, STRING, f("title"), p(0, INT), Literal.NULL), 2),
                c("charAt as a UTF-16 unit", call(Function.CHAR_AT, INT, f("title"), p(0, INT)), 0),
                c(
                        "indexOf, lastIndexOf in UTF-16 units",
                        call(
                                Function.COALESCE,
                                INT,
                                call(Function.INDEX_OF, INT, f("title"), p(0, STRING)),
                                call(Function.LAST_INDEX_OF, INT, f("title"), p(1, STRING))),
                        "a",
                        "b"),
                c(
                        "startsWith at an offset",
                        call(Function.STARTS_WITH_AT, ColumnType.BOOLEAN, f("title"), p(0, STRING), p(1, INT)),
                        "ab",
                        1),
                c(
                        "repeat, replace",
                        call(
                                Function.REPLACE,
                                STRING,
                                call(Function.REPEAT, STRING, f("title"), p(0, INT)),
                                p(1, STRING),
                                p(2, STRING)),
                        2,
                        "a",
                        "b"),
                c(
                        "floor, ceil",
                        call(
                                Function.COALESCE,
                                DOUBLE,
                                call(Function.FLOOR, DOUBLE, f("rating")),
                                call(Function.CEIL, DOUBLE, f("rating")))),
                c(
                        "bit and, or, xor",
                        call(
                                Function.BIT_XOR,
                                LONG,
                                call(Function.BIT_AND, LONG, f("views"), p(0, LONG)),
                                call(Function.BIT_OR, LONG, f("views"), p(1, LONG))),
                        6L,
                        1L));
    }
}
