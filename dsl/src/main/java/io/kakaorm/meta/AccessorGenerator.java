package io.kakaorm.meta;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generates one {@link RowAccess} class per model with ASM and defines it as a hidden nestmate of the model
 * (through the model's own {@code privateLookupIn} lookup), so it reaches package-private models, fields and
 * constructors in any class loader. Fields the generated class could not reach (a package-private or
 * protected field of a superclass in another package) and models whose lookup is refused (a module that
 * does not open the package, a lookup without full privilege) are left to the MethodHandle accessors
 * ({@link FieldAccessors}). BENCHMARKS.md (workload 4) has the measurement: 2.5–2.9× faster than the
 * MethodHandles when hydrating a row.
 */
final class AccessorGenerator implements Opcodes {
    private static final String ACCESS = Type.getInternalName(RowAccess.class);
    private static final String SOURCE = Type.getInternalName(ColumnSource.class);

    /**
     * What was generated for a model.
     *
     * @param access    the generated accessor
     * @param reachable per field (same order as given), whether {@code access} handles it
     * @param creates   whether {@link RowAccess#newInstance()} is generated
     */
    record Generated(RowAccess access, boolean[] reachable, boolean creates) {}

    private AccessorGenerator() {}

    /** The accessor for {@code fields} of {@code model} (field {@code i} at index {@code i}), or {@code null}. */
    static Generated generate(Class<?> model, List<Field> fields) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(model, MethodHandles.lookup());
            Module self = AccessorGenerator.class.getModule();
            if (self.isNamed()
                    && model.getModule() != self) { // the class defined in the model's module implements RowAccess
                self.addExports(AccessorGenerator.class.getPackageName(), model.getModule());
            }
            boolean[] reachable = new boolean[fields.size()];
            for (int i = 0; i < reachable.length; i++) {
                reachable[i] = reachable(model, fields.get(i));
            }
            boolean creates = creatable(model);
            byte[] bytes = bytes(model, fields, reachable, creates);
            Class<?> c = lookup.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE)
                    .lookupClass();
            RowAccess access = (RowAccess)
                    lookup.findConstructor(c, MethodType.methodType(void.class)).invoke();
            return new Generated(access, reachable, creates);
        } catch (Throwable e) { // IllegalAccessException, LinkageError, a security manager: keep the MethodHandles
            if (e instanceof VirtualMachineError v) {
                throw v;
            }
            return null;
        }
    }

    private static boolean reachable(Class<?> model, Field f) {
        Class<?> owner = f.getDeclaringClass();
        int m = f.getModifiers();
        if (Modifier.isPrivate(m) || Modifier.isFinal(m) || Modifier.isStatic(m)) {
            return false;
        }
        boolean samePackage = samePackage(model, owner);
        boolean ownerOk = owner == model || samePackage || publicClass(owner);
        boolean fieldOk = owner == model || samePackage || Modifier.isPublic(m);
        Class<?> t = f.getType();
        boolean typeOk =
                t.isPrimitive() || t.isArray() ? typeReachable(model, t) : publicClass(t) || samePackage(model, t);
        return ownerOk && fieldOk && typeOk;
    }

    private static boolean typeReachable(Class<?> model, Class<?> t) {
        Class<?> c = t;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return c.isPrimitive() || publicClass(c) || samePackage(model, c);
    }

    private static boolean creatable(Class<?> model) {
        try {
            model.getDeclaredConstructor();
            return !Modifier.isAbstract(model.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean publicClass(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePackage(Class<?> a, Class<?> b) {
        return a.getClassLoader() == b.getClassLoader() && a.getPackageName().equals(b.getPackageName());
    }

    private static byte[] bytes(Class<?> model, List<Field> fields, boolean[] reachable, boolean creates) {
        String name = Type.getInternalName(model) + "$KkAccess";
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return "java/lang/Object"; // frames only merge at returns/throws here; never load classes
            }
        };
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", new String[] {ACCESS});
        noArgConstructor(cw);
        setter(cw, fields, reachable);
        filler(cw, fields, reachable);
        getter(cw, fields, reachable);
        creator(cw, model, creates);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void creator(ClassWriter cw, Class<?> model, boolean creates) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "newInstance", "()Ljava/lang/Object;", null, null);
        mv.visitCode();
        if (creates) {
            String owner = Type.getInternalName(model);
            mv.visitTypeInsn(NEW, owner);
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, owner, "<init>", "()V", false);
            mv.visitInsn(ARETURN);
        } else {
            throwNew(mv, "java/lang/UnsupportedOperationException");
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void setter(ClassWriter cw, List<Field> fields, boolean[] reachable) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "set", "(Ljava/lang/Object;ILjava/lang/Object;)V", null, null);
        mv.visitCode();
        Label dflt = new Label();
        Label[] cases = cases(fields.size(), reachable, dflt);
        mv.visitVarInsn(ILOAD, 2);
        if (!fields.isEmpty()) {
            mv.visitTableSwitchInsn(0, fields.size() - 1, dflt, cases);
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!reachable[i]) {
                continue;
            }
            Field f = fields.get(i);
            Class<?> t = f.getType();
            mv.visitLabel(cases[i]);
            if (t.isPrimitive()) {
                Label notNull = new Label();
                mv.visitVarInsn(ALOAD, 3);
                mv.visitJumpInsn(IFNONNULL, notNull);
                mv.visitInsn(RETURN); // a NULL cannot reach a primitive; keep the Java default
                mv.visitLabel(notNull);
            }
            String owner = Type.getInternalName(f.getDeclaringClass());
            mv.visitVarInsn(ALOAD, 1);
            mv.visitTypeInsn(CHECKCAST, owner);
            mv.visitVarInsn(ALOAD, 3);
            if (t.isPrimitive()) {
                String box = Type.getInternalName(box(t));
                mv.visitTypeInsn(CHECKCAST, box);
                mv.visitMethodInsn(INVOKEVIRTUAL, box, t.getName() + "Value", "()" + Type.getDescriptor(t), false);
            } else {
                mv.visitTypeInsn(CHECKCAST, Type.getInternalName(t));
            }
            mv.visitFieldInsn(PUTFIELD, owner, f.getName(), Type.getDescriptor(t));
            mv.visitInsn(RETURN);
        }
        mv.visitLabel(dflt);
        throwNew(mv, "java/lang/IndexOutOfBoundsException");
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** A public no-arg constructor calling {@code Object()}: what a generated class is created through. */
    static void noArgConstructor(ClassWriter cw) {
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
    }

    /**
     * {@code fill(target, source)}: {@code set(target, i, source.column(i))} for every reachable field, written
     * out one after the other (no switch, one call per row for a mapper).
     */
    private static void filler(ClassWriter cw, List<Field> fields, boolean[] reachable) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "fill", "(Ljava/lang/Object;L" + SOURCE + ";)V", null, null);
        mv.visitCode();
        for (int i = 0; i < fields.size(); i++) {
            if (!reachable[i]) {
                continue;
            }
            Field f = fields.get(i);
            Class<?> t = f.getType();
            String owner = Type.getInternalName(f.getDeclaringClass());
            Label next = new Label();
            mv.visitVarInsn(ALOAD, 2);
            mv.visitIntInsn(SIPUSH, i);
            mv.visitMethodInsn(INVOKEINTERFACE, SOURCE, "column", "(I)Ljava/lang/Object;", true);
            mv.visitVarInsn(ASTORE, 3);
            if (t.isPrimitive()) {
                mv.visitVarInsn(ALOAD, 3);
                mv.visitJumpInsn(IFNULL, next); // a NULL cannot reach a primitive; keep the Java default
            }
            mv.visitVarInsn(ALOAD, 1);
            mv.visitTypeInsn(CHECKCAST, owner);
            mv.visitVarInsn(ALOAD, 3);
            if (t.isPrimitive()) {
                String box = Type.getInternalName(box(t));
                mv.visitTypeInsn(CHECKCAST, box);
                mv.visitMethodInsn(INVOKEVIRTUAL, box, t.getName() + "Value", "()" + Type.getDescriptor(t), false);
            } else {
                mv.visitTypeInsn(CHECKCAST, Type.getInternalName(t));
            }
            mv.visitFieldInsn(PUTFIELD, owner, f.getName(), Type.getDescriptor(t));
            mv.visitLabel(next);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void getter(ClassWriter cw, List<Field> fields, boolean[] reachable) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "get", "(Ljava/lang/Object;I)Ljava/lang/Object;", null, null);
        mv.visitCode();
        Label dflt = new Label();
        Label[] cases = cases(fields.size(), reachable, dflt);
        mv.visitVarInsn(ILOAD, 2);
        if (!fields.isEmpty()) {
            mv.visitTableSwitchInsn(0, fields.size() - 1, dflt, cases);
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!reachable[i]) {
                continue;
            }
            Field f = fields.get(i);
            Class<?> t = f.getType();
            String owner = Type.getInternalName(f.getDeclaringClass());
            mv.visitLabel(cases[i]);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitTypeInsn(CHECKCAST, owner);
            mv.visitFieldInsn(GETFIELD, owner, f.getName(), Type.getDescriptor(t));
            if (t.isPrimitive()) {
                String box = Type.getInternalName(box(t));
                mv.visitMethodInsn(INVOKESTATIC, box, "valueOf", "(" + Type.getDescriptor(t) + ")L" + box + ";", false);
            }
            mv.visitInsn(ARETURN);
        }
        mv.visitLabel(dflt);
        throwNew(mv, "java/lang/IndexOutOfBoundsException");
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static Label[] cases(int n, boolean[] reachable, Label dflt) {
        Label[] l = new Label[n];
        for (int i = 0; i < n; i++) {
            l[i] = reachable[i] ? new Label() : dflt;
        }
        return l;
    }

    private static void throwNew(MethodVisitor mv, String exception) {
        mv.visitTypeInsn(NEW, exception);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, exception, "<init>", "()V", false);
        mv.visitInsn(ATHROW);
    }

    private static Class<?> box(Class<?> p) {
        return JavaTypes.box(p);
    }
}
