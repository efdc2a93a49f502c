package io.kakaorm.lambda;

import io.kakaorm.QueryTranslationException;
import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Translates serializable lambdas ({@link io.kakaorm.Filter}, {@link io.kakaorm.Selector}, …) into
 * expression trees by reading their bytecode.
 *
 * <pre>{@code
 * DecodedLambda d = LambdaDecoder.decode((Filter<Post>) p -> p.views >= min, Post.class);
 * Expr where = d.expr();          // Binary(GE, ColumnRef(views), Param(0))
 * Object[] binds = d.params(f);   // {min}, read on every call
 * }</pre>
 *
 * <p>Translations are cached: per lambda class (the hot path, a {@link ClassValue} lookup and no lock)
 * and per implementation method (so that method references used at several call sites share one). A
 * second call for a call site seen before costs the cache lookup; its parameters are then read with
 * {@link DecodedLambda#params(Serializable)}. Thread-safe.
 */
public final class LambdaDecoder {
    private static final ClassValue<Slot> BY_LAMBDA_CLASS = new ClassValue<>() {
        @Override
        protected Slot computeValue(Class<?> type) {
            return new Slot();
        }
    };
    private static final ClassValue<ConcurrentMap<Key, Translation>> BY_DECLARING_CLASS = new ClassValue<>() {
        @Override
        protected ConcurrentMap<Key, Translation> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private LambdaDecoder() {}

    /** The translations of one lambda class: the last one used, and one per row-type list. */
    private static final class Slot {
        volatile DecodedLambda last;
        final ConcurrentMap<List<Class<?>>, DecodedLambda> byRows = new ConcurrentHashMap<>();
    }

    private record Key(String implClass, String name, String desc, String instantiated, List<Class<?>> rows) {}

    /**
     * Decodes {@code lambda}.
     *
     * @param lambda   a serializable lambda or method reference
     * @param rowTypes the model class of each row parameter (the query's model, then joined models);
     *                 empty to take them from the lambda's own parameter types
     * @return the translation, cached for this lambda class and row types
     * @throws QueryTranslationException when the lambda uses something that cannot be translated, with
     *                                   the construct and its source line; also when {@code lambda} is not
     *                                   a lambda (e.g. an anonymous class)
     */
    public static DecodedLambda decode(Serializable lambda, Class<?>... rowTypes) {
        Class<?> lambdaClass = lambda.getClass();
        Slot slot = BY_LAMBDA_CLASS.get(lambdaClass);
        DecodedLambda d = slot.last;
        if (d != null && d.matches(rowTypes)) {
            return d;
        }
        d = slot.byRows.get(List.of(rowTypes));
        if (d == null) {
            d = decodeSlow(lambda, lambdaClass, rowTypes.clone());
            slot.byRows.putIfAbsent(List.of(rowTypes), d);
        }
        slot.last = d;
        return d;
    }

    private static DecodedLambda decodeSlow(Serializable lambda, Class<?> lambdaClass, Class<?>[] rowTypes) {
        Class<?> host = lambdaClass.getNestHost();
        if (host.isHidden()) {
            throw new QueryTranslationException(
                    "a lambda declared in the hidden class " + host.getName(),
                    "declare query lambdas in an ordinary class: a hidden class has no class file to read",
                    host,
                    null,
                    -1);
        }
        SerializedLambda sl = LambdaSource.serialized(lambda);
        if (sl == null) {
            throw new QueryTranslationException(
                    "a " + lambdaClass.getName() + " that is not a lambda",
                    "write a lambda or a method reference; anonymous and named classes have no decodable body",
                    lambdaClass,
                    null,
                    -1);
        }
        Key key = new Key(
                sl.getImplClass(),
                sl.getImplMethodName(),
                sl.getImplMethodSignature(),
                sl.getInstantiatedMethodType(),
                List.of(rowTypes));
        ConcurrentMap<Key, Translation> cache = BY_DECLARING_CLASS.get(host);
        Translation t = cache.get(key);
        if (t == null) {
            t = new Translator(sl, lambdaClass).translate(rowTypes);
            Translation raced = cache.putIfAbsent(key, t);
            if (raced != null) {
                t = raced;
            }
        }
        return new DecodedLambda(t, rowTypes, CapturedReader.of(lambdaClass, sl.getCapturedArgCount()));
    }
}
