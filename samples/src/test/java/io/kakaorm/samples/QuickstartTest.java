package io.kakaorm.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.samples.quickstart.Quickstart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {
    @Test
    void quickstart_printsTheSeedsLines() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertEquals(
                "1 Try KakaORM false\n[<Task id=1>]\n",
                out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }
}
