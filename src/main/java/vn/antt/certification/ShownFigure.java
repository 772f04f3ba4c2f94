package vn.antt.certification;

import java.time.Instant;

/**
 * A computed figure as a dossier shows it: the one it was judged on (kept at a {@code moment}, null while the figure
 * is live), and today's figure from the registry when that differs ("hiện nay", never in place of the kept one).
 */
public record ShownFigure(Figure figure, FigureMoment moment, Instant takenAt, Figure current) {

    static ShownFigure live(Figure figure) {
        return new ShownFigure(figure, null, null, null);
    }

    static ShownFigure kept(DossierFigure kept, Figure today) {
        Figure figure = kept.figure();
        boolean same = figure.part() == today.part() && figure.whole() == today.whole();
        return new ShownFigure(figure, kept.getMoment(), kept.getTakenAt(), same ? null : today);
    }

    public boolean isKept() {
        return moment != null;
    }
}
