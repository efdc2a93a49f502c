package io.kakaorm.lambda;

import static io.kakaorm.expr.BinaryOp.*;
import static io.kakaorm.expr.ColumnType.*;
import static io.kakaorm.lambda.DecoderTestSupport.ALL_COMPILERS;
import static io.kakaorm.lambda.DecoderTestSupport.and;
import static io.kakaorm.lambda.DecoderTestSupport.bin;
import static io.kakaorm.lambda.DecoderTestSupport.col;
import static io.kakaorm.lambda.DecoderTestSupport.fixture;
import static io.kakaorm.lambda.DecoderTestSupport.fn;
import static io.kakaorm.lambda.DecoderTestSupport.intOp;
import static io.kakaorm.lambda.DecoderTestSupport.not;
import static io.kakaorm.lambda.DecoderTestSupport.or;
import static io.kakaorm.lambda.DecoderTestSupport.p;
import static io.kakaorm.lambda.DecoderTestSupport.present;
import static io.kakaorm.lambda.DecoderTestSupport.toLong;
import static io.kakaorm.lambda.DecoderTestSupport.un;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.QueryTranslationException;
import io.kakaorm.expr.Between;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.InList;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.Like;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.testmodel.Flagged;
import io.kakaorm.lambda.testmodel.TitleViews;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Arithmetic, strings, concatenation, ternaries, IN, Sql markers, aggregates and projections, per compiler. */
class DecodeValuesTest {
    private static void assertDecodes(
            Expr expected, Object[] expectedParams, FixtureCompiler c, String fixture, Object... args) {
        Serializable lambda = fixture(c, fixture, args);
        DecodedLambda d = LambdaDecoder.decode(lambda);
        assertEquals(expected, d.expr(), fixture + " by " + c);
        assertArrayEquals(expectedParams, d.params(lambda), fixture + " params by " + c);
    }

    private static Object[] params(Object... values) {
        return values;
    }

    private static Call call(Function f, ColumnType type, Expr... args) {
        return new Call(f, List.of(args), type);
    }

