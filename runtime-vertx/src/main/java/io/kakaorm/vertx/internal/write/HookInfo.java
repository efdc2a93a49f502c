package io.kakaorm.vertx.internal.write;

import io.kakaorm.Model;
import io.kakaorm.spi.ModelState.Hook;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which after-hooks a model class overrides (read once per class). A save/delete outside a user
 * transaction is wrapped in a transaction only when its after-hook is overridden, so a failing
 * after-hook leaves nothing behind while plain models pay no BEGIN/COMMIT.
 */
final class HookInfo {
    private static final ClassValue<Set<Hook>> OVERRIDDEN = new ClassValue<>() {
        @Override
        protected Set<Hook> computeValue(Class<?> type) {
            Set<Hook> out = EnumSet.noneOf(Hook.class);
            for (Class<?> c = type; c != null && c != Model.class; c = c.getSuperclass()) {
                for (Hook h : Hook.values()) {
                    try {
                        c.getDeclaredMethod(methodName(h));
                        out.add(h);
                    } catch (NoSuchMethodException e) {
                        // not declared here
                    }
                }
            }
            return out;
        }
    };

    private HookInfo() {}

    static boolean overrides(Class<?> model, Hook hook) {
        return OVERRIDDEN.get(model).contains(hook);
    }

    private static String methodName(Hook h) {
        return switch (h) {
            case BEFORE_INSERT -> "beforeInsert";
            case AFTER_INSERT -> "afterInsert";
            case BEFORE_UPDATE -> "beforeUpdate";
            case AFTER_UPDATE -> "afterUpdate";
            case BEFORE_DELETE -> "beforeDelete";
            case AFTER_DELETE -> "afterDelete";
        };
    }
}
