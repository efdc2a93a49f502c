package io.kakaorm;

import io.kakaorm.expr.Expr;
import io.kakaorm.lambda.DecodedLambda;
import io.kakaorm.lambda.LambdaDecoder;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.query.Select;
import java.io.Serializable;
import java.util.List;
import java.util.function.IntPredicate;

/** The one place where queries call the lambda decoder. */
final class LambdaBridge {
    private LambdaBridge() {}

    /**
     * A decoded lambda.
     *
     * @param expr      the predicate or value; {@code null} for a constructor call
     * @param type      for a constructor call, the class constructed; else {@code null}
     * @param args      for a constructor call, its arguments
     * @param argTypes  for a constructor call, its parameter types
     * @param valueType the Java type of the value (the lambda's static result type), when known
     * @param values    the values of the expression's parameter slots, read now
     * @param source    where the lambda is written ({@code File.java:42})
     * @param aggregateOrWindow whether {@code expr} holds an aggregate or a window function (found once per
     *                  lambda class, by the decoder)
     */
    record Decoded(
            Expr expr,
            Class<?> type,
            List<Expr> args,
            List<Class<?>> argTypes,
            Class<?> valueType,
            Object[] values,
            String source,
            boolean aggregateOrWindow) {

        /**
         * This value or constructor call with its expressions replaced by {@code exprs} (bound or unified
         * forms of them, in the same order): the constructor's arguments, or the one value.
         */
        Decoded withExprs(List<Expr> exprs) {
            return type != null
                    ? new Decoded(null, type, exprs, argTypes, valueType, values, source, aggregateOrWindow)
                    : new Decoded(exprs.get(0), null, null, null, valueType, values, source, aggregateOrWindow);
        }
    }

    static Decoded filter(Filter<?> lambda, ModelMeta<?> model) {
        DecodedLambda d = LambdaDecoder.decode(lambda, model.modelClass());
        if (d.isProjection()) {
            throw new IllegalArgumentException(
                    "a filter must be a condition, not a constructor call (" + d.where() + ")");
        }
        return new Decoded(d.expr(), null, null, null, null, d.params(lambda), d.where(), d.hasAggregateOrWindow());
    }

    static Decoded selector(Selector<?, ?> lambda, ModelMeta<?> model) {
        DecodedLambda d = LambdaDecoder.decode(lambda, model.modelClass());
        Object[] values = d.params(lambda);
        if (d.isProjection()) {
            List<Class<?>> argTypes = d.projectionConstructor() == null
                    ? List.of()
                    : d.projectionConstructor().type().parameterList();
            return new Decoded(
                    null, d.projectionClass(), d.items(), argTypes, null, values, d.where(), d.hasAggregateOrWindow());
        }
        return new Decoded(d.expr(), null, null, null, d.valueType(), values, d.where(), d.hasAggregateOrWindow());
    }

    /** A predicate over the rows of several sources (a join condition, a filter over joined rows). */
    static Decoded filterOver(Serializable lambda, Class<?>... rows) {
        DecodedLambda d = LambdaDecoder.decode(lambda, rows);
        if (d.isProjection()) {
            throw new IllegalArgumentException(
                    "a filter must be a condition, not a constructor call (" + d.where() + ")");
        }
        return new Decoded(d.expr(), null, null, null, null, d.params(lambda), d.where(), d.hasAggregateOrWindow());
    }

    /**
     * A filter over the rows of several sources as {@code where} ({@code exclude} false) or {@code exclude}
     * runs it, where the sources {@code missing} tests may be missing (outer joins): true exactly where Java
     * returns true (false) without throwing.
     */
    static Decoded filterOver(Serializable lambda, boolean exclude, IntPredicate missing, Class<?>... rows) {
        DecodedLambda d = LambdaDecoder.decode(lambda, rows);
        if (d.isProjection()) {
            throw new IllegalArgumentException(
                    "a filter must be a condition, not a constructor call (" + d.where() + ")");
        }
        return new Decoded(
                d.filter(exclude, missing),
                null,
                null,
                null,
                null,
                d.params(lambda),
                d.where(),
                d.hasAggregateOrWindow());
    }

    /** Which sources of {@code s} may be missing: the sides of its outer joins. */
    static IntPredicate missing(Select s) {
        return s.joins().isEmpty() ? source -> false : s::mayBeMissing;
    }

    /** A value or projection over the rows of several sources. */
    static Decoded selectorOver(Serializable lambda, Class<?>... rows) {
        DecodedLambda d = LambdaDecoder.decode(lambda, rows);
        Object[] values = d.params(lambda);
        if (d.isProjection()) {
            List<Class<?>> argTypes = d.projectionConstructor() == null
                    ? List.of()
                    : d.projectionConstructor().type().parameterList();
            return new Decoded(
                    null, d.projectionClass(), d.items(), argTypes, null, values, d.where(), d.hasAggregateOrWindow());
        }
        return new Decoded(d.expr(), null, null, null, d.valueType(), values, d.where(), d.hasAggregateOrWindow());
    }

    /** A refusal of something the lambda says that its place in the query cannot hold, naming its source line. */
    static QueryTranslationException refusal(Serializable lambda, Class<?>[] rows, String construct, String hint) {
        DecodedLambda d = LambdaDecoder.decode(lambda, rows);
        return new QueryTranslationException(construct, hint, d.declaringClass(), d.sourceFile(), d.line());
    }
}
