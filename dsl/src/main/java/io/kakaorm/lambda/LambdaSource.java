package io.kakaorm.lambda;

import io.kakaorm.meta.ModuleOpens;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/** Where a lambda's code is: its {@link SerializedLambda} and the implementation method's bytecode. */
final class LambdaSource {
    /** A method's bytecode and the source file of its class. */
    record MethodCode(MethodNode method, String sourceFile) {}

    private LambdaSource() {}

    /**
     * The lambda's SerializedLambda, from its synthetic {@code writeReplace} method: the captured values
     * are referenced, never serialized.
     *
     * @return it, or {@code null} when the object is not a serializable lambda or method reference
     */
    static SerializedLambda serialized(Object lambda) {
        try {
            Method writeReplace = lambda.getClass().getDeclaredMethod("writeReplace");
            if (!writeReplace.trySetAccessible()) {
                ModuleOpens.require(lambda.getClass(), "read the query lambda declared in");
                return null;
            }
            Object replaced = writeReplace.invoke(lambda);
            return replaced instanceof SerializedLambda ? (SerializedLambda) replaced : null;
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("writeReplace of " + lambda.getClass() + " failed", e.getCause());
        }
    }

    /**
     * The bytecode of {@code owner.name desc} read through {@code loader}, or {@code null} when the class
     * file cannot be found (e.g. a hidden class defined from bytes).
     */
    static MethodCode load(ClassLoader loader, String owner, String name, String desc) {
        byte[] bytes;
        String resource = owner + ".class";
        try (InputStream in = loader != null
                ? loader.getResourceAsStream(resource)
                : ClassLoader.getSystemResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
        String[] source = new String[1];
        MethodNode[] found = new MethodNode[1];
        new ClassReader(bytes)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitSource(String file, String debug) {
                                source[0] = file;
                            }

                            @Override
                            public MethodVisitor visitMethod(
                                    int access, String n, String d, String signature, String[] exceptions) {
                                if (n.equals(name) && d.equals(desc)) {
                                    found[0] = new MethodNode(Opcodes.ASM9, access, n, d, signature, exceptions);
                                    return found[0];
                                }
                                return null;
                            }
                        },
                        ClassReader.SKIP_FRAMES);
        return found[0] == null ? null : new MethodCode(found[0], source[0]);
    }
}
