package vn.antt.infrastructure.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

/** How wide a line of Liberation Serif is on paper, in points: the same font files the PDF embeds. */
final class TextWidths {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);
    private static final Font REGULAR = load("LiberationSerif-Regular.ttf");
    private static final Font BOLD = load("LiberationSerif-Bold.ttf");

    private TextWidths() {
    }

    static double of(String text, boolean bold, double size) {
        Font font = (bold ? BOLD : REGULAR).deriveFont((float) size);
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    private static Font load(String file) {
        try (InputStream in = new ClassPathResource("liberation/" + file).getInputStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (FontFormatException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
