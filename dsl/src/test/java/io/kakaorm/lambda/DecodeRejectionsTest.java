package io.kakaorm.lambda;

import static io.kakaorm.lambda.DecoderTestSupport.ALL_COMPILERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Filter;
import io.kakaorm.QueryTranslationException;
import io.kakaorm.lambda.testmodel.Author;
import io.kakaorm.lambda.testmodel.Post;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the decoder refuses: exception type, construct and source line, per compiler. */
class DecodeRejectionsTest {
    /** The line of {@code Rejected.java} marked {@code // REJECT marker}. */
    private static int markedLine(String marker) {
        try {
            List<String> lines = Files.readAllLines(FixtureCompiler.SOURCES.resolve("Rejected.java"));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).endsWith("// REJECT " + marker)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no marker " + marker);
    }

    private static QueryTranslationException assertRejected(
            FixtureCompiler c, String fixture, String marker, String constructPart, Object... args) {
        Serializable lambda = DecoderTestSupport.lambda(c, "Rejected", fixture, args);
        QueryTranslationException e =
                assertThrows(QueryTranslationException.class, () -> LambdaDecoder.decode(lambda), fixture + " by " + c);
        assertEquals(markedLine(marker), e.line(), e.getMessage());
        assertEquals("Rejected.java", e.sourceFile());
        assertTrue(e.construct().contains(constructPart), e.construct());
        assertTrue(e.getMessage().contains("Rejected.java:" + e.line()), e.getMessage());
        assertEquals("Rejected", e.lambdaClass().getSimpleName());
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void reject_arbitraryStringMethod_suggestsLike(FixtureCompiler c) {
        QueryTranslationException e = assertRejected(c, "matches", "matches", "String.matches(String)");
        assertEquals(
                "Cannot translate String.matches(String) in lambda at Rejected.java:" + e.line()
                        + "; use Sql.like(...) for patterns",
                e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void reject_loop(FixtureCompiler c) {
        assertRejected(c, "loop", "loop", "a loop");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void reject_fieldAssignment(FixtureCompiler c) {
        assertRejected(c, "assignField", "assign", "assigning the field views");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void reject_methodOnRowThatIsNoGetter(FixtureCompiler c) {
        assertRejected(c, "arbitraryRowMethod", "rowMethod", "hashCode()");
        assertRejected(c, "notAColumn", "getClass", "Post.getClass()");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void reject_objectCreatedFromRowValues(FixtureCompiler c) {
        assertRejected(c, "objectFromRow", "newObject", "creating a java.math.BigDecimal");
        assertRejected(c, "listOfRow", "listOf", "List.of(Object)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void reject_semanticsThatSqlWouldChange(FixtureCompiler c) {
        assertRejected(c, "bigDecimalEquals", "bigDecimalEquals", "BigDecimal.equals", BigDecimal.ONE);
        assertRejected(c, "identityCompare", "identity", "comparing objects with ==", "x");
        assertRejected(c, "narrowingCast", "narrowing", "conversion to float");
    }

    @Test
    void reject_anonymousClass_isNotALambda() {
        Filter<Post> anonymous = new Filter<>() {
            @Override
            public boolean test(Post row) {
                return row.published;
            }
        };
        QueryTranslationException e =
                assertThrows(QueryTranslationException.class, () -> LambdaDecoder.decode(anonymous));
        assertTrue(e.getMessage().contains("not a lambda"), e.getMessage());
    }

    @Test
    void reject_withContext_namesTheQueryMethod() {
        Filter<Post> f = p -> p.title.matches("x");
        QueryTranslationException e = assertThrows(QueryTranslationException.class, () -> LambdaDecoder.decode(f));
        QueryTranslationException withContext = e.withContext("Query<Post>.where");
        assertTrue(
                withContext.getMessage().contains("DecodeRejectionsTest.java:" + e.line() + " (Query<Post>.where)"),
                withContext.getMessage());
        assertEquals(e.line(), withContext.line());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void reject_rowMethodWhoseBodyIsUntranslatable_namesBoth(FixtureCompiler c) {
        QueryTranslationException e = assertRejected(
                c,
                "derivedWithUntranslatable",
                "derived",
                "Post.hasPattern() on the row, whose body uses String.matches(String)");
        assertEquals("use Sql.like(...) for patterns", e.hint());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void reject_tryCatch(FixtureCompiler c) {
        assertRejected(c, "tryCatch", "try", "try/catch");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void reject_synchronizedBlock_isNotCalledTryCatch(FixtureCompiler c) {
        QueryTranslationException e = assertRejected(c, "synchronizedBlock", "synchronized", "a synchronized block");
        assertTrue(!e.construct().contains("try"), e.construct());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void reject_perCallValue(FixtureCompiler c) {
        assertRejected(c, "nanoTime", "nanoTime", "System.nanoTime(), whose value changes from call to call");
    }

    @Test
    void reject_rowTypeThatIsNotTheLambdasParameterType() {
        Filter<Post> f = p -> p.views > 1;
        QueryTranslationException e =
                assertThrows(QueryTranslationException.class, () -> LambdaDecoder.decode(f, Author.class));
        assertTrue(e.construct().contains("a lambda over Post used for rows of Author"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_COMPILERS)
    void reject_inexactOrScaleSensitiveBigDecimal_andJavaOnlyStringRules(FixtureCompiler c) {
        assertTrue(assertRejected(c, "bigDecimalDivide", "divide", "BigDecimal.divide")
                .getMessage()
                .contains("multiply instead"));
        assertTrue(assertRejected(c, "bigDecimalObjectsEquals", "objectsEquals", "Objects.equals of BigDecimal")
                .getMessage()
                .contains("compareTo(x) == 0"));
        assertRejected(c, "setScaleCeiling", "ceiling", "RoundingMode.CEILING");
        assertTrue(assertRejected(c, "compareToIgnoreCase", "ignoreCase", "compareToIgnoreCase")
                .getMessage()
                .contains("equalsIgnoreCase"));
        assertRejected(c, "negativeSubstring", "negative", "negative constant -1");
        assertRejected(c, "partialCodePoints", "codePoints", "codePointCount over a part");
    }
}
