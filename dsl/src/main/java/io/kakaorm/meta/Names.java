package io.kakaorm.meta;

/** The naming rule of models: Java names to snake_case SQL names. */
public final class Names {
    private Names() {}

    /** {@code BlogPost} → {@code blog_post}, {@code authorId} → {@code author_id}, {@code HTTPCode} → {@code http_code}. */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0
                        && (Character.isLowerCase(javaName.charAt(i - 1)) || Character.isDigit(javaName.charAt(i - 1)));
                boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                boolean prevUpper = i > 0 && Character.isUpperCase(javaName.charAt(i - 1));
                if (out.length() > 0 && (prevLower || (prevUpper && nextLower))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
