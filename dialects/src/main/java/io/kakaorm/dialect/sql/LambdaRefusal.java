package io.kakaorm.dialect.sql;

import io.kakaorm.QueryTranslationException;
import io.kakaorm.spi.CallSite;

/**
 * A lambda construct that this database cannot compute exactly, refused while rendering (nothing is
 * sent): a {@link QueryTranslationException} naming the source line of the query's lambdas (the current
 * {@link CallSite}), as the decoder's own refusals do.
 */
public final class LambdaRefusal {
    private LambdaRefusal() {}

    /** The refusal of {@code construct} on {@code dialect}, with what to write instead. */
    public static QueryTranslationException of(String dialect, String construct, String hint) {
        String site = CallSite.current();
        String file = null;
        int line = -1;
        if (site != null) {
            String first = site.split(" and ")[0];
            int colon = first.lastIndexOf(':');
            if (colon > 0) {
                file = first.substring(0, colon);
                try {
                    line = Integer.parseInt(first.substring(colon + 1).trim());
                } catch (NumberFormatException e) {
                    file = first;
                }
            } else {
                file = first;
            }
        }
        return new QueryTranslationException(construct + " on " + dialect, hint, null, file, line);
    }
}
