package vn.antt.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.certification.internal.CriteriaSetRepository;
import vn.antt.certification.internal.DossierRepository;
import vn.antt.certification.internal.EvaluationYearRepository;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.history.ClosedYears;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.web.CurrentYear;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.web.OpenYears;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.territory.CommuneService;

/** Năm xét: opened, adjusted and closed by the steering committee; the latest open one is every page's year. */
@Service
@Transactional
public class EvaluationYears implements OpenYears, ClosedYears {

    private static final NaturalKey YEAR = new NaturalKey("evaluation_year_year_key", "year", "year.exists");

    private final EvaluationYearRepository years;
    private final CriteriaSetRepository sets;
    private final DossierRepository dossiers;
    private final CommuneService communes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KnownYears known;

    EvaluationYears(KnownYears known, EvaluationYearRepository years, CriteriaSetRepository sets, DossierRepository dossiers,
                    CommuneService communes, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.known = known;
        this.years = years;
        this.sets = sets;
        this.dossiers = dossiers;
        this.communes = communes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Integer> latestOpen() {
        return known.latest(EvaluationYear.State.OPEN);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public int lastClosed() {
        return known.latest(EvaluationYear.State.CLOSED).orElse(0);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Integer> existing() {
        return known.all().stream().map(KnownYears.Year::year).toList();
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

    /**
     * Opens a year, if plausible: not before the year the first criteria (Thông tư 23/2012/TT-BCA) took effect
     * ({@link CurrentYear#FIRST_YEAR}), not more than one year ahead of today, judged under a criteria set already in
     * force, in a district whose communes still existed in it, with deadlines inside it or in its first quarter after.
     */
    public EvaluationYear open(int year, Long criteriaSetId, EvaluationYear.Details details, CurrentUser user) {
        return open(year, criteriaSetId, details, false, user);
    }

    /**
     * Opens a year as {@link #open(int, Long, EvaluationYear.Details, CurrentUser)}; on a set already replaced when
     * the year began only when the user confirmed it ({@code replacedSetConfirmed}).
     */
    public EvaluationYear open(int year, Long criteriaSetId, EvaluationYear.Details details,
                               boolean replacedSetConfirmed, CurrentUser user) {
        requireSteering(user);
        if (year < CurrentYear.FIRST_YEAR) {
            throw new FieldProblem("year", "year.tooEarly");
        }
        if (year > LocalDate.now(clock).getYear() + 1) {
            throw new FieldProblem("year", "year.tooLate");
        }
        CriteriaSet set = criteriaSetId == null ? null : sets.findById(criteriaSetId).orElse(null);
        if (set == null) {
            throw new FieldProblem("criteriaSetId", "year.criteriaSet.required");
        }
        if (set.notYetInForceIn(year)) {
            throw new FieldProblem("criteriaSetId", "year.criteriaSet.notInForce");
        }
        if (years.existsByYear(year)) {
            throw new FieldProblem("year", "year.exists");
        }
        if (communes.allOfDistrict().stream().noneMatch(commune -> commune.existedIn(year))) {
            throw new FieldProblem("year", "year.noCommunes");
        }
        requireDeadlinesWithin(year, details);
        requireOrderedDeadlines(details);
        requireConfirmedIfReplaced(set, year, replacedSetConfirmed);
        EvaluationYear opened = YEAR.guard(() -> years.saveAndFlush(new EvaluationYear(year, set, details)));
        audit.record(AuditAction.YEAR_OPENED, String.valueOf(year), audit.words().message("year.criteriaSet")
                + ": " + set.getTitle() + "; " + audit.words().values("year", details));
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
        audit.record(AuditAction.YEAR_CLOSED, String.valueOf(year), audit.words().message("audit.year.importClosed"));
        return Optional.of(years.save(created));
    }

    public void update(int year, long version, EvaluationYear.Details details, CurrentUser user) {
        update(year, version, details, false, user);
    }

    /** Adjusts an open year; one judged on a set already replaced when it began only when the user confirmed it. */
    public void update(int year, long version, EvaluationYear.Details details, boolean replacedSetConfirmed,
                       CurrentUser user) {
        requireSteering(user);
        EvaluationYear found = get(year);
        if (found.getVersion() != version) {
            throw new StaleEditException();
        }
        if (!found.isOpen()) {
            throw new FieldProblem("targetPct", "year.closed");
        }
        requireDeadlinesWithin(year, details);
        requireOrderedDeadlines(details);
        requireConfirmedIfReplaced(found.getCriteriaSet(), year, replacedSetConfirmed);
        EvaluationYear.Details before = found.details();
        found.update(details);
        audit.recordChanges(AuditAction.YEAR_UPDATED, String.valueOf(year), "year", before, found.details());
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
        years.saveAndFlush(found);
        // what is shown for the year is kept as it is now, in this transaction (docs/adr/0003)
        events.publishEvent(new YearClosed(year, found.getId()));
        audit.record(AuditAction.YEAR_CLOSED, String.valueOf(year), audit.words().change("year.state",
                audit.words().message("year.state.OPEN"), audit.words().message("year.state.CLOSED")));
    }

    /**
     * Keeps what is shown for a year closed before its figures were kept (a database from before they were): done
     * once, at start-up, before anything can change the registry.
     */
    public void keepClosedYear(int year) {
        EvaluationYear found = get(year);
        if (found.isOpen()) {
            throw new IllegalStateException("year " + year + " is open");
        }
        events.publishEvent(new YearClosed(year, found.getId()));
    }

    private static void requireSteering(CurrentUser user) {
        if (!user.hasRole(Role.STEERING)) {
            throw new AccessDeniedException("steering committee only");
        }
    }

    /** Every deadline falls in the year or in the first quarter after it (a year's work ends by 31/03 next year). */
    /** A set no longer in force when the year began is used only on purpose: the message names what replaced it. */
    private static void requireConfirmedIfReplaced(CriteriaSet set, int year, boolean confirmed) {
        if (set.replacedBefore(year) && !confirmed) {
            throw new FieldProblem("criteriaSetId", "year.criteriaSet.replaced", set.getTitle(),
                    set.getReplacedBy() == null ? "" : set.getReplacedBy(),
                    set.getEffectiveTo().plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
    }

    private static void requireDeadlinesWithin(int year, EvaluationYear.Details d) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year + 1, 3, 31);
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        deadlines.put("registrationDeadline", d.registrationDeadline());
        deadlines.put("submissionDeadline", d.submissionDeadline());
        deadlines.put("appraisalDeadline", d.appraisalDeadline());
        deadlines.put("recognitionDeadline", d.recognitionDeadline());
        deadlines.forEach((field, day) -> {
            if (day != null && (day.isBefore(first) || day.isAfter(last))) {
                throw new FieldProblem(field, "year.deadline.range");
            }
        });
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
