package vn.antt.territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.history.ClosedYears;
import vn.antt.infrastructure.persistence.ArchiveStatus;
import vn.antt.infrastructure.persistence.Chunks;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.persistence.SearchPatterns;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.territory.internal.CommuneRepository;
import vn.antt.territory.internal.ResidentialAreaRepository;

/** Khu dân cư: kept by their commune's officers, read by the district. */
@Service
@Transactional
public class ResidentialAreaService {

    private static final NaturalKey NAME = new NaturalKey("residential_area_current_name_key", "name",
            "area.name.taken");

    private final ResidentialAreaRepository areas;
    private final AreaRules rules;
    private final CommuneRepository communes;
    private final AuditTrail audit;
    private final ClosedYears closedYears;
    private final Clock clock;

    ResidentialAreaService(ResidentialAreaRepository areas, AreaRules rules, CommuneRepository communes,
                           AuditTrail audit, ClosedYears closedYears, Clock clock) {
        this.areas = areas;
        this.rules = rules;
        this.communes = communes;
        this.audit = audit;
        this.closedYears = closedYears;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ResidentialArea> list(Commune commune, String typed, ArchiveStatus status, Pageable pageable) {
        return areas.search(commune.getId(), status.includesActive(), status.includesArchived(),
                SearchPatterns.contains(typed), pageable);
    }

    /** Every khu dân cư, current and archived, of the communes, by commune id, in one statement. */
    @Transactional(readOnly = true)
    public Map<Long, List<ResidentialArea>> allOf(Collection<Commune> communes) {
        if (communes.isEmpty()) {
            return Map.of();
        }
        return areas.findAllOfCommunes(communes.stream().map(Commune::getId).toList()).stream()
                .collect(Collectors.groupingBy(area -> area.getCommune().getId(), Collectors.toList()));
    }

    /** Hands every matching area to {@code sink}, a chunk at a time (for Excel). */
    @Transactional(readOnly = true)
    public void forEach(Commune commune, String typed, ArchiveStatus status, Consumer<ResidentialArea> sink) {
        Chunks.forEach(chunk -> list(commune, typed, status, chunk), Sort.unsorted(), sink);
    }

    @Transactional(readOnly = true)
    public ResidentialArea open(long id, CurrentUser user) {
        ResidentialArea area = areas.findWithCommune(id).orElseThrow(NotFoundException::new);
        CommuneAccess.requireView(user, area.getCommune().getId());
        return area;
    }

    public ResidentialArea create(long communeId, ResidentialArea.Details details, CurrentUser user) {
        Commune commune = communes.findById(communeId).orElseThrow(NotFoundException::new);
        CommuneAccess.requireEdit(user, communeId);
        ResidentialArea.Details dated = details.validFrom() == null
                // an empty "từ ngày" means the day the area is entered
                ? details.withValidFrom(LocalDate.now(clock)) : details;
        rules.require(communeId, dated, null);
        ResidentialArea area = NAME.guard(() -> areas.saveAndFlush(new ResidentialArea(commune, dated)));
        audit.recordValues(AuditAction.AREA_CREATED, commune.getName() + " — " + area.getName(), "area", dated);
        return area;
    }

    public ResidentialArea update(long id, long version, ResidentialArea.Details details, CurrentUser user) {
        ResidentialArea area = editable(id, version, user);
        ResidentialArea.Details kept = details.validFrom() == null
                // an emptied "từ ngày" keeps the date it had: it never makes the area reach into the past
                ? details.withValidFrom(area.getValidFrom()) : details;
        rules.require(area.getCommune().getId(), kept, area);
        ResidentialArea.Details before = area.details();
        NAME.guard(() -> {
            area.update(kept);
            areas.flush();
            return area;
        });
        audit.recordChanges(AuditAction.AREA_UPDATED, area.getCommune().getName() + " — " + area.getName(), "area",
                before, area.details());
        return area;
    }

    public void archive(long id, long version, LocalDate lastDay, CurrentUser user) {
        ResidentialArea area = editable(id, version, user);
        if (lastDay.isAfter(LocalDate.now(clock))) {
            throw new FieldProblem("lastDay", "area.archive.future");
        }
        if (area.getValidFrom() != null && lastDay.isBefore(area.getValidFrom())) {
            throw new FieldProblem("lastDay", "area.archive.beforeStart");
        }
        closedYears.requireAfterClosedYears("lastDay", lastDay);
        area.archive(lastDay);
        audit.record(AuditAction.AREA_ARCHIVED, area.getCommune().getName() + " — " + area.getName(),
                audit.words().changeOfStates("archive.status", "archive.status.ACTIVE", "archive.status.ARCHIVED")
                        + "; " + audit.words().message("area.archive.lastDay") + ": " + audit.words().value(lastDay));
    }

    public void restore(long id, long version, CurrentUser user) {
        ResidentialArea area = editable(id, version, user);
        if (areas.currentNameTaken(area.getCommune().getId(), area.getName(), id)) {
            throw new FieldProblem("name", "area.name.taken");
        }
        if (area.getValidTo() != null && !ClosedYears.isAfterClosedYears(area.getValidTo(),
                closedYears.lastClosed())) {
            // it ended inside a closed year: bringing it back would make it exist in that year after the fact
            throw new FieldProblem("name", "history.restore.closedYear");
        }
        area.restore();
        audit.record(AuditAction.AREA_RESTORED, area.getCommune().getName() + " — " + area.getName(),
                audit.words().changeOfStates("archive.status", "archive.status.ARCHIVED", "archive.status.ACTIVE"));
    }

    private ResidentialArea editable(long id, long version, CurrentUser user) {
        ResidentialArea area = areas.findWithCommune(id).orElseThrow(NotFoundException::new);
        CommuneAccess.requireEdit(user, area.getCommune().getId());
        if (area.getVersion() != version) {
            throw new StaleEditException();
        }
        return area;
    }

    /** The khu dân cư with this id, for another module that refers to one (no access check: the caller's). */
    @Transactional(readOnly = true)
    public Optional<ResidentialArea> find(long id) {
        return areas.findById(id);
    }

    /** The current khu dân cư of a commune with this name (case aside), as an imported row names it. */
    @Transactional(readOnly = true)
    public Optional<ResidentialArea> currentByName(long communeId, String name) {
        return areas.findCurrentByName(communeId, name);
    }
}
