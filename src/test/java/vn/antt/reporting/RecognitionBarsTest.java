package vn.antt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The recognition chart draws only what the scope has to count; one bar left is shown as its figure. */
class RecognitionBarsTest {

    @Test
    void aBarOfNothingIsLeftOutAndItsOrderStays() {
        assertThat(figures(new Share(1, 1), new Share(6, 10), new Share(0, 0)).recognitionBars())
                .extracting(YearEndFigures.Bar::labelKey).containsExactly("home.chart.communes", "home.chart.areas");
        assertThat(figures(new Share(1, 1), new Share(0, 0), new Share(0, 0)).recognitionBars())
                .containsExactly(new YearEndFigures.Bar("home.chart.communes", new Share(1, 1)));
        assertThat(figures(new Share(0, 0), new Share(0, 0), new Share(0, 0)).recognitionBars()).isEmpty();
    }

    @Test
    void theStatesChartListsTheStatesInTheWorkflowsOrder() {
        List<YearEndFigures.StateCount> states = List.of(new YearEndFigures.StateCount("RECOGNIZED", 82),
                new YearEndFigures.StateCount("DRAFT", 16), new YearEndFigures.StateCount("SUBMITTED", 13));
        assertThat(figures(new Share(0, 0), new Share(0, 0), new Share(0, 0), states).dossierStatesInOrder())
                .extracting(YearEndFigures.StateCount::state).containsExactly("DRAFT", "SUBMITTED", "RECOGNIZED");
    }

    private static YearEndFigures figures(Share communes, Share areas, Share organizations) {
        return figures(communes, areas, organizations, List.of());
    }

    private static YearEndFigures figures(Share communes, Share areas, Share organizations,
                                          List<YearEndFigures.StateCount> states) {
        return new YearEndFigures(2023, "Phường Ninh Thủy", "22567", BigDecimal.valueOf(95), false, communes, areas,
                organizations, List.of(), new Share(0, 0), null, List.of(), List.of(), List.of(), List.of(), states,
                List.of(), List.of(), null, null, null, null, null);
    }
}
