package vn.antt.infrastructure.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a heading into as few lines as fit a column, the lines as even as possible and never one word alone on a
 * line when the words allow it ("ỦY BAN NHÂN DÂN / THỊ XÃ NINH HÒA", not "ỦY BAN NHÂN DÂN THỊ XÃ NINH / HÒA").
 */
final class BalancedLines {

    private BalancedLines() {
    }

    /** The lines of {@code text}; each of its own lines (a typed line break) is kept and broken further if too long. */
    static List<String> of(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String block : text.strip().split("\\s*\\R\\s*")) {
            if (!block.isBlank()) {
                lines.addAll(block(block.strip().split("\\s+"), maxWidth, width));
            }
        }
        return lines;
    }

    private static List<String> block(String[] words, double maxWidth, ToDoubleFunction<String> width) {
        int n = words.length;
        for (int count = 1; count <= n; count++) {
            int minWords = n >= 2 * count ? 2 : 1;
            List<String> best = best(words, count, minWords, maxWidth, width);
            if (best != null) {
                return best;
            }
        }
        return List.of(String.join(" ", words));
    }

    /** The split into {@code count} lines whose widest line is narrowest, or null when no such split fits. */
    private static List<String> best(String[] words, int count, int minWords, double maxWidth,
                                     ToDoubleFunction<String> width) {
        int n = words.length;
        // widest[k][i]: the narrowest possible widest line when the first i words make k lines
        double[][] widest = new double[count + 1][n + 1];
        int[][] cut = new int[count + 1][n + 1];
        for (double[] row : widest) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        widest[0][0] = 0;
        for (int k = 1; k <= count; k++) {
            for (int i = 1; i <= n; i++) {
                for (int j = k - 1; j <= i - minWords; j++) {
                    if (widest[k - 1][j] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double line = width.applyAsDouble(String.join(" ", Arrays.copyOfRange(words, j, i)));
                    double candidate = Math.max(widest[k - 1][j], line);
                    if (line <= maxWidth && candidate < widest[k][i]) {
                        widest[k][i] = candidate;
                        cut[k][i] = j;
                    }
                }
            }
        }
        if (widest[count][n] == Double.POSITIVE_INFINITY) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (int k = count, i = n; k > 0; i = cut[k][i], k--) {
            lines.add(0, String.join(" ", Arrays.copyOfRange(words, cut[k][i], i)));
        }
        return lines;
    }
}
