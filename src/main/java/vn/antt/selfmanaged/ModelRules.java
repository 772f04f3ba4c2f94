package vn.antt.selfmanaged;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.antt.infrastructure.history.ClosedYears;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.selfmanaged.internal.SelfManagedModelRepository;

/**
 * What a model's details must keep beyond the shape of each field: one model of a name in a commune, a founding day
 * not in the future and not inside a closed year (nor moved out of one). The form and the Excel import both ask here,
 * so that what one accepts the other accepts too.
 */
@Component
class ModelRules {

    private final SelfManagedModelRepository models;
    private final ClosedYears closedYears;
    private final Clock clock;

    ModelRules(SelfManagedModelRepository models, ClosedYears closedYears, Clock clock) {
        this.models = models;
        this.closedYears = closedYears;
        this.clock = clock;
    }

    /** Every rule {@code details} break, by form field; {@code existing} is the model being edited (null: new). */
    List<FieldProblem> problems(SelfManagedModel.Details details, SelfManagedModel existing) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate founded = details.foundedOn();
        if (founded != null && founded.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("foundedOn", "date.future"));
        }
        else if (founded != null && (existing == null || !founded.equals(existing.getFoundedOn()))) {
            // a founding day inside a closed year, or moved out of one, would rewrite that year
            int lastClosed = closedYears.lastClosed();
            if (!ClosedYears.isAfterClosedYears(founded, lastClosed)
                    || existing != null && !ClosedYears.isAfterClosedYears(existing.getFoundedOn(), lastClosed)) {
                problems.add(new FieldProblem("foundedOn", "history.date.closedYear"));
            }
        }
        if (details.name() != null && details.commune() != null && models.nameTaken(details.commune().getId(),
                details.name(), existing == null ? 0 : existing.getId())) {
            problems.add(new FieldProblem("name", "model.name.taken"));
        }
        return problems;
    }

    /** Refuses {@code details} with the first rule they break. */
    void require(SelfManagedModel.Details details, SelfManagedModel existing) {
        List<FieldProblem> problems = problems(details, existing);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }
}
