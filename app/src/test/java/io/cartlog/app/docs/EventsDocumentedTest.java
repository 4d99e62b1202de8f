package io.cartlog.app.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The verification snippet of {@code docs/events.md} is the code the webhook tests verify deliveries with. */
class EventsDocumentedTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "events.md");
    private static final Path VERIFIER = Path.of("src", "test", "java", "io", "cartlog", "app", "support",
            "StandardWebhookVerifier.java");

    @Test
    void theDocumentedSnippetIsTheTestedOne() throws IOException {
        String source = Files.readString(VERIFIER);
        String snippet = source.substring(source.indexOf("(begin) ---") + "(begin) ---".length(),
                source.indexOf("    // --- docs/events.md: verifying a delivery (end)"));

        assertThat(unindented(Files.readString(DOCUMENT))).contains(unindented(snippet).strip());
    }

    private static String unindented(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).collect(Collectors.joining("\n"));
    }
}
