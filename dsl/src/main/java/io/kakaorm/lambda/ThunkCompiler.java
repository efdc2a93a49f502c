package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.*;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Type;

/** Turns {@link Thunk}s into {@link Eval}s that compute them from the captured values, via reflection. */
final class ThunkCompiler {
    /** Computes one row-independent value from the lambda's captured arguments. */
    @FunctionalInterface
    interface Eval {
        Object eval(Object[] captured) throws Throwable;
    }

    private final ClassLoader loader;

    ThunkCompiler(ClassLoader loader) {
        this.loader = loader;
    }

    /** The value of {@code thunk} seen as JVM type {@code desc}. */
    Eval compile(Thunk thunk, String desc) {
        Eval e = compile(thunk);
        if (thunk instanceof Thunk.Const) {
            Object v = coerce(((Thunk.Const) thunk).value(), desc);
            if (!(v instanceof Type)) {
                return c -> v;
            }
        }
        if (needsCoercion(desc)) {
            return c -> coerce(e.eval(c), desc);
        }
        return e;
    }

    private static boolean needsCoercion(String desc) {
        return desc.equals("Z")
                || desc.equals("C")
                || desc.equals("B")
                || desc.equals("S")
                || desc.equals("Ljava/lang/Boolean;")
                || desc.equals("Ljava/lang/Character;");
    }

    /** An int as the narrower JVM type {@code desc} (booleans and chars are ints in bytecode). */
    static Object coerce(Object v, String desc) {
        if (!(v instanceof Integer)) {
            return v;
        }
        int i = (Integer) v;
        switch (desc) {
            case "Z":
            case "Ljava/lang/Boolean;":
                return i != 0;
            case "C":
            case "Ljava/lang/Character;":
                return (char) i;
            case "B":
            case "Ljava/lang/Byte;":
                return (byte) i;
            case "S":
            case "Ljava/lang/Short;":
                return (short) i;
            default:
                return v;
        }
    }

    Eval compile(Thunk t) {
        if (t instanceof Thunk.Const) {
            Object v = ((Thunk.Const) t).value();
            Object value = v instanceof Type ? JvmTypes.load((Type) v, loader) : v;
            return c -> value;
        }
        if (t instanceof Thunk.Captured) {
            int i = ((Thunk.Captured) t).index();
            return c -> c[i];
        }
        if (t instanceof Thunk.GetStatic) {
            Thunk.GetStatic g = (Thunk.GetStatic) t;
            Field f = field(g.owner(), g.name());
            return c -> f.get(null);
        }
        if (t instanceof Thunk.GetField) {
            Thunk.GetField g = (Thunk.GetField) t;
            Field f = field(g.owner(), g.name());
            Eval target = compile(g.target());
            return c -> f.get(target.eval(c));
        }
        if (t instanceof Thunk.Invoke) {
            return invoke((Thunk.Invoke) t);
        }
        if (t instanceof Thunk.NewObject) {
            return newObject((Thunk.NewObject) t);
        }
        if (t instanceof Thunk.NewArray) {
            Thunk.NewArray a = (Thunk.NewArray) t;
            Class<?> component = JvmTypes.load(Type.getType(a.elementDesc()), loader);
            Eval[] elems = all(a.elements(), a.elementDesc());
            return c -> {
                Object arr = Array.newInstance(component, elems.length);
                for (int i = 0; i < elems.length; i++) {
                    Array.set(arr, i, elems[i].eval(c));
                }
                return arr;
            };
        }
        if (t instanceof Thunk.AsList) {
            Eval arr = compile(((Thunk.AsList) t).array());
            return c -> asList(arr.eval(c));
        }
        if (t instanceof Thunk.Binary) {
            Thunk.Binary b = (Thunk.Binary) t;
            Eval l = compile(b.left());
            Eval r = compile(b.right());
            int op = b.opcode();
            return c -> JvmArithmetic.binary(op, l.eval(c), r.eval(c));
        }
        if (t instanceof Thunk.Unary) {
            Thunk.Unary u = (Thunk.Unary) t;
            Eval x = compile(u.operand());
            int op = u.opcode();
            return c -> JvmArithmetic.unary(op, x.eval(c));
        }
        if (t instanceof Thunk.CheckCast) {
            Thunk.CheckCast k = (Thunk.CheckCast) t;
            Class<?> type = JvmTypes.load(Type.getObjectType(k.internalName()), loader);
            Eval x = compile(k.operand());
            return c -> type.cast(x.eval(c));
        }
        if (t instanceof Thunk.ArrayLoad) {
            Thunk.ArrayLoad a = (Thunk.ArrayLoad) t;
            Eval arr = compile(a.array());
            Eval idx = compile(a.index());
            return c -> Array.get(arr.eval(c), (Integer) idx.eval(c));
        }
        if (t instanceof Thunk.Concat) {
            Thunk.Concat k = (Thunk.Concat) t;
            Eval[] parts = new Eval[k.parts().size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = compile(k.parts().get(i), k.descs().get(i));
            }
            return c -> {
                StringBuilder sb = new StringBuilder();
                for (Eval p : parts) {
                    sb.append(p.eval(c));
                }
                return sb.toString();
            };
        }
        Thunk.Coerce k = (Thunk.Coerce) t;
        return compile(k.operand(), k.desc());
    }

