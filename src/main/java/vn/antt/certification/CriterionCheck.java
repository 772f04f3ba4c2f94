package vn.antt.certification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code check} of a criterion (domain §4): {@code MANUAL} | {@code COMPUTED:<rule>} |
 * {@code MANUAL+COMPUTED:<rule>} | {@code MANUAL+HINT:<rule>}, a rule being {@code <METRIC>>=<number>} joined by
 * {@code ;} (all must hold).
 *
 * @param manual whether the officer self-assesses it and the appraiser finds on it
 * @param mode   what the rules do: nothing, decide (COMPUTED), or only inform (HINT)
 */
public record CriterionCheck(boolean manual, Mode mode, List<Rule> rules) {

    public enum Mode { NONE, COMPUTED, HINT }

    /** A metric and the least value it must reach. */
    public record Rule(Metric metric, BigDecimal atLeast) {

        public boolean holds(Figure figure) {
            return figure.value().compareTo(atLeast) >= 0;
        }
    }

    /** @throws IllegalArgumentException with the part that does not follow the grammar */
    public static CriterionCheck parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty check");
        }
        String rest = text.strip();
        boolean manual = false;
        if (rest.equals("MANUAL")) {
            return new CriterionCheck(true, Mode.NONE, List.of());
        }
        if (rest.startsWith("MANUAL+")) {
            manual = true;
            rest = rest.substring("MANUAL+".length());
        }
        Mode mode;
        if (rest.startsWith("COMPUTED:")) {
            mode = Mode.COMPUTED;
        }
        else if (rest.startsWith("HINT:") && manual) {
            mode = Mode.HINT;
        }
        else {
            throw new IllegalArgumentException(text);
        }
        List<Rule> rules = new ArrayList<>();
        for (String rule : rest.substring(rest.indexOf(':') + 1).split(";")) {
            int operator = rule.indexOf(">=");
            if (operator <= 0) {
                throw new IllegalArgumentException(rule);
            }
            try {
                rules.add(new Rule(Metric.valueOf(rule.substring(0, operator).strip()),
                        new BigDecimal(rule.substring(operator + 2).strip())));
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(rule, ex);
            }
        }
        return new CriterionCheck(manual, mode, List.copyOf(rules));
    }

    /** Whether the rules decide the criterion (a failing one blocks the conclusion "met"). */
    public boolean decides() {
        return mode == Mode.COMPUTED;
    }
}
