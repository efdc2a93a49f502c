package io.kakaorm.bench.jmh;

import io.kakaorm.meta.FieldAccessor;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generates a {@link RowAccess} for a model with ASM (already a dependency of kakaorm-dsl) and defines it
 * as a hidden class next to the model, so it can reach any field the model's own code can.
 */
final class RowAccessGenerator implements Opcodes {
    private RowAccessGenerator() {
    }

    /** The accessor for {@code fields} of {@code model}, column {@code i} being {@code fields.get(i)}. */
    static RowAccess of(Class<?> model, List<Field> fields) {
        String name = Type.getInternalName(model) + "$KkRowAccess";
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object",
                new String[] {Type.getInternalName(RowAccess.class)});
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        setter(cw, fields);
        getter(cw, fields);
        cw.visitEnd();
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(model, MethodHandles.lookup());
            Class<?> c = lookup.defineHiddenClass(cw.toByteArray(), true).lookupClass();
            return (RowAccess) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot define a row accessor for " + model, e);
        }
    }

    /** A {@link FieldAccessor} for one column over a shared {@link RowAccess} (a drop-in for FieldAccessors). */
    record Column(RowAccess access, int index) implements FieldAccessor {
        @Override
        public Object get(Object target) {
            return access.get(target, index);
        }

        @Override
        public void set(Object target, Object value) {
            access.set(target, index, value);
        }
    }

    private static void setter(ClassWriter cw, List<Field> fields) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "set", "(Ljava/lang/Object;ILjava/lang/Object;)V", null, null);
        mv.visitCode();
        Label[] cases = labels(fields.size());
        Label dflt = new Label();
        mv.visitVarInsn(ILOAD, 2);
        mv.visitTableSwitchInsn(0, fields.size() - 1, dflt, cases);
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Class<?> t = f.getType();
            mv.visitLabel(cases[i]);
            if (t.isPrimitive()) {
                Label notNull = new Label();
                mv.visitVarInsn(ALOAD, 3);
                mv.visitJumpInsn(IFNONNULL, notNull);
                mv.visitInsn(RETURN);
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
        outOfRange(mv, dflt);
    }

    private static void getter(ClassWriter cw, List<Field> fields) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "get", "(Ljava/lang/Object;I)Ljava/lang/Object;", null, null);
        mv.visitCode();
        Label[] cases = labels(fields.size());
        Label dflt = new Label();
        mv.visitVarInsn(ILOAD, 2);
        mv.visitTableSwitchInsn(0, fields.size() - 1, dflt, cases);
        for (int i = 0; i < fields.size(); i++) {
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
        outOfRange(mv, dflt);
    }

    private static void outOfRange(MethodVisitor mv, Label dflt) {
        mv.visitLabel(dflt);
        mv.visitTypeInsn(NEW, "java/lang/IndexOutOfBoundsException");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IndexOutOfBoundsException", "<init>", "()V", false);
        mv.visitInsn(ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static Label[] labels(int n) {
        Label[] l = new Label[n];
        for (int i = 0; i < n; i++) {
            l[i] = new Label();
        }
        return l;
    }

    private static Class<?> box(Class<?> p) {
        return p == int.class ? Integer.class : p == long.class ? Long.class : p == double.class ? Double.class
                : p == boolean.class ? Boolean.class : p == float.class ? Float.class : p == short.class ? Short.class
                : p == byte.class ? Byte.class : Character.class;
    }
}
