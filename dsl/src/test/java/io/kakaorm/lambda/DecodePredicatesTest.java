package io.kakaorm.lambda;

import static io.kakaorm.expr.BinaryOp.*;
import static io.kakaorm.expr.ColumnType.*;
import static io.kakaorm.lambda.DecoderTestSupport.ALL_COMPILERS;
import static io.kakaorm.lambda.DecoderTestSupport.and;
import static io.kakaorm.lambda.DecoderTestSupport.bin;
import static io.kakaorm.lambda.DecoderTestSupport.col;
import static io.kakaorm.lambda.DecoderTestSupport.decode;
import static io.kakaorm.lambda.DecoderTestSupport.fixture;
import static io.kakaorm.lambda.DecoderTestSupport.intOp;
import static io.kakaorm.lambda.DecoderTestSupport.not;
import static io.kakaorm.lambda.DecoderTestSupport.or;
import static io.kakaorm.lambda.DecoderTestSupport.p;
import static io.kakaorm.lambda.DecoderTestSupport.present;
import static io.kakaorm.lambda.DecoderTestSupport.un;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Subquery;
import io.kakaorm.expr.CaseWhen;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.InParam;
import io.kakaorm.expr.Literal;
import io.kakaorm.expr.MatchKind;
import io.kakaorm.expr.StringMatch;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.testmodel.Author;
import io.kakaorm.lambda.testmodel.Post;
import io.kakaorm.lambda.testmodel.Status;
import io.kakaorm.lambda.testmodel.User;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.spi.QueryAccess;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Predicates: columns, comparisons on every type, null tests and boolean logic, per compiler. */
class DecodePredicatesTest {
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

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_fieldComparedWithCapturedLocal_becomesParam(FixtureCompiler c) {
        assertDecodes(bin(GT, col("views"), p(0, INT)), params(7), c, "fieldGtCaptured", 7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_getter_namesItsColumn(FixtureCompiler c) {
        assertDecodes(bin(GE, col("views"), p(0, INT)), params(3), c, "getterGe", 3);
        assertDecodes(col("published"), params(), c, "isGetter");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_methodReferences_decodeTheirBody(FixtureCompiler c) {
        assertDecodes(col("published"), params(), c, "methodRef");
        assertDecodes(and(bin(GT, col("views"), p(0, INT)), col("published")), params(1000), c, "staticMethodRef");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_thisAndStaticFields_areReadAtCallTime(FixtureCompiler c) {
        assertDecodes(bin(GT, col("views"), p(0, INT)), params(42), c, "thisField", 42);
        assertDecodes(bin(GT, col("views"), p(0, INT)), params(10), c, "staticField");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_booleanColumnAndItsNegation(FixtureCompiler c) {
        assertDecodes(col("published"), params(), c, "booleanField");
        assertDecodes(not(col("published")), params(), c, "notBoolean");
        assertDecodes(col("published"), params(), c, "booleanEqualsTrue");
        assertDecodes(bin(EQ, col("published"), p(0, BOOLEAN)), params(false), c, "booleanEqualsCaptured", false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_andOr_inEveryBranchShape(FixtureCompiler c) {
        Expr viewsGtA = bin(GT, col("views"), p(0, INT));
        assertDecodes(and(col("published"), bin(GE, col("views"), p(0, INT))), params(4), c, "and", 4);
        // Java throws where title is null: such a row is never selected, even with a null body
        assertDecodes(
                and(
                        and(present(col("title")), present(p(0, STRING))),
                        or(
                                new StringMatch(col("title"), p(0, STRING), MatchKind.PREFIX, false),
                                un(UnaryOp.IS_NULL, col("body")))),
                params("J"),
                c,
                "or",
                "J");
        assertDecodes(
                and(or(viewsGtA, bin(GT, col("likes"), p(1, LONG))), col("published")),
                params(1, 2L),
                c,
                "orThenAnd",
                1,
                2);
        assertDecodes(
                or(and(viewsGtA, col("published")), un(UnaryOp.IS_NULL, col("title"))), params(1), c, "andThenOr", 1);
        assertDecodes(
                and(
                        or(viewsGtA, col("published")),
                        or(bin(LT, col("likes"), p(1, LONG)), un(UnaryOp.IS_NOT_NULL, col("body")))),
                params(1, 2L),
                c,
                "andOfOrs",
                1,
                2);
        assertDecodes(
                and(and(col("published"), viewsGtA), bin(GT, col("likes"), p(1, LONG))),
                params(1, 2L),
                c,
                "threeAnds",
                1,
                2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_notOverAnd_isPushedDownByDeMorgan(FixtureCompiler c) {
        assertDecodes(or(not(col("published")), bin(LE, col("views"), p(0, INT))), params(9), c, "notOfAnd", 9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_nonShortCircuitAnd_isAnd(FixtureCompiler c) {
        assertDecodes(and(bin(GT, col("views"), p(0, INT)), col("published")), params(2), c, "nonShortCircuit", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_capturedBoolean_isAParameterPredicate(FixtureCompiler c) {
        assertDecodes(
                and(p(0, BOOLEAN), bin(GT, col("views"), p(1, INT))), params(true, 3), c, "capturedFlagAnd", true);
        assertDecodes(Literal.TRUE, params(), c, "alwaysTrue");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_longDoubleComparisons_viaLcmpAndDcmp(FixtureCompiler c) {
        assertDecodes(bin(LE, col("likes"), p(0, LONG)), params(5L), c, "longCompare", 5L);
        assertDecodes(bin(LT, col("score"), p(0, DOUBLE)), params(1.5), c, "doubleCompare", 1.5);
        assertDecodes(bin(GE, col("score"), p(0, DOUBLE)), params(1.5), c, "doubleGreater", 1.5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_nullableInteger_unboxesTransparently(FixtureCompiler c) {
        assertDecodes(
                and(un(UnaryOp.IS_NOT_NULL, col("rating")), bin(EQ, col("rating"), p(0, INT))),
                params(5),
                c,
                "nullableInteger");
        // p.rating != 5 unboxes: a null rating throws, so it is never selected
        assertDecodes(
                and(present(col("rating")), bin(NE, col("rating"), p(0, INT))), params(5), c, "nullableNotEquals");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_equalsAndObjects(FixtureCompiler c) {
        // title.equals(s) throws where title is null; against a non-null s the equality is NULL there anyway
        assertDecodes(
                and(or(present(col("title")), present(p(0, STRING))), bin(EQ, col("title"), p(0, STRING))),
                params("a"),
                c,
                "stringEquals",
                "a");
        assertDecodes(
                and(present(col("title")), not(bin(EQ, col("title"), p(0, STRING)))),
                params("a"),
                c,
                "stringNotEquals",
                "a");
        assertDecodes(bin(EQ, col("title"), p(0, STRING)), params("a"), c, "objectsEquals", "a");
        assertDecodes(un(UnaryOp.IS_NULL, col("body")), params(), c, "objectsIsNull");
        assertDecodes(un(UnaryOp.IS_NOT_NULL, col("body")), params(), c, "objectsNonNull");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_compareTo_becomesComparison(FixtureCompiler c) {
        assertDecodes(
                bin(GE, col("price"), p(0, DECIMAL)), params(BigDecimal.TEN), c, "compareToDecimal", BigDecimal.TEN);
        assertDecodes(bin(LT, col("title"), p(0, STRING)), params("m"), c, "stringCompareTo", "m");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_dates_isBeforeIsAfterIsEqual(FixtureCompiler c) {
        LocalDate d = LocalDate.of(2024, 2, 29);
        assertDecodes(bin(LT, col("day"), p(0, LOCAL_DATE)), params(d), c, "dateBefore", d);
        assertDecodes(
                and(present(p(0, LOCAL_DATE)), bin(EQ, col("day"), p(0, LOCAL_DATE))), params(d), c, "dateIsEqual", d);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_rowIndependentCall_isEvaluatedInJavaOnEachCall(FixtureCompiler c) {
        Serializable lambda = fixture(c, "recentlyCreated");
        DecodedLambda d = LambdaDecoder.decode(lambda);
        // the bound is computed from the argument, which Java dereferences: guarded where it is null
        assertEquals(and(present(p(1, OFFSET_DATE_TIME)), bin(GT, col("createdAt"), p(0, OFFSET_DATE_TIME))), d.expr());
        OffsetDateTime bound = (OffsetDateTime) d.params(lambda)[0];
        long minutes = ChronoUnit.MINUTES.between(bound, OffsetDateTime.now());
        assertTrue(minutes >= 7 * 24 * 60 - 1 && minutes <= 7 * 24 * 60 + 1, "bound " + bound);
        // user.getId() of a null user throws for every row: the value is NULL then, and the guard false
        assertDecodes(
                and(present(p(0, LONG)), bin(EQ, col("authorId"), p(0, LONG))),
                params(77L),
                c,
                "capturedObjectGetter",
                new User(77));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_enumIdentity_isEquality(FixtureCompiler c) {
        assertDecodes(bin(EQ, col("status"), p(0, null)), params(Status.LIVE), c, "enumEquals");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_twoRows_useSources0And1(FixtureCompiler c) {
        Serializable lambda = fixture(c, "twoRows");
        DecodedLambda d = LambdaDecoder.decode(lambda, Post.class, Author.class);
        ModelMeta<Author> author = ModelMeta.of(Author.class);
        assertEquals(
                and(
                        bin(EQ, col("authorId"), new ColumnRef(author.columnByField("id"), 1)),
                        bin(GT, new ColumnRef(author.columnByField("age"), 1), p(0, INT))),
                d.expr());
        assertArrayEquals(params(18), d.params(lambda));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_blockLambdaWithLocal(FixtureCompiler c) {
        assertDecodes(bin(GT, intOp(MUL, col("views"), p(0, INT)), p(1, INT)), params(2, 9), c, "blockWithLocal", 9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_equalConstants_shareOneSlot(FixtureCompiler c) {
        assertDecodes(
                and(
                        and(bin(GT, col("views"), p(0, INT)), bin(GT, col("likes"), p(1, LONG))),
                        bin(LT, col("views"), p(2, INT))),
                params(2, 2L, 20),
                c,
                "repeatedConstant");
        assertEquals(bin(MUL, col("views"), p(0, INT)), bin(MUL, col("views"), p(0, INT)));
        DecodedLambda d = decode(c, "repeatedConstant");
        assertEquals(3, d.paramCount());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_notOverOr_andDoubleNegation(FixtureCompiler c) {
        assertDecodes(
                and(bin(LE, col("views"), p(0, INT)), un(UnaryOp.IS_NOT_NULL, col("title"))),
                params(2),
                c,
                "notOfOr",
                2);
        assertDecodes(and(col("published"), bin(GT, col("views"), p(0, INT))), params(3), c, "doubleNegation");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_ternaryWithConstantBranch_becomesOr(FixtureCompiler c) {
        assertDecodes(
                or(col("published"), bin(GT, col("views"), p(0, INT))), params(2), c, "ternaryWithConstantBranch", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_ternaryWithCompoundCondition_foldsTheCondition(FixtureCompiler c) {
        assertDecodes(
                caseWhen(
                        and(bin(GT, col("views"), p(0, INT)), col("published")),
                        bin(GT, col("likes"), p(1, LONG)),
                        un(UnaryOp.IS_NOT_NULL, col("body"))),
                params(1, 2L),
                c,
                "ternaryCondition",
                1,
                2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_ternaryInsideComparison_isFactoredBack(FixtureCompiler c) {
        assertDecodes(
                bin(GT, caseWhen(col("published"), col("views"), col("likes")), p(0, LONG)),
                params(4L),
                c,
                "ternaryInsideComparison",
                4);
        assertDecodes(
                caseWhen(un(UnaryOp.IS_NULL, col("body")), not(col("published")), col("published")),
                params(),
                c,
                "booleanXor");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_fifteenOrGroups_doesNotBlowUp(FixtureCompiler c) {
        Expr e = decode(c, "manyGroups", 1).expr();
        Expr expected = null;
        for (Expr group : List.of(
                or(bin(GT, col("views"), p(0, INT)), col("published")),
                or(bin(GT, col("likes"), p(1, LONG)), un(UnaryOp.IS_NULL, col("body"))),
                or(bin(GT, col("score"), p(2, DOUBLE)), un(UnaryOp.IS_NULL, col("title"))),
                or(un(UnaryOp.IS_NULL, col("rating")), bin(GT, col("rating"), p(0, INT))),
                or(bin(LT, col("views"), p(3, INT)), bin(LT, col("likes"), p(4, LONG))))) {
            expected = expected == null ? group : and(expected, group);
        }
        for (int k = 7, slot = 5; k <= 16; k++, slot++) {
            expected = and(expected, or(bin(NE, col("views"), p(slot, INT)), col("published")));
        }
        assertEquals(expected, e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_inSubquery_isInParamOverTheMarker(FixtureCompiler c) {
        Subquery sub = QueryAccess.from(Author.class, null); // never run: the decoder only binds it
        assertDecodes(new InParam(col("authorId"), 0, false), params(sub), c, "inSubquery", sub);
    }

    private static CaseWhen caseWhen(Expr cond, Expr then, Expr otherwise) {
        return new CaseWhen(List.of(new CaseWhen.When(cond, then)), otherwise);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_derivedPropertyOfTheModel_decodesItsBody(FixtureCompiler c) {
        Expr hot = or(bin(GT, col("views"), p(0, INT)), bin(GT, col("likes"), p(1, LONG)));
        assertDecodes(and(hot, un(UnaryOp.IS_NOT_NULL, col("title"))), params(1000, 100L), c, "derivedProperty");
        assertDecodes(hot, params(1000, 100L), c, "derivedPropertyRef");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void decode_privateStaticHelperGivenTheRow_isDecodedFromItsBody(FixtureCompiler c) {
        assertDecodes(
                and(and(bin(GE, col("views"), p(0, INT)), bin(LE, col("views"), p(1, INT))), col("published")),
                params(2, 8),
                c,
                "staticHelper",
                2,
                8);
    }
}
