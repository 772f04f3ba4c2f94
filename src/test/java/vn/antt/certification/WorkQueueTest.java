package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.antt.certification.internal.DossierRepository;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;

class WorkQueueTest {

    private final EvaluationYear year = new EvaluationYear(2023, null, new EvaluationYear.Details(BigDecimal.TEN,
            LocalDate.of(2023, 3, 31), LocalDate.of(2023, 11, 15), LocalDate.of(2023, 12, 10),
            LocalDate.of(2023, 12, 25)));
    private final List<DossierRepository.StateCount> counts = List.of(
            count(DossierState.DRAFT, SubjectKind.RESIDENTIAL_AREA, 3),
            count(DossierState.DRAFT, SubjectKind.COMMUNE, 1),
            count(DossierState.SUBMITTED, SubjectKind.RESIDENTIAL_AREA, 2),
            count(DossierState.SUBMITTED, SubjectKind.COMMUNE, 5),
            count(DossierState.APPRAISED, SubjectKind.COMMUNE, 4));

    @Test
    void eachRoleSeesWhatWaitsForIt() {
        assertThat(WorkQueue.of(user(Role.COMMUNE_OFFICER), year, counts, LocalDate.of(2023, 11, 1)))
                .extracting(WorkQueue.Item::messageKey, WorkQueue.Item::count, WorkQueue.Item::overdue)
                .containsExactly(tuple("queue.prepare", 4L, false), tuple("queue.appraiseAreas", 2L, false));
        assertThat(WorkQueue.of(user(Role.APPRAISER), year, counts, LocalDate.of(2023, 11, 1)))
                .extracting(WorkQueue.Item::messageKey, WorkQueue.Item::count)
                .containsExactly(tuple("queue.appraiseCommunes", 5L));
        assertThat(WorkQueue.of(user(Role.STEERING), year, counts, LocalDate.of(2023, 11, 1)))
                .extracting(WorkQueue.Item::messageKey, WorkQueue.Item::count)
                .containsExactly(tuple("queue.decideCommunes", 4L));
        assertThat(WorkQueue.of(user(Role.ADMIN), year, counts, LocalDate.of(2023, 11, 1))).isEmpty();
    }

    @Test
    void whatIsPastItsDeadlineIsOverdue() {
        assertThat(WorkQueue.of(user(Role.COMMUNE_OFFICER), year, counts, LocalDate.of(2023, 11, 16)))
                .extracting(WorkQueue.Item::messageKey, WorkQueue.Item::overdue)
                .containsExactly(tuple("queue.prepare", true), tuple("queue.appraiseAreas", false));
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(1, "u", null, "U", Set.of(role), role == Role.COMMUNE_OFFICER ? 14L : null, null,
                true, false, false);
    }

    private static DossierRepository.StateCount count(DossierState state, SubjectKind kind, long count) {
        return new DossierRepository.StateCount() {
            @Override
            public DossierState getState() {
                return state;
            }

            @Override
            public SubjectKind getKind() {
                return kind;
            }

            @Override
            public long getCount() {
                return count;
            }
        };
    }
}
