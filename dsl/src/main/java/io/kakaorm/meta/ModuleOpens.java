package io.kakaorm.meta;

import io.kakaorm.ModuleAccessException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Member;

/**
 * Checks, before KakaORM reads a user's class reflectively, that the class's module opens its package to the
 * dsl module (the one that does the reflection), and otherwise throws a {@link ModuleAccessException} giving
 * the exact {@code opens} line. On the class path (the unnamed module) every package is open.
 */
public final class ModuleOpens {
    private static final Module SELF = ModuleOpens.class.getModule();

    private ModuleOpens() {}

    /**
     * @param type the class about to be read
     * @param why  what KakaORM was about to do, as {@code "read the fields of"}
     * @throws ModuleAccessException when {@code type}'s package is not open to the dsl module
     */
    public static void require(Class<?> type, String why) {
        Module m = type.getModule();
        String pkg = type.getPackageName();
        if (m.isOpen(pkg, SELF)) {
            if (m.isNamed() && SELF.isNamed()) {
                SELF.addReads(m); // method handles on its classes (core reflection needs no read edge)
            }
            return;
        }
        String target = SELF.isNamed() ? SELF.getName() : "ALL-UNNAMED";
        throw new ModuleAccessException(type, "opens " + pkg + " to " + target + ";", why);
    }

    /**
     * Makes {@code member} accessible from the dsl module; the holder (any module) may then call it.
     *
     * @param why what KakaORM was about to do, as {@code "call the canonical constructor of"}
     * @throws ModuleAccessException when it is not accessible because its package is not open to the dsl
     */
    public static <A extends AccessibleObject & Member> void setAccessible(A member, String why) {
        if (!member.trySetAccessible()) {
            require(member.getDeclaringClass(), why);
            member.setAccessible(true); // open yet refused: throws the JDK's own reason
        }
    }

    /** Whether {@code type}'s package is open to the dsl module. */
    public static boolean isOpen(Class<?> type) {
        return type.getModule().isOpen(type.getPackageName(), SELF);
    }
}
