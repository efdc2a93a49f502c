package io.kakaorm.lambda;

import io.kakaorm.Filter;
import io.kakaorm.lambda.testmodel.Post;

/** Defined a second time as a hidden class by {@link ClassLoadersTest}. */
public final class HiddenHost {
    private HiddenHost() {}

    public static Filter<Post> filter(int min) {
        return p -> p.views > min;
    }
}
