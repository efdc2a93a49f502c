package io.kakaorm.vertx.internal.connect;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.dialect.Dialects;

/** Finds the dialect for a name. */
final class DialectLookup {
    private DialectLookup() {
    }

    static Dialect forName(String name) {
        return Dialects.forName(name);
    }
}
