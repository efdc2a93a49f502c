package io.kakaorm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Help.Ansi;

/** What the command knows about where it prints: colour and questions only on a terminal. */
final class Terminal {
    private Terminal() {}

    static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    static Ansi ansi() {
        return interactive() && System.getenv("NO_COLOR") == null ? Ansi.ON : Ansi.OFF;
    }

    /** {@code text} in a colour ({@code green}, {@code red}, {@code yellow}, {@code bold}) on a terminal, plain otherwise. */
    static String color(String style, String text) {
        return ansi().string("@|" + style + " " + text.replace("|@", "| @") + "|@");
    }

    /** Asks a yes/no question on the terminal; {@code false} when there is no terminal. */
    static boolean ask(String question) {
        if (!interactive()) {
            return false;
        }
        System.out.print(question + " [y/N] ");
        System.out.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line != null && line.trim().toLowerCase().startsWith("y");
        } catch (IOException e) {
            return false;
        }
    }
}
