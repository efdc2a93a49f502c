package io.kakaorm.lambda;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Filter;
import io.kakaorm.QueryTranslationException;
import io.kakaorm.lambda.testmodel.Post;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A value computed from captured variables that is NaN or infinite has no exact SQL meaning (Java's
 * {@code 0 * Infinity} is NaN and NaN compares unequal to everything; SQLite gives NULL, MariaDB cannot hold
 * either): the query is refused at bind time with the lambda's source line, while finite values of the same
 * lambda bind as usual.
 */
class NonFiniteCapturesTest {
    private static Filter<Post> scaled(double factor) {
        return p -> p.score * (float) factor != 1.0;
    }

    @Test
    void anInfiniteComputedValue_isRefusedWithTheSourceLine() {
        Filter<Post> f = scaled(1e300); // (float) 1e300 is Infinity
        DecodedLambda d = LambdaDecoder.decode(f);
        QueryTranslationException e = assertThrows(QueryTranslationException.class, () -> d.params(f));
        assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
        assertTrue(e.getMessage().contains("NonFiniteCapturesTest.java"), e.getMessage());
    }

    @Test
    void aNaNComputedValue_isRefused() {
        Filter<Post> f = scaled(Double.NaN);
        DecodedLambda d = LambdaDecoder.decode(f);
        QueryTranslationException e = assertThrows(QueryTranslationException.class, () -> d.params(f));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void aFiniteValue_binds() {
        Filter<Post> f = scaled(2.5);
        Object[] params = LambdaDecoder.decode(f).params(f);
        assertTrue(
                Arrays.stream(params).anyMatch(v -> v instanceof Number n && n.doubleValue() == 2.5),
                Arrays.toString(params));
    }
}
