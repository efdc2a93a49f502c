package io.kakaorm.lambda;

import io.kakaorm.expr.Expr;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The cached, immutable translation of one lambda implementation method for given row types.
 *
 * @param expr            the expression, or {@code null} for a projection; a filter's as {@code where} runs it
 *                        over rows that are all there
 * @param raw             a filter's expression with its dereferences marked ({@link NullGuard}), else {@code null}
 * @param items           the projection's constructor arguments, or empty
 * @param projectionClass the projection's class, or {@code null}
 * @param constructor     the projection's constructor, or {@code null}
 * @param evals           how to compute each parameter slot
 * @param declaringClass  the class of the lambda's code
 * @param sourceFile      its source file, or {@code null}
 * @param line            the first source line of the lambda, or -1
 * @param filterForms     a filter's where/exclude forms per set of missing sources, made once each
 * @param valueType       the Java type of the lambda's result as written (before boxing), or {@code null}
 */
record Translation(
        Expr expr,
        Expr raw,
        List<Expr> items,
        Class<?> projectionClass,
        MethodHandle constructor,
        ThunkCompiler.Eval[] evals,
        Class<?> declaringClass,
        String sourceFile,
        int line,
        Class<?> valueType,
        ConcurrentMap<Integer, Expr> filterForms) {

    Translation(
            Expr expr,
            Expr raw,
            List<Expr> items,
            Class<?> projectionClass,
            MethodHandle constructor,
            ThunkCompiler.Eval[] evals,
            Class<?> declaringClass,
            String sourceFile,
            int line,
            Class<?> valueType) {
        this(
                expr,
                raw,
                items,
                projectionClass,
                constructor,
                evals,
                declaringClass,
                sourceFile,
                line,
                valueType,
                new ConcurrentHashMap<>());
    }
}
