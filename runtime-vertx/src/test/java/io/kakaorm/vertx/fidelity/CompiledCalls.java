package io.kakaorm.vertx.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Whether a generated lambda's compiled body still calls one of the generator's call-to-call values.
 * javac drops a branch whose condition is a constant ({@code (x && false) ? System.nanoTime() > r.l : y}
 * compiles without the nanoTime call), and a lambda that never makes the call need not be refused: it is
 * compared like any other.
 */
final class CompiledCalls {
    private static final Set<String> VOLATILE = Set.of(
            "java/lang/Math.random",
            "java/util/Random.<init>",
            "java/lang/System.nanoTime",
            "java/util/concurrent/ThreadLocalRandom.current",
            "java/util/UUID.randomUUID",
            "java/lang/System.identityHashCode");

    private CompiledCalls() {}

    static boolean callsVolatile(Object lambda) {
        SerializedLambda s = serialized(lambda);
        boolean[] found = {false};
        try (InputStream in = lambda.getClass().getClassLoader().getResourceAsStream(s.getImplClass() + ".class")) {
            new ClassReader(in.readAllBytes())
                    .accept(
                            new ClassVisitor(Opcodes.ASM9) {
                                @Override
                                public MethodVisitor visitMethod(
                                        int access, String name, String desc, String sig, String[] ex) {
                                    if (!name.equals(s.getImplMethodName())
                                            || !desc.equals(s.getImplMethodSignature())) {
                                        return null;
                                    }
                                    return new MethodVisitor(Opcodes.ASM9) {
                                        @Override
                                        public void visitMethodInsn(
                                                int op, String owner, String m, String d, boolean itf) {
                                            found[0] |= VOLATILE.contains(owner + "." + m);
                                        }
                                    };
                                }
                            },
                            ClassReader.SKIP_DEBUG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found[0];
    }

    private static SerializedLambda serialized(Object lambda) {
        try {
            Method writeReplace = lambda.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return (SerializedLambda) writeReplace.invoke(lambda);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("not a serializable lambda: " + lambda, e);
        }
    }
}
