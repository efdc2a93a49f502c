package io.kakaorm.bench.jmh;

import static net.bytebuddy.matcher.ElementMatchers.named;

import io.kakaorm.meta.FieldAccessor;
import java.lang.reflect.Field;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.assign.TypeCasting;
import net.bytebuddy.implementation.bytecode.member.FieldAccess;
import net.bytebuddy.implementation.bytecode.member.MethodReturn;
import net.bytebuddy.implementation.bytecode.member.MethodVariableAccess;

/**
 * The alternative to {@code io.kakaorm.meta.FieldAccessors}: one generated class per field whose
 * {@code get}/{@code set} are a plain {@code getfield}/{@code putfield} with the cast and (un)boxing.
 * Public fields of public classes only (enough for the benchmark model).
 */
final class ByteBuddyAccessors {
    private ByteBuddyAccessors() {}

    static FieldAccessor of(Field field) {
        FieldDescription fd = new FieldDescription.ForLoadedField(field);
        TypeDescription owner = TypeDescription.ForLoadedType.of(field.getDeclaringClass());
        TypeDescription.Generic object = TypeDescription.Generic.OfNonGenericType.ForLoadedType.of(Object.class);
        StackManipulation getter = new StackManipulation.Compound(
                MethodVariableAccess.REFERENCE.loadFrom(1),
                TypeCasting.to(owner),
                FieldAccess.forField(fd).read(),
                Assigner.DEFAULT.assign(fd.getType(), object, Assigner.Typing.STATIC),
                MethodReturn.REFERENCE);
        StackManipulation setter = new StackManipulation.Compound(
                MethodVariableAccess.REFERENCE.loadFrom(1),
                TypeCasting.to(owner),
                MethodVariableAccess.REFERENCE.loadFrom(2),
                Assigner.DEFAULT.assign(object, fd.getType(), Assigner.Typing.DYNAMIC),
                FieldAccess.forField(fd).write(),
                MethodReturn.VOID);
        try {
            return new ByteBuddy()
                    .subclass(FieldAccessor.class)
                    .method(named("get"))
                    .intercept(new Implementation.Simple(getter))
                    .method(named("set"))
                    .intercept(new Implementation.Simple(setter))
                    .make()
                    .load(field.getDeclaringClass().getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
                    .getLoaded()
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot generate an accessor for " + field, e);
        }
    }
}
