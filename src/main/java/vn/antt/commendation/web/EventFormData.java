package vn.antt.commendation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antt.commendation.EventKind;
import vn.antt.commendation.MovementEvent;
import vn.antt.commendation.MovementEvents;
import vn.antt.infrastructure.validation.PlainText;
import vn.antt.infrastructure.validation.PlausibleDate;

/** The event form, carrying the version it was opened at. */
public class EventFormData {

    @NotNull
    private EventKind kind;

    private Long communeId;

    @NotNull
    @PlausibleDate(from = "01/01/2000", yearsAhead = 1)
    private LocalDate heldOn;

    @Size(max = 255)
    @PlainText
    private String place;

    private boolean modelSite;

    @Min(0)
    @Max(1_000_000)
    private Integer participants;

    @Size(max = 4000)
    @PlainText(multiline = true)
    private String note;

    private long version;

    static EventFormData from(MovementEvent event) {
        EventFormData data = new EventFormData();
        data.kind = event.getKind();
        data.communeId = event.getCommune() == null ? null : event.getCommune().getId();
        data.heldOn = event.getHeldOn();
        data.place = event.getPlace();
        data.modelSite = event.isModelSite();
        data.participants = event.getParticipants();
        data.note = event.getNote();
        data.version = event.getVersion();
        return data;
    }

    MovementEvents.Typed typed() {
        return new MovementEvents.Typed(kind, communeId, heldOn, blank(place), modelSite, participants, blank(note));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isModelSite() {
        return modelSite;
    }

    public void setModelSite(boolean modelSite) {
        this.modelSite = modelSite;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
