package vn.antt.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back as a reader sees it: its lines of text with their position and fonts, and the rules (thin
 * horizontal lines) drawn on its pages. Coordinates are points from the top-left corner of the page.
 */
public final class PdfPages {

    /** A run of text on one line: words closer than a wide gap, as one column of a page shows them. */
    public record Run(int page, String text, double x, double xEnd, double y, double size, Set<String> fonts) {

        public double width() {
            return xEnd - x;
        }

        public double centre() {
            return (x + xEnd) / 2;
        }

        public boolean bold() {
            return fonts.stream().allMatch(f -> f.contains("Bold"));
        }

        public boolean italic() {
            return fonts.stream().allMatch(f -> f.contains("Italic"));
        }

        public boolean regular() {
            return fonts.stream().allMatch(f -> f.endsWith("LiberationSerif") || f.endsWith("-Regular"));
        }
    }

    /** A thin horizontal shape drawn on a page (a border or a rule). */
    public record Rule(int page, double x, double xEnd, double y) {

        public double width() {
            return xEnd - x;
        }
    }

    private record Word(int page, String text, double x, double xEnd, double y, double size, Set<String> fonts) {
    }

    private final List<Run> runs = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> fonts = new LinkedHashSet<>();
    private final List<Double> pageWidths = new ArrayList<>();
    private final int pages;

    public PdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            List<Word> words = new ArrayList<>();
            new PDFTextStripper() {
                {
                    setSortByPosition(true);
                }

                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.isBlank() || positions.isEmpty()) {
                        return;
                    }
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    Set<String> fonts = new LinkedHashSet<>();
                    positions.stream().filter(p -> !p.getUnicode().isBlank())
                            .forEach(p -> fonts.add(p.getFont().getName()));
                    // the size on paper, to the half point (getFontSizeInPt truncates 10.99 to 10)
                    double size = Math.round(first.getXScale() * 2) / 2.0;
                    words.add(new Word(getCurrentPageNo() - 1, text, first.getXDirAdj(),
                            last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(), size, fonts));
                }
            }.getText(document);
            group(words);
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                pageWidths.add((double) page.getMediaBox().getWidth());
                new Shapes(page, i, rules).processPage(page);
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public int pages() {
        return pages;
    }

    public double pageWidth(int page) {
        return pageWidths.get(page);
    }

    public List<Run> runs() {
        return runs;
    }

    public List<Run> runsOn(int page) {
        return runs.stream().filter(r -> r.page() == page).toList();
    }

    /** The first run whose text is exactly {@code text}. */
    public Run run(String text) {
        return first(r -> r.text().equals(text), "a line \"" + text + "\"");
    }

    /** The first run whose text starts with {@code start}. */
    public Run runStarting(String start) {
        return first(r -> r.text().startsWith(start), "a line starting \"" + start + "\"");
    }

    public Run first(Predicate<Run> test, String what) {
        return runs.stream().filter(test).findFirst().orElseThrow(() -> new AssertionError("no " + what + " in "
                + runs.stream().map(Run::text).toList()));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The fonts of every page's resources, each "(not embedded)" when it is only named. */
    public Set<String> fonts() {
        return fonts;
    }

    private void group(List<Word> words) {
        TreeMap<String, List<Word>> lines = new TreeMap<>();
        for (Word word : words) {
            String key = String.format("%04d-%08.1f", word.page(), Math.round(word.y() * 2) / 2.0);
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(word);
        }
        for (List<Word> line : lines.values()) {
            line.sort(Comparator.comparingDouble(Word::x));
            List<Word> run = new ArrayList<>();
            for (Word word : line) {
                if (!run.isEmpty() && word.x() - run.get(run.size() - 1).xEnd() > word.size() * 1.5) {
                    runs.add(run(run));
                    run = new ArrayList<>();
                }
                run.add(word);
            }
            runs.add(run(run));
        }
    }

    private static Run run(List<Word> words) {
        StringBuilder text = new StringBuilder();
        Set<String> fonts = new LinkedHashSet<>();
        for (Word word : words) {
            text.append(text.isEmpty() ? "" : " ").append(word.text());
            fonts.addAll(word.fonts());
        }
        Word first = words.get(0);
        return new Run(first.page(), text.toString().strip(), first.x(), words.get(words.size() - 1).xEnd(),
                first.y(), first.size(), fonts);
    }

    /** Collects the thin horizontal shapes a page strokes or fills. */
    private static final class Shapes extends PDFGraphicsStreamEngine {

        private final int page;
        private final double height;
        private final List<Rule> rules;
        private final List<Point2D> path = new ArrayList<>();
        private Point2D current = new Point2D.Float();

        Shapes(PDPage page, int index, List<Rule> rules) {
            super(page);
            this.page = index;
            this.height = page.getMediaBox().getHeight();
            this.rules = rules;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.addAll(List.of(p0, p1, p2, p3));
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path.add(current);
        }

        @Override
        public void lineTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path.add(current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
            path.add(current);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() {
            record();
        }

        @Override
        public void fillPath(int windingRule) {
            record();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            record();
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void record() {
            if (!path.isEmpty()) {
                double minX = path.stream().mapToDouble(Point2D::getX).min().orElseThrow();
                double maxX = path.stream().mapToDouble(Point2D::getX).max().orElseThrow();
                double minY = path.stream().mapToDouble(Point2D::getY).min().orElseThrow();
                double maxY = path.stream().mapToDouble(Point2D::getY).max().orElseThrow();
                if (maxY - minY <= 2 && maxX - minX > 5) {
                    rules.add(new Rule(page, minX, maxX, height - (minY + maxY) / 2));
                }
            }
            path.clear();
        }
    }
}
