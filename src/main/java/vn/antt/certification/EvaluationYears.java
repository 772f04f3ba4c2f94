package vn.antt.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.web.FieldProblem;
import vn.antt.infrastructure.web.NotFoundException;
import vn.antt.infrastructure.web.OpenYears;
import vn.antt.infrastructure.web.StaleEditException;

/** Năm xét: opened, adjusted and closed by the steering committee; the latest open one is every page's year. */
@Service
@Transactional
public class EvaluationYears implements OpenYears {

    private static final NaturalKey YEAR = new NaturalKey("evaluation_year_year_key", "year", "year.exists");

    private final EvaluationYearRepository years;
    private final CriteriaSetRepository sets;
    private final DossierRepository dossiers;
    private final AuditTrail audit;
    private final Clock clock;

    EvaluationYears(EvaluationYearRepository years, CriteriaSetRepository sets, DossierRepository dossiers,
                    AuditTrail audit, Clock clock) {
        this.years = years;
        this.sets = sets;
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Integer> latestOpen() {
        return years.findFirstByStateOrderByYearDesc(EvaluationYear.State.OPEN).map(EvaluationYear::getYear);
    }

    @Transactional(readOnly = true)
    public List<EvaluationYear> all() {
        return years.findAllByOrderByYearDesc();
    }

    @Transactional(readOnly = true)
    public EvaluationYear get(int year) {
        return years.findByYear(year).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationYear> find(int year) {
        return years.findByYear(year);
    }

    @Transactional(readOnly = true)
    public List<CriteriaSet> criteriaSets() {
        return sets.findAllByOrderByEffectiveFromDescIdDesc();
    }

    public EvaluationYear open(int year, Long criteriaSetId, EvaluationYear.Details details, CurrentUser user) {
        requireSteering(user);
        if (years.existsByYear(year)) {
            throw new FieldProblem("year", "year.exists");
        }
        CriteriaSet set = criteriaSetId == null ? null : sets.findById(criteriaSetId).orElse(null);
        if (set == null) {
            throw new FieldProblem("criteriaSetId", "year.criteriaSet.required");
        }
        requireOrderedDeadlines(details);
        EvaluationYear opened = YEAR.guard(() -> years.saveAndFlush(new EvaluationYear(year, set, details)));
        audit.record(AuditAction.YEAR_OPENED, String.valueOf(year), set.getTitle());
        return opened;
    }

    /**
     * The year a historical result belongs to: an existing closed year, or a year before the app created closed on
     * the spot under the criteria set in force then. Empty when the year is open (its results go through the
     * workflow).
     */
    public Optional<EvaluationYear> closedForImport(int year, String username) {
        Optional<EvaluationYear> existing = years.findByYear(year);
        if (existing.isPresent()) {
            return existing.filter(found -> !found.isOpen());
        }
        List<CriteriaSet> all = sets.findAllByOrderByEffectiveFromDescIdDesc();
        CriteriaSet inForce = all.stream()
                .filter(set -> set.getEffectiveFrom() == null || set.getEffectiveFrom().getYear() <= year)
                .findFirst().orElse(all.get(all.size() - 1));
        EvaluationYear created = new EvaluationYear(year, inForce, new EvaluationYear.Details(
                BigDecimal.valueOf(95), null, null, null, null));
        created.close(username, clock.instant());
        audit.record(AuditAction.YEAR_CLOSED, String.valueOf(year), "Nhập từ dữ liệu cũ");
        return Optional.of(years.save(created));
    }

    public void update(int year, long version, EvaluationYear.Details details, CurrentUser user) {
        requireSteering(user);
        EvaluationYear found = get(year);
        if (found.getVersion() != version) {
            throw new StaleEditException();
        }
        if (!found.isOpen()) {
            throw new FieldProblem("targetPct", "year.closed");
        }
        requireOrderedDeadlines(details);
        found.update(details);
        audit.record(AuditAction.YEAR_UPDATED, String.valueOf(year), null);
    }

    /**
     * Closes the year, refused while a dossier still waits for an appraisal or a decision; dossiers left in draft or
     * returned then count as "Không đề nghị".
     */
    public void close(int year, CurrentUser user) {
        requireSteering(user);
        EvaluationYear found = get(year);
        if (!found.isOpen()) {
            throw new FieldProblem("year", "year.closed");
        }
        long waiting = dossiers.countByState(year, null).stream()
                .filter(c -> c.getState() == DossierState.SUBMITTED || c.getState() == DossierState.APPRAISED)
                .mapToLong(DossierRepository.StateCount::getCount).sum();
        if (waiting > 0) {
            throw new FieldProblem("year", "year.close.waiting");
        }
        found.close(user.getUsername(), clock.instant());
        audit.record(AuditAction.YEAR_CLOSED, String.valueOf(year), null);
    }

    private static void requireSteering(CurrentUser user) {
        if (!user.hasRole(Role.STEERING)) {
            throw new AccessDeniedException("steering committee only");
        }
    }

    private static void requireOrderedDeadlines(EvaluationYear.Details d) {
        if (before(d.submissionDeadline(), d.registrationDeadline())
                || before(d.appraisalDeadline(), d.submissionDeadline())
                || before(d.recognitionDeadline(), d.appraisalDeadline())) {
            throw new FieldProblem("recognitionDeadline", "year.deadlines.order");
        }
    }

    private static boolean before(LocalDate later, LocalDate earlier) {
        return later != null && earlier != null && later.isBefore(earlier);
    }
}
