package vn.antt.commendation.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.commendation.EventKind;
import vn.antt.commendation.MovementEvent;
import vn.antt.commendation.MovementEvents;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.web.OfferedChoices;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

/** Sự kiện: the year's Ngày hội and review conferences; a commune officer records their own commune's. */
@Controller
class EventController {

    private static final String FORM = "commendation/event-form";

    private final MovementEvents events;
    private final CommuneService communes;

    EventController(MovementEvents events, CommuneService communes) {
        this.events = events;
        this.communes = communes;
    }

    @InitBinder("form")
    void protectIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/events")
    String list(@ModelAttribute("selectedYear") int year, @RequestParam(required = false) String commune,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        Long communeId = commune == null || commune.isBlank() ? null
                : communes.byCode(commune, year).map(Commune::getId).orElse(null);
        model.addAttribute("events", events.ofYear(year, communeId));
        model.addAttribute("commune", commune);
        model.addAttribute("communeChoices", communes.allOfDistrict());
        model.addAttribute("mayRecord", MovementEvents.mayRecord(user));
        return "commendation/events";
    }

    @GetMapping("/events/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Scope scope, Model model) {
        requireRecorder(user);
        EventFormData form = new EventFormData();
        form.setKind(EventKind.FESTIVAL);
        form.setCommuneId(scope.communeId());
        model.addAttribute("form", form);
        return form(user, scope, model);
    }

    @PostMapping("/events/new")
    String create(@Valid @ModelAttribute("form") EventFormData form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Scope scope, Model model, RedirectAttributes redirect) {
        requireRecorder(user);
        checkCommune(form, result, scope, null);
        if (!result.hasErrors()) {
            try {
                MovementEvent saved = events.create(form.typed(), user, scope);
                redirect.addFlashAttribute("success", "event.saved");
                return "redirect:/events?year=" + saved.getYear();
            }
            catch (FieldProblem problem) {
                result.rejectValue(problem.field(), problem.messageKey());
            }
        }
        return form(user, scope, model);
    }

    @GetMapping("/events/{id}")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Scope scope, Model model) {
        MovementEvent event = events.open(id);
        model.addAttribute("event", event);
        model.addAttribute("form", EventFormData.from(event));
        return form(user, scope, model);
    }

    @PostMapping("/events/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EventFormData form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Scope scope, Model model, RedirectAttributes redirect) {
        MovementEvent event = events.open(id);
        if (!MovementEvents.mayChange(event, user)) {
            throw new AccessDeniedException("not this commune's event");
        }
        model.addAttribute("event", event);
        checkCommune(form, result, scope, event.getCommune() == null ? null : event.getCommune().getId());
        if (!result.hasErrors()) {
            try {
                events.update(id, form.getVersion(), form.typed(), user, scope);
                redirect.addFlashAttribute("success", "event.saved");
                return "redirect:/events?year=" + form.getHeldOn().getYear();
            }
            catch (FieldProblem problem) {
                result.rejectValue(problem.field(), problem.messageKey());
            }
            catch (StaleEditException stale) {
                model.addAttribute("stale", true);
            }
        }
        return form(user, scope, model);
    }

    @PostMapping("/events/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        try {
            events.delete(id, version, user);
            redirect.addFlashAttribute("success", "event.deleted");
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "event.stale");
            return "redirect:/events/" + id;
        }
        return "redirect:/events";
    }

    /** The commune must be one the form offers (or, on an edit, the one the event already has). */
    private void checkCommune(EventFormData form, BindingResult result, Scope scope, Long current) {
        if (current == null || !current.equals(form.getCommuneId())) {
            OfferedChoices.check(result, "communeId", form.getCommuneId(), communes.within(scope),
                    Commune::getId);
        }
    }

    private String form(CurrentUser user, Scope scope, Model model) {
        List<Commune> choices = communes.within(scope);
        model.addAttribute("communeChoices", choices);
        model.addAttribute("kinds", EventKind.values());
        MovementEvent event = (MovementEvent) model.getAttribute("event");
        model.addAttribute("mayChange", event == null ? MovementEvents.mayRecord(user)
                : MovementEvents.mayChange(event, user));
        return FORM;
    }

    private static void requireRecorder(CurrentUser user) {
        if (!MovementEvents.mayRecord(user)) {
            throw new AccessDeniedException("no role that records events");
        }
    }
}
