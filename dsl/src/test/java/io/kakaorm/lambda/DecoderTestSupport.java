package io.kakaorm.lambda;

import io.kakaorm.expr.Binary;
import io.kakaorm.expr.BinaryOp;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.ColumnRef;
import io.kakaorm.expr.ColumnType;
import io.kakaorm.expr.Expr;
import io.kakaorm.expr.Function;
import io.kakaorm.expr.Param;
import io.kakaorm.expr.Unary;
import io.kakaorm.expr.UnaryOp;
import io.kakaorm.lambda.testmodel.Post;
import io.kakaorm.meta.ModelMeta;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;

/** Builders for expected trees and access to the fixtures of each compiler. */
final class DecoderTestSupport {
    static final String ALL_COMPILERS = "io.kakaorm.lambda.DecoderTestSupport#compilers";

    private DecoderTestSupport() {}

    static Stream<FixtureCompiler> compilers() {
        return Stream.of(FixtureCompiler.values());
    }

    /** The lambda returned by {@code fixtureClass.method(args)} as compiled by {@code compiler}. */
    static Serializable lambda(FixtureCompiler compiler, String fixtureClass, String method, Object... args) {
        Class<?> c = compiler.fixtureClass(fixtureClass);
        for (Method m : c.getMethods()) {
            if (m.getName().equals(method)) {
                try {
                    return (Serializable) m.invoke(null, args);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no fixture " + fixtureClass + "." + method);
    }

    static Serializable fixture(FixtureCompiler compiler, String method, Object... args) {
        return lambda(compiler, "Fixtures", method, args);
    }

    static DecodedLambda decode(FixtureCompiler compiler, String method, Object... args) {
        return LambdaDecoder.decode(fixture(compiler, method, args));
    }

    static ColumnRef col(String field) {
        return new ColumnRef(ModelMeta.of(Post.class).columnByField(field));
    }

    static Param p(int slot, ColumnType type) {
        return new Param(slot, type);
    }

    static Binary bin(BinaryOp op, Expr l, Expr r) {
        return new Binary(op, l, r);
    }

    /** Java's int {@code l op r}: computed in 64 bits, wrapped to 32 as Java wraps. */
    static Expr intOp(BinaryOp op, Expr l, Expr r) {
        return fn(Function.WRAP_INT, ColumnType.INT, bin(op, toLong(l), toLong(r)));
    }

    static Expr toLong(Expr e) {
        return fn(Function.TO_LONG, ColumnType.LONG, e);
    }

    static Expr fn(Function f, ColumnType type, Expr... args) {
        return new Call(f, List.of(args), type);
    }

    static Binary and(Expr l, Expr r) {
        return bin(BinaryOp.AND, l, r);
    }

    static Binary or(Expr l, Expr r) {
        return bin(BinaryOp.OR, l, r);
    }

    static Unary not(Expr e) {
        return new Unary(UnaryOp.NOT, e);
    }

    /** The guard of a dereference of {@code x}: {@code x IS NOT NULL} where {@code x} may be NULL. */
    static Expr present(Expr x) {
        return fn(Function.PRESENT, ColumnType.BOOLEAN, x);
    }

    static Unary un(UnaryOp op, Expr e) {
        return new Unary(op, e);
    }
}
