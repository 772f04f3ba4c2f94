package vn.antt.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.antt.certification.internal.DossierRepository;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;

/**
 * Việc cần làm: for each role, the dossiers of the year waiting for it, and whether their deadline has passed.
 * Plain rules over the year's counts by state and subject kind.
 */
public final class WorkQueue {

    private WorkQueue() {
    }

    /** One line of the queue: what to do (a message key), how many, where to go, and whether it is late. */
    public record Item(String messageKey, long count, DossierState state, SubjectKind kind, boolean overdue) {
    }

    public static List<Item> of(CurrentUser user, EvaluationYear year, List<DossierRepository.StateCount> counts,
                                LocalDate today) {
        return of(user, year, counts, List.of(), today);
    }

    /**
     * @param counts     the year's dossiers the user acts on or sees, by state and kind (a commune officer: those
     *                   their commune prepares)
     * @param townCounts the dossiers the town police prepare (town-managed organizations), for appraisers
     */
    public static List<Item> of(CurrentUser user, EvaluationYear year, List<DossierRepository.StateCount> counts,
                                List<DossierRepository.StateCount> townCounts, LocalDate today) {
        List<Item> items = new ArrayList<>();
        if (user.hasRole(Role.COMMUNE_OFFICER)) {
            add(items, "queue.prepare", counts, DossierState.DRAFT, null, late(today, year.getSubmissionDeadline()));
            add(items, "queue.complete", counts, DossierState.RETURNED, null,
                    late(today, year.getSubmissionDeadline()));
            add(items, "queue.appraiseAreas", counts, DossierState.SUBMITTED, SubjectKind.RESIDENTIAL_AREA,
                    late(today, year.getAppraisalDeadline()));
            add(items, "queue.decideAreas", counts, DossierState.APPRAISED, SubjectKind.RESIDENTIAL_AREA,
                    late(today, year.getRecognitionDeadline()));
        }
        if (user.hasRole(Role.APPRAISER)) {
            add(items, "queue.prepareTown", townCounts, DossierState.DRAFT, SubjectKind.ORGANIZATION,
                    late(today, year.getSubmissionDeadline()));
            add(items, "queue.completeTown", townCounts, DossierState.RETURNED, SubjectKind.ORGANIZATION,
                    late(today, year.getSubmissionDeadline()));
            add(items, "queue.appraiseCommunes", counts, DossierState.SUBMITTED, SubjectKind.COMMUNE,
                    late(today, year.getAppraisalDeadline()));
            add(items, "queue.appraiseOrganizations", counts, DossierState.SUBMITTED, SubjectKind.ORGANIZATION,
                    late(today, year.getAppraisalDeadline()));
        }
        if (user.hasRole(Role.STEERING)) {
            add(items, "queue.decideCommunes", counts, DossierState.APPRAISED, SubjectKind.COMMUNE,
                    late(today, year.getRecognitionDeadline()));
            add(items, "queue.decideOrganizations", counts, DossierState.APPRAISED, SubjectKind.ORGANIZATION,
                    late(today, year.getRecognitionDeadline()));
        }
        return items;
    }

    private static void add(List<Item> items, String key, List<DossierRepository.StateCount> counts,
                            DossierState state, SubjectKind kind, boolean late) {
        long count = counts.stream().filter(c -> c.getState() == state && (kind == null || c.getKind() == kind))
                .mapToLong(DossierRepository.StateCount::getCount).sum();
        if (count > 0) {
            items.add(new Item(key, count, state, kind, late));
        }
    }

    private static boolean late(LocalDate today, LocalDate deadline) {
        return deadline != null && today.isAfter(deadline);
    }
}
