package io.kakaorm.lambda;

import io.kakaorm.expr.Param;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;

/** Temporary parameter slots of one decoding: equal thunks of equal type share a slot. */
final class ParamRegistry {
    /** A thunk as seen with one JVM type. */
    record Entry(Thunk thunk, String desc) {}

    private final Map<Entry, Integer> slots = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    int slot(Thunk thunk, Type type) {
        Entry e = new Entry(thunk, type == null ? "Ljava/lang/Object;" : type.getDescriptor());
        return slots.computeIfAbsent(e, k -> {
            entries.add(k);
            return entries.size() - 1;
        });
    }

    Param param(Thunk thunk, Type type) {
        return new Param(slot(thunk, type), JvmTypes.columnType(type));
    }

    Entry entry(int slot) {
        return entries.get(slot);
    }
}