    private static CaseWhen caseWhen(Expr cond, Expr then, Expr otherwise) {
        return new CaseWhen(List.of(new CaseWhen.When(cond, then)), otherwise);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_arithmetic_keepsJavaOperators(FixtureCompiler c) {
        assertDecodes(
                bin(GT, intOp(ADD, intOp(MUL, col("views"), p(0, INT)), p(1, INT)), p(2, INT)),
                params(2, 1, 50),
                c,
                "arithmetic",
                50);
        assertDecodes(
                bin(EQ, bin(MOD, intOp(DIV, col("views"), p(0, INT)), p(1, INT)), p(2, INT)),
                params(3, 2, 1),
                c,
                "divisionAndRemainder");
        assertDecodes(
                bin(LT, fn(Function.WRAP_INT, INT, new Unary(UnaryOp.NEGATE, toLong(col("views")))), p(0, INT)),
                params(4),
                c,
                "negation",
                4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_wideningCasts_areDroppedAndTypesWiden(FixtureCompiler c) {
        Serializable lambda = fixture(c, "wideningSum");
        Expr e = LambdaDecoder.decode(lambda).expr();
        assertEquals(bin(GT, fn(Function.LONG_ADD, LONG, toLong(col("views")), col("likes")), p(0, LONG)), e);
        assertEquals(LONG, ((Binary) e).left().type());
        assertDecodes(
                bin(GT, bin(SUB, bin(MUL, col("score"), p(0, DOUBLE)), col("views")), p(1, DOUBLE)),
                params(1.5, 0.25),
                c,
                "doubleArithmetic",
                0.25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_stringMethods(FixtureCompiler c) {
        assertDecodes(
                new StringMatch(col("title"), p(0, STRING), MatchKind.SUFFIX, false), params("x"), c, "endsWith", "x");
        assertDecodes(
                new StringMatch(col("title"), p(0, STRING), MatchKind.CONTAINS, false),
                params("%_"),
                c,
                "contains",
                "%_");
        assertDecodes(
                new StringMatch(col("title"), p(0, STRING), MatchKind.EQUALS, true),
                params("Ab"),
                c,
                "equalsIgnoreCase",
                "Ab");
        // Java's case mapping is Unicode and locale-dependent (ß → SS): refused on row values
        assertThrows(QueryTranslationException.class, () -> LambdaDecoder.decode(fixture(c, "lowerEquals", "a")));
        assertThrows(QueryTranslationException.class, () -> LambdaDecoder.decode(fixture(c, "upperStartsWith")));
        assertDecodes(bin(GT, call(Function.LENGTH, INT, col("title")), p(0, INT)), params(3), c, "lengthAbove");
        Expr zero = new Literal(0L, INT);
        assertDecodes(
                bin(EQ, call(Function.LENGTH, INT, call(Function.TRIM, STRING, col("title"))), zero),
                params(),
                c,
                "trimmedEmpty");
        // !title.isEmpty() throws where title is null: not selected there
        assertDecodes(
                and(present(col("title")), not(bin(EQ, call(Function.LENGTH, INT, col("title")), zero))),
                params(),
                c,
                "notEmpty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_concatenation_bothCompiledForms_constantsAreParams(FixtureCompiler c) {
        assertDecodes(
                bin(EQ, bin(CONCAT, col("title"), p(0, STRING)), p(1, STRING)),
                params("!s", "x"),
                c,
                "concatEquals",
                "s",
                "x");
        assertDecodes(bin(CONCAT, p(0, STRING), col("title")), params("Mr. "), c, "concatPrefix");
        assertDecodes(bin(CONCAT, col("title"), col("views")), params(), c, "concatColumns");
        assertDecodes(
                bin(CONCAT, bin(CONCAT, col("title"), p(0, STRING)), col("body")),
                params(" (5) "),
                c,
                "concatMixed",
                5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_ternary_becomesCaseWhen(FixtureCompiler c) {
        Expr viewsGt = bin(GT, col("views"), p(0, INT));
        assertDecodes(caseWhen(viewsGt, p(1, STRING), p(2, STRING)), params(100, "hot", "cold"), c, "ternaryValue");
        assertDecodes(
                new CaseWhen(
                        List.of(
                                new CaseWhen.When(viewsGt, p(1, STRING)),
                                new CaseWhen.When(bin(GT, col("views"), p(2, INT)), p(3, STRING))),
                        p(4, STRING)),
                params(100, "hot", 10, "warm", "cold"),
                c,
                "nestedTernary");
        assertDecodes(
                caseWhen(col("published"), viewsGt, bin(GT, col("likes"), p(1, LONG))),
                params(1, 2L),
                c,
                "ternaryPredicate",
                1,
                2L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_collectionContains_becomesInParam(FixtureCompiler c) {
        Set<Long> ids = Set.of(1L, 2L);
        // Set.of(…).contains(null) throws: a null authorId is in neither form (slot 1: whether it takes null)
        assertDecodes(new InParam(col("authorId"), 0, false), params(ids, false), c, "collectionContains", ids);
        Expr nullTaken = or(present(col("authorId")), p(1, BOOLEAN));
        assertDecodes(
                and(nullTaken, not(new InParam(col("authorId"), 0, false))),
                params(ids, false),
                c,
                "collectionNotContains",
                ids);
        assertDecodes(new InParam(col("authorId"), 0, false), params(List.of()), c, "inCollection", List.of());
        assertDecodes(new InParam(col("authorId"), 0, true), params(ids), c, "notInCollection", ids);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_sqlMarkers(FixtureCompiler c) {
        assertDecodes(new Like(col("title"), p(0, STRING), false), params("J_va%"), c, "like");
        assertDecodes(new Like(col("title"), p(0, STRING), true), params("j%"), c, "ilike", "j%");
        assertDecodes(new InParam(col("views"), 0, false), params(List.of(1, 2, 3)), c, "inVarargs");
        assertDecodes(new InList(col("views"), List.of(col("rating"), p(0, INT)), false), params(7), c, "inColumns");
        assertDecodes(new Between(col("views"), p(0, INT), p(1, INT)), params(1, 9), c, "between", 1, 9);
        assertDecodes(
                or(un(UnaryOp.IS_NULL, col("body")), un(UnaryOp.IS_NOT_NULL, col("title"))), params(), c, "sqlIsNull");
        assertDecodes(
                bin(GT, call(Function.COALESCE, INT, col("rating"), p(0, INT)), p(1, INT)),
                params(0, 3),
                c,
                "coalesce",
                3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_aggregates(FixtureCompiler c) {
        assertDecodes(call(Function.COUNT, LONG), params(), c, "count");
        assertDecodes(call(Function.COUNT, LONG, col("body")), params(), c, "countColumn");
        assertDecodes(call(Function.SUM, LONG, col("views")), params(), c, "sum");
        assertDecodes(call(Function.AVG, DOUBLE, col("score")), params(), c, "avg");
        assertDecodes(call(Function.MIN, DECIMAL, col("price")), params(), c, "minDecimal");
        assertDecodes(call(Function.MAX, INT, col("views")), params(), c, "maxInt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_selectors_columnAndGetterReference(FixtureCompiler c) {
        assertDecodes(col("views"), params(), c, "column");
        assertDecodes(col("title"), params(), c, "getterRef");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_constructorProjection_givesItemsAndConstructor(FixtureCompiler c) throws Throwable {
        Serializable lambda = fixture(c, "projection");
        DecodedLambda d = LambdaDecoder.decode(lambda);
        assertTrue(d.isProjection());
        assertEquals(List.of(col("title"), col("views")), d.items());
        assertEquals(TitleViews.class, d.projectionClass());
        assertEquals(new TitleViews("t", 3), d.projectionConstructor().invoke("t", 3));

        d = LambdaDecoder.decode(lambda = fixture(c, "projectionWithConstant"));
        assertEquals(List.of(col("title"), p(0, INT)), d.items());
        assertArrayEquals(params(0), d.params(lambda));

        d = LambdaDecoder.decode(lambda = fixture(c, "projectionWithTernary"));
        assertEquals(
                List.of(caseWhen(bin(GT, col("views"), p(0, INT)), p(1, STRING), p(2, STRING)), col("views")),
                d.items());
        assertArrayEquals(params(5, "a", "b"), d.params(lambda));

        d = LambdaDecoder.decode(fixture(c, "projectionWithPredicate"));
        assertEquals(Flagged.class, d.projectionClass());
        assertEquals(List.of(col("title"), and(bin(GT, col("views"), p(0, INT)), col("published"))), d.items());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_valueType_isTheTypeAsWritten(FixtureCompiler c) {
        assertEquals(int.class, LambdaDecoder.decode(fixture(c, "column")).valueType());
        assertEquals(long.class, LambdaDecoder.decode(fixture(c, "sum")).valueType());
        assertEquals(double.class, LambdaDecoder.decode(fixture(c, "avg")).valueType());
        assertEquals(
                BigDecimal.class, LambdaDecoder.decode(fixture(c, "minDecimal")).valueType());
        assertEquals(
                String.class, LambdaDecoder.decode(fixture(c, "ternaryValue")).valueType());
        assertEquals(
                String.class, LambdaDecoder.decode(fixture(c, "concatColumns")).valueType());
        assertEquals(boolean.class, LambdaDecoder.decode(fixture(c, "and", 1)).valueType());
        assertEquals(
                TitleViews.class, LambdaDecoder.decode(fixture(c, "projection")).valueType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_rowIndependentCollections_areBoundWhole(FixtureCompiler c) {
        assertDecodes(new InParam(col("views"), 0, false), params(List.of(4, 5)), c, "inCapturedArray", 4);
        assertDecodes(new InParam(col("views"), 0, false), params(List.of(4, 3)), c, "listOfContains", 4);
        assertDecodes(
                caseWhen(un(UnaryOp.IS_NOT_NULL, col("body")), col("body"), col("title")),
                params(),
                c,
                "ternaryOfColumns");
    }
}
