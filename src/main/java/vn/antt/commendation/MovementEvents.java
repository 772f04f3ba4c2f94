package vn.antt.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.commendation.internal.MovementEventRepository;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.audit.AuditWords;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

/**
 * Sự kiện of the movement: a commune officer records their own commune's; the steering committee and the
 * administrator any commune's and the town's own.
 */
@Service
@Transactional
public class MovementEvents {

    private static final NaturalKey SAME_DAY = new NaturalKey("movement_event_same_day_key", "heldOn", "event.duplicate");

    /** What the form typed. */
    public record Typed(EventKind kind, Long communeId, LocalDate heldOn, String place, boolean modelSite,
                        Integer participants, String note) {
    }

    private final MovementEventRepository events;
    private final CommuneService communes;
    private final AuditTrail audit;
    private final Clock clock;

    MovementEvents(MovementEventRepository events, CommuneService communes, AuditTrail audit, Clock clock) {
        this.events = events;
        this.communes = communes;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean mayRecord(CurrentUser user) {
        return user.hasRole(Role.STEERING) || user.hasRole(Role.ADMIN) || user.hasRole(Role.COMMUNE_OFFICER);
    }

    /** A year's events; a commune officer sees every commune's (they are public), and acts on their own. */
    @Transactional(readOnly = true)
    public List<MovementEvent> ofYear(int year, Long communeId) {
        return events.ofYear(year, communeId);
    }

    @Transactional(readOnly = true)
    public MovementEvent open(long id) {
        return events.findWhole(id).orElseThrow(NotFoundException::new);
    }

    public MovementEvent create(Typed typed, CurrentUser user, Scope scope) {
        MovementEvent.Details details = resolve(typed, false, user, scope);
        requireNew(details, 0);
        MovementEvent saved = SAME_DAY.guard(() -> events.saveAndFlush(new MovementEvent(details)));
        audit.recordValues(AuditAction.EVENT_SAVED, target(saved), "event", saved.details());
        return saved;
    }

    public void update(long id, long version, Typed typed, CurrentUser user, Scope scope) {
        MovementEvent event = open(id);
        requireMayChange(event, user);
        if (event.getVersion() != version) {
            throw new StaleEditException();
        }
        MovementEvent.Details details = resolve(typed, event.isModelSite(), user, scope);
        requireNew(details, id);
        MovementEvent.Details before = event.details();
        SAME_DAY.guard(() -> {
            event.update(details);
            events.flush();
            return event;
        });
        audit.recordChanges(AuditAction.EVENT_SAVED, target(event), "event", before, event.details());
    }

    public void delete(long id, long version, CurrentUser user) {
        MovementEvent event = open(id);
        requireMayChange(event, user);
        if (event.getVersion() != version) {
            throw new StaleEditException();
        }
        events.delete(event);
        audit.recordValues(AuditAction.EVENT_DELETED, target(event), "event", event.details());
    }

    /** The event as a person names it: its kind, who held it and when. */
    private String target(MovementEvent event) {
        AuditWords words = audit.words();
        return words.value(event.getKind()) + " — " + (event.getCommune() == null ? words.message("event.town")
                : event.getCommune().getName()) + " — " + words.value(event.getHeldOn());
    }

    /** One Ngày hội of a commune a day: a second one is the first typed again. */
    private void requireNew(MovementEvent.Details details, long exceptId) {
        if (events.existsSame(details.kind(), details.commune() == null ? null : details.commune().getId(),
                details.heldOn(), exceptId)) {
            throw new FieldProblem("heldOn", "event.duplicate");
        }
    }

    /** Whether the user may change this event: their own commune's, or any for the district's roles. */
    public static boolean mayChange(MovementEvent event, CurrentUser user) {
        if (user.hasRole(Role.STEERING) || user.hasRole(Role.ADMIN)) {
            return true;
        }
        return user.hasRole(Role.COMMUNE_OFFICER) && event.getCommune() != null
                && event.getCommune().getId().equals(user.communeId());
    }

    private void requireMayChange(MovementEvent event, CurrentUser user) {
        if (!mayChange(event, user)) {
            throw new AccessDeniedException("not this commune's event");
        }
    }

    /**
     * What was typed, checked; within a commune's scope the event is that commune's. {@code modelSite} is kept as it
     * was unless the user may mark it.
     */
    private MovementEvent.Details resolve(Typed t, boolean modelSiteBefore, CurrentUser user, Scope scope) {
        if (!mayRecord(user)) {
            throw new AccessDeniedException("no role that records events");
        }
        if (t.communeId() != null && !scope.covers(t.communeId())) {
            throw new AccessDeniedException("another commune's event");
        }
        Long communeId = scope.isDistrict() ? t.communeId() : scope.communeId();
        if (t.kind() == null) {
            throw new FieldProblem("kind", "event.kind.required");
        }
        if (t.heldOn() == null || t.heldOn().isAfter(LocalDate.now(clock).plusYears(1))
                || t.heldOn().getYear() < 2000) {
            throw new FieldProblem("heldOn", "event.heldOn.range");
        }
        Commune commune = communeId == null ? null : communes.allOfDistrict().stream()
                .filter(c -> c.getId().equals(communeId)).findFirst()
                .orElseThrow(() -> new FieldProblem("communeId", "event.commune.unknown"));
        if (t.participants() != null && (t.participants() < 0 || t.participants() > 1_000_000)) {
            throw new FieldProblem("participants", "event.participants.range");
        }
        // the town's model site is the steering committee's choice: a commune's form neither shows nor changes it
        boolean modelSite = user.hasRole(Role.STEERING) || user.hasRole(Role.ADMIN) ? t.modelSite() : modelSiteBefore;
        return new MovementEvent.Details(t.kind(), commune, t.heldOn(), t.place(), modelSite, t.participants(),
                t.note());
    }
}
