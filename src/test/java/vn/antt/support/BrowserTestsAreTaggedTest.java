package vn.antt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every test class that drives a browser is tagged {@code browser}, so that Failsafe runs it in {@code ./mvnw verify}
 * and {@code ./mvnw test} stays quick without one; an untagged one would run in both phases' wrong place.
 */
class BrowserTestsAreTaggedTest {

    @Test
    void everyClassThatOpensABrowserIsTagged() throws IOException {
        List<Path> untagged;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            untagged = files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                String source = read(file);
                return source.contains("new " + "Browser(") && !source.contains("@Tag(\"browser\")");
            }).toList();
        }
        assertThat(untagged).as("browser tests without @Tag(\"browser\")").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
