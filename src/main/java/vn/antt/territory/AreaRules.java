package vn.antt.territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.antt.infrastructure.history.ClosedYears;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.territory.internal.ResidentialAreaRepository;

/**
 * What a khu dân cư's details must keep beyond the shape of each field: one current khu dân cư of a name in a
 * commune, a "từ ngày" not in the future and not inside a closed year (nor moved out of one). The form and the Excel
 * import both ask here, so that what one accepts the other accepts too.
 */
@Component
class AreaRules {

    private final ResidentialAreaRepository areas;
    private final ClosedYears closedYears;
    private final Clock clock;

    AreaRules(ResidentialAreaRepository areas, ClosedYears closedYears, Clock clock) {
        this.areas = areas;
        this.closedYears = closedYears;
        this.clock = clock;
    }

    /**
     * Every rule {@code details} break, by form field, for a khu dân cư of {@code communeId}; {@code existing} is the
     * one being edited (null: new). An empty "từ ngày" keeps the date it had, or means today for a new one.
     */
    List<FieldProblem> problems(long communeId, ResidentialArea.Details details, ResidentialArea existing) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = details.validFrom();
        if (from != null && (existing == null || !from.equals(existing.getValidFrom()))) {
            int lastClosed = closedYears.lastClosed();
            if (!ClosedYears.isAfterClosedYears(from, lastClosed)
                    || existing != null && !ClosedYears.isAfterClosedYears(existing.getValidFrom(), lastClosed)) {
                problems.add(new FieldProblem("validFrom", "history.date.closedYear"));
            }
            else if (from.isAfter(LocalDate.now(clock))) {
                problems.add(new FieldProblem("validFrom", "date.future"));
            }
        }
        if (details.name() != null && (existing == null || !existing.isArchived())
                && areas.currentNameTaken(communeId, details.name(), existing == null ? 0 : existing.getId())) {
            problems.add(new FieldProblem("name", "area.name.taken"));
        }
        return problems;
    }

    /** Refuses {@code details} with the first rule they break. */
    void require(long communeId, ResidentialArea.Details details, ResidentialArea existing) {
        List<FieldProblem> problems = problems(communeId, details, existing);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }
}
