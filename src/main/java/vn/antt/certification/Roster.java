package vn.antt.certification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.certification.internal.DossierRepository;
import vn.antt.certification.internal.RosterEntryRepository;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.audit.AuditWords;
import vn.antt.infrastructure.persistence.SearchPatterns;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

/**
 * Danh sách cơ quan, doanh nghiệp, nhà trường tham gia phong trào of a year, with who manages each. The steering
 * committee builds it (all active organizations, or last year's list, then adjusts); commune officers see the
 * organizations their commune manages. It is frozen with its year; a manager changes only while the organization's
 * dossier has not been submitted.
 */
@Service
@Transactional
public class Roster {

    /** Which entries a list shows: by manager ("TOWN" or a commune's id), by where the organization is, by name. */
    public record Filter(String q, boolean townManaged, Long managerId, Long locatedId) {
    }

    private final RosterEntryRepository entries;
    private final DossierRepository dossiers;
    private final EvaluationYears years;
    private final CommuneService communes;
    private final AuditTrail audit;

    Roster(RosterEntryRepository entries, DossierRepository dossiers, EvaluationYears years, CommuneService communes,
           AuditTrail audit) {
        this.entries = entries;
        this.dossiers = dossiers;
        this.years = years;
        this.communes = communes;
        this.audit = audit;
    }

    /** The entries a list shows; within a commune's scope, those the commune manages whatever the filter says. */
    @Transactional(readOnly = true)
    public Page<RosterEntry> search(int year, Filter filter, Pageable pageable, Scope scope) {
        years.get(year);
        if (!scope.isDistrict()) {
            return entries.search(year, false, scope.communeId(), filter.locatedId(),
                    SearchPatterns.contains(filter.q()), pageable);
        }
        return entries.search(year, filter.townManaged(), filter.townManaged() ? null : filter.managerId(),
                filter.locatedId(), SearchPatterns.contains(filter.q()), pageable);
    }

    @Transactional(readOnly = true)
    public List<RosterEntryRepository.ManagerCount> countByManager(int year) {
        return entries.countByManager(year);
    }

    @Transactional(readOnly = true)
    public Optional<RosterEntry> entryOf(EvaluationYear year, long organizationId) {
        return entries.findOf(year.getId(), organizationId);
    }

    /** Adds every active organization of the district not yet listed, managed by Công an of its own commune. */
    public int addActive(int year, String basis, CurrentUser user) {
        EvaluationYear open = openYear(year, user);
        List<Long> ids = communes.allOfDistrict().stream().map(Commune::getId).toList();
        int added = entries.addActive(open.getId(), ids, blankToNull(basis), user.getUsername());
        AuditWords words = audit.words();
        audit.record(AuditAction.ROSTER_CHANGED, String.valueOf(year), words.message("audit.roster.added", added)
                + "; " + words.message("roster.basis") + ": " + words.value(blankToNull(basis)));
        return added;
    }

    /** Copies last year's organizations and managers (those still active and not yet listed). */
    public int copyFromPreviousYear(int year, CurrentUser user) {
        EvaluationYear open = openYear(year, user);
        EvaluationYear previous = years.find(year - 1)
                .orElseThrow(() -> new DossierConflict("roster.noPreviousYear"));
        int copied = entries.copy(previous.getId(), open.getId(), user.getUsername());
        audit.record(AuditAction.ROSTER_CHANGED, String.valueOf(year),
                audit.words().message("audit.roster.copied", copied, year - 1));
        return copied;
    }

    /**
     * Sets who manages an organization (null: Công an thị xã) and the decision that said so. Its dossier, if any,
     * moves with it while it is still being prepared.
     */
    public void assign(long entryId, long version, Long managingCommuneId, String basis, CurrentUser user) {
        RosterEntry entry = entries.findWhole(entryId).orElseThrow(NotFoundException::new);
        openYear(entry.getYear().getYear(), user);
        if (entry.getVersion() != version) {
            throw new StaleEditException();
        }
        Commune manager = managingCommuneId == null ? null : communes.allOfDistrict().stream()
                .filter(c -> c.getId().equals(managingCommuneId)).findFirst()
                .orElseThrow(() -> new DossierConflict("roster.managerUnknown"));
        Optional<Dossier> dossier = dossiers.findOfOrganization(entry.getYear().getId(),
                entry.getOrganization().getId());
        if (dossier.isPresent() && !Workflow.editable(dossier.get().getState())) {
            throw new DossierConflict("roster.dossierUnderway");
        }
        String managerBefore = managerName(entry.getManagingCommune());
        String basisBefore = entry.getBasis();
        entry.assign(manager, blankToNull(basis));
        dossier.ifPresent(d -> d.actBy(manager));
        AuditWords words = audit.words();
        audit.record(AuditAction.ROSTER_CHANGED, target(entry), words.change("roster.manager", managerBefore,
                managerName(manager)) + "; " + words.change("roster.basis", words.value(basisBefore),
                words.value(entry.getBasis())));
    }

    /** Takes an organization out of the year's movement, refused once it has a dossier. */
    public void remove(long entryId, long version, CurrentUser user) {
        RosterEntry entry = entries.findWhole(entryId).orElseThrow(NotFoundException::new);
        openYear(entry.getYear().getYear(), user);
        if (entry.getVersion() != version) {
            throw new StaleEditException();
        }
        if (dossiers.findOfOrganization(entry.getYear().getId(), entry.getOrganization().getId()).isPresent()) {
            throw new DossierConflict("roster.hasDossier");
        }
        entries.delete(entry);
        AuditWords words = audit.words();
        audit.record(AuditAction.ROSTER_CHANGED, target(entry), words.message("audit.roster.removed") + "; "
                + words.message("roster.manager") + ": " + managerName(entry.getManagingCommune()));
    }

    /** @throws AccessDeniedException unless the user keeps the roster (the steering committee) */
    public static void requireKeeper(CurrentUser user) {
        if (!user.hasRole(Role.STEERING)) {
            throw new AccessDeniedException("steering committee only");
        }
    }

    private EvaluationYear openYear(int year, CurrentUser user) {
        requireKeeper(user);
        EvaluationYear found = years.get(year);
        if (!found.isOpen()) {
            throw new DossierConflict("dossier.refused.yearClosed");
        }
        return found;
    }

    /** The manager as the roster's page names it. */
    private String managerName(Commune manager) {
        AuditWords words = audit.words();
        return manager == null ? words.message("roster.town")
                : words.message("roster.communePolice") + " " + manager.getNameInPhrase();
    }

    private static String target(RosterEntry entry) {
        return entry.getYear().getYear() + " — " + entry.getOrganization().getName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
