package io.kakaorm.vertx.internal.query;

import io.kakaorm.dialect.Dialect;
import io.kakaorm.query.Projection;
import io.kakaorm.query.Select;
import io.kakaorm.query.SelectItem;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB/MySQL identifiers hold only the Basic Multilingual Plane (error 1300 for an emoji in an
 * alias). A {@link Projection.Rows} result is read by position and keyed by the names the caller gave,
 * so its SQL aliases may be anything: such names are sent as {@code a1, a2, …} instead.
 */
final class RowAliases {
    private RowAliases() {}

    static Select safe(Dialect dialect, Select select, Projection<?> projection) {
        Projection<?> read = projection instanceof Projection.Checked<?> c ? c.inner() : projection;
        if (!(read instanceof Projection.Rows) || dialect.features().supplementaryIdentifiers()) {
            return select;
        }
        List<SelectItem> items = select.items();
        boolean unsafe = false;
        for (SelectItem i : items) {
            if (i.alias() != null && i.alias().codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
                unsafe = true;
            }
        }
        if (!unsafe) {
            return select;
        }
        List<SelectItem> renamed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            renamed.add(new SelectItem(items.get(i).expr(), "a" + (i + 1)));
        }
        return select.withItems(renamed);
    }
}
