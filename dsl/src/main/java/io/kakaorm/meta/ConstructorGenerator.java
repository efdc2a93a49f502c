package io.kakaorm.meta;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.function.Function;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generates, for a projection's constructor, a class whose {@code apply(Object[] args)} is
 * {@code new R((A) args[0], ((Integer) args[1]).intValue(), …)}: straight-line casts and one constructor call
 * per row, where a spread {@code MethodHandle} held in a field (not a constant the JIT can fold) goes through
 * its lambda forms on every row. Defined as a hidden nestmate of the constructor's class, so that it reaches
 * private and package-private constructors as the projection's own code would.
 */
public final class ConstructorGenerator implements Opcodes {
    private ConstructorGenerator() {}

    /**
     * A function calling {@code ctor} with an array of its arguments (each of the parameter's class, boxed for
     * a primitive, never {@code null} for one), or {@code null} when no class can be generated for it (a
     * parameter type the constructor's package cannot name, a module that does not open the package): then
     * call it another way.
     */
    public static Function<Object[], Object> caller(Constructor<?> ctor) {
        Class<?> owner = ctor.getDeclaringClass();
        for (Class<?> p : ctor.getParameterTypes()) {
            if (!nameable(p, owner)) {
                return null;
            }
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            byte[] bytes = bytes(ctor);
            Class<?> c = lookup.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE)
                    .lookupClass();
            @SuppressWarnings("unchecked")
            Function<Object[], Object> f = (Function<Object[], Object>)
                    lookup.findConstructor(c, MethodType.methodType(void.class)).invoke();
            return f;
        } catch (Throwable e) { // IllegalAccessException, LinkageError: the caller keeps its MethodHandle
            if (e instanceof VirtualMachineError v) {
                throw v;
            }
            return null;
        }
    }

    /** Whether code in {@code owner}'s package may name {@code type} in a cast. */
    static boolean nameable(Class<?> type, Class<?> owner) {
        Class<?> t = type;
        while (t.isArray()) {
            t = t.getComponentType();
        }
        if (t.isPrimitive() || t.getPackageName().equals(owner.getPackageName())) {
            return true;
        }
        for (Class<?> c = t; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return t.getModule().isExported(t.getPackageName(), owner.getModule());
    }

    private static byte[] bytes(Constructor<?> ctor) {
        Class<?> owner = ctor.getDeclaringClass();
        String target = Type.getInternalName(owner);
        String name = target + "$KkNew";
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", new String[] {"java/util/function/Function"
        });
        AccessorGenerator.noArgConstructor(cw);

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "apply", "(Ljava/lang/Object;)Ljava/lang/Object;", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, "[Ljava/lang/Object;");
        mv.visitVarInsn(ASTORE, 2);
        mv.visitTypeInsn(NEW, target);
        mv.visitInsn(DUP);
        Class<?>[] params = ctor.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            mv.visitVarInsn(ALOAD, 2);
            mv.visitIntInsn(SIPUSH, i);
            mv.visitInsn(AALOAD);
            Class<?> p = params[i];
            if (p.isPrimitive()) {
                Class<?> box = JavaTypes.box(p);
                mv.visitTypeInsn(CHECKCAST, Type.getInternalName(box));
                mv.visitMethodInsn(
                        INVOKEVIRTUAL,
                        Type.getInternalName(box),
                        p.getName() + "Value",
                        "()" + Type.getDescriptor(p),
                        false);
            } else if (p != Object.class) {
                mv.visitTypeInsn(CHECKCAST, Type.getInternalName(p));
            }
        }
        mv.visitMethodInsn(INVOKESPECIAL, target, "<init>", Type.getConstructorDescriptor(ctor), false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
