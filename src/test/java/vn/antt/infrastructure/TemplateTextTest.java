package vn.antt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from messages.properties (after spring-petclinic's I18nPropertiesSyncTest): a template
 * may hold literal text only as a placeholder that th:text (or a fragment) replaces, and every message key a template
 * names exists.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b.*?</\\1>", Pattern.DOTALL);
    private static final Pattern TAG_THEN_TEXT = Pattern.compile("<((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");
    private static final Pattern REPLACES_BODY = Pattern.compile("\\bth:(text|utext|replace|insert|errors)=");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)=\"([^\"]*)\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = SCRIPT_OR_STYLE.matcher(COMMENT.matcher(Files.readString(template)).replaceAll(""))
                    .replaceAll("");
            Matcher node = TAG_THEN_TEXT.matcher(html);
            while (node.find()) {
                String tag = node.group(1);
                String text = node.group(2).strip();
                boolean placeholder = !tag.startsWith("/") && REPLACES_BODY.matcher(tag).find();
                if (LETTER.matcher(text).find() && !placeholder && !tag.startsWith("!")) {
                    literals.add(TEMPLATES.relativize(template) + ": \"" + text + "\"");
                }
                Matcher attribute = LITERAL_ATTRIBUTE.matcher(tag);
                while (attribute.find()) {
                    if (LETTER.matcher(attribute.group(2)).find()) {
                        literals.add(TEMPLATES.relativize(template) + ": " + attribute.group());
                    }
                }
            }
        }
        assertThat(literals).as("literal text in templates; use th:text=\"#{key}\"").isEmpty();
    }

    @Test
    void everyMessageKeyThatATemplateNamesExists() throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!messages.containsKey(key.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).as("message keys missing from messages.properties").isEmpty();
    }

    @Test
    void theCheckFindsLiteralText() {
        Matcher node = TAG_THEN_TEXT.matcher("<p class=\"lead\">Xin chào</p>");
        assertThat(node.find()).isTrue();
        assertThat(REPLACES_BODY.matcher(node.group(1)).find()).isFalse();
        assertThat(LETTER.matcher(node.group(2)).find()).isTrue();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).isNotEmpty();
            return templates;
        }
    }
}
