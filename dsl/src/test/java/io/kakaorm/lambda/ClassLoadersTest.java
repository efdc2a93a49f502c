package io.kakaorm.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Filter;
import io.kakaorm.QueryTranslationException;
import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Param;
import io.kakaorm.lambda.testmodel.Post;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

/** Lambda classes are hidden classes; their code may also live in other class loaders or hidden hosts. */
class ClassLoadersTest {
    @Test
    void decode_lambdaFromAnotherClassLoader_readsBytecodeThroughThatLoader() {
        Class<?> fixtures = FixtureCompiler.ECJ.fixtureClass("Fixtures");
        assertNotSame(ClassLoadersTest.class.getClassLoader(), fixtures.getClassLoader());
        var lambda = DecoderTestSupport.fixture(FixtureCompiler.ECJ, "fieldGtCaptured", 3);
        assertTrue(lambda.getClass().isHidden());
        DecodedLambda d = LambdaDecoder.decode(lambda);
        assertEquals(new Binary(BinaryOp.GT, DecoderTestSupport.col("views"), new Param(0, ColumnType.INT)), d.expr());
        assertArrayEquals(new Object[] {3}, d.params(lambda));
    }

    @Test
    @SuppressWarnings("unchecked")
    void decode_lambdaDeclaredInAHiddenClass_failsClearly() throws Throwable {
        byte[] bytes;
        try (InputStream in = HiddenHost.class.getResourceAsStream("HiddenHost.class")) {
            bytes = in.readAllBytes();
        }
        Class<?> hidden = MethodHandles.lookup().defineHiddenClass(bytes, true).lookupClass();
        Filter<Post> f = (Filter<Post>) hidden.getMethod("filter", int.class).invoke(null, 4);
        QueryTranslationException e = assertThrows(QueryTranslationException.class, () -> LambdaDecoder.decode(f));
        assertTrue(e.getMessage().contains("a lambda declared in the hidden class"), e.getMessage());
    }
}
