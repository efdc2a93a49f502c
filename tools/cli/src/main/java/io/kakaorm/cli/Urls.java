package io.kakaorm.cli;

/** Database URLs as they may be shown: the password replaced by {@code ****}. */
final class Urls {
    private Urls() {}

    static String masked(String url) {
        if (url == null) {
            return null;
        }
        return url.replaceAll("(://[^:/@?#]+):[^@/?#]*@", "$1:****@").replaceAll("(?i)([?&]password=)[^&]*", "$1****");
    }
}