    private static List<Object> asList(Object array) {
        if (array instanceof Object[]) {
            return Arrays.asList((Object[]) array);
        }
        int n = Array.getLength(array);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Array.get(array, i));
        }
        return out;
    }

    private Eval[] all(List<Thunk> thunks, String... descs) {
        Eval[] out = new Eval[thunks.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = descs.length == 1 ? compile(thunks.get(i), descs[0]) : compile(thunks.get(i), descs[i]);
        }
        return out;
    }

    private static String[] descriptors(Type[] types) {
        String[] out = new String[types.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = types[i].getDescriptor();
        }
        return out;
    }

    private Eval invoke(Thunk.Invoke k) {
        Class<?> owner = JvmTypes.load(Type.getObjectType(k.owner()), loader);
        Type[] params = Type.getArgumentTypes(k.desc());
        Class<?>[] types = new Class<?>[params.length];
        for (int i = 0; i < params.length; i++) {
            types[i] = JvmTypes.load(params[i], loader);
        }
        Method m = method(owner, k.name(), types);
        boolean isStatic = k.opcode() == INVOKESTATIC;
        List<Thunk> argThunks =
                isStatic ? k.args() : k.args().subList(1, k.args().size());
        Eval receiver = isStatic ? null : compile(k.args().get(0));
        Eval[] args = params.length == 0 ? new Eval[0] : all(argThunks, descriptors(params));
        return c -> {
            Object target = receiver == null ? null : receiver.eval(c);
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(c);
            }
            if (!isStatic && target == null) {
                throw new NullPointerException("Cannot invoke " + k.name() + "() on null in a query lambda");
            }
            try {
                return m.invoke(target, values);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }

    private Eval newObject(Thunk.NewObject k) {
        Class<?> owner = JvmTypes.load(Type.getObjectType(k.owner()), loader);
        Type[] params = Type.getArgumentTypes(k.desc());
        Class<?>[] types = new Class<?>[params.length];
        for (int i = 0; i < params.length; i++) {
            types[i] = JvmTypes.load(params[i], loader);
        }
        Constructor<?> ctor;
        try {
            ctor = owner.getDeclaredConstructor(types);
            ctor.trySetAccessible();
        } catch (NoSuchMethodException e) {
            throw new Reject("constructor of " + owner.getName() + " not found");
        }
        Eval[] args = params.length == 0 ? new Eval[0] : all(k.args(), descriptors(params));
        return c -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(c);
            }
            try {
                return ctor.newInstance(values);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }

    private Field field(String owner, String name) {
        Class<?> c = JvmTypes.load(Type.getObjectType(owner), loader);
        List<Class<?>> candidates = new ArrayList<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            candidates.add(k);
        }
        candidates.addAll(allInterfaces(c, new ArrayList<>()));
        for (Class<?> k : candidates) {
            try {
                Field f = k.getDeclaredField(name);
                f.trySetAccessible();
                return f;
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new Reject("field " + c.getName() + "." + name + " not found");
    }

    private static Method method(Class<?> owner, String name, Class<?>[] types) {
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            Method m = declared(c, name, types);
            if (m != null) {
                return m;
            }
        }
        for (Class<?> i : allInterfaces(owner, new ArrayList<>())) {
            Method m = declared(i, name, types);
            if (m != null) {
                return m;
            }
        }
        throw new Reject("method " + owner.getName() + "." + name + " not found");
    }

    private static Method declared(Class<?> c, String name, Class<?>[] types) {
        try {
            Method m = c.getDeclaredMethod(name, types);
            if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isPublic(c.getModifiers())) {
                if (!m.trySetAccessible()) {
                    return null;
                }
            }
            return m;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static List<Class<?>> allInterfaces(Class<?> c, List<Class<?>> out) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Class<?> i : k.getInterfaces()) {
                if (!out.contains(i)) {
                    out.add(i);
                    allInterfaces(i, out);
                }
            }
        }
        return out;
    }
}
