package io.kakaorm.lambda;

import java.util.List;

/**
 * A row-independent value of a lambda, as symbolic data: it is evaluated in Java each time the lambda's
 * parameters are read. Records, so that equal thunks share one bind parameter.
 */
sealed interface Thunk {
    /** A constant of the class file (a boxed primitive, a String, an ASM Type for a class literal, or null). */
    record Const(Object value) implements Thunk {}

    /** The lambda's captured argument at {@code index} (the receiver of an instance lambda is 0). */
    record Captured(int index) implements Thunk {}

    record GetStatic(String owner, String name, String desc) implements Thunk {}

    record GetField(Thunk target, String owner, String name, String desc) implements Thunk {}

    /** A method call; for instance methods the receiver is {@code args.get(0)}. */
    record Invoke(int opcode, String owner, String name, String desc, boolean itf, List<Thunk> args) implements Thunk {}

    record NewObject(String owner, String desc, List<Thunk> args) implements Thunk {}

    /** An array built element by element (varargs); {@code elementDesc} is the component descriptor. */
    record NewArray(String elementDesc, List<Thunk> elements) implements Thunk {}

    /** {@code Arrays.asList} of an array thunk, for IN lists. */
    record AsList(Thunk array) implements Thunk {}

    /** A binary JVM operation (arithmetic, comparison) on two values. */
    record Binary(int opcode, Thunk left, Thunk right) implements Thunk {}

    /** A unary JVM operation (negation, numeric conversion, array length). */
    record Unary(int opcode, Thunk operand) implements Thunk {}

    record CheckCast(String internalName, Thunk operand) implements Thunk {}

    record ArrayLoad(Thunk array, Thunk index) implements Thunk {}

    /** String concatenation; {@code descs} are the JVM types of the parts (they decide the formatting). */
    record Concat(List<Thunk> parts, List<String> descs) implements Thunk {}

    /** The value seen with JVM type {@code desc} ({@code Z} turns an int into a Boolean, {@code C} into a Character). */
    record Coerce(Thunk operand, String desc) implements Thunk {}
}
