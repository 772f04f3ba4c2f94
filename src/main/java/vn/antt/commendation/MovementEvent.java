package vn.antt.commendation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;
import vn.antt.territory.Commune;

/** A Ngày hội or a Hội nghị tổng kết, held by a commune (or the town, without one) on a day of the year. */
@Entity
public class MovementEvent extends AuditedEntity {

    private int year;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private Commune commune;

    private LocalDate heldOn;

    private String place;

    /** Điểm: the town's model site for the year */
    private boolean modelSite;

    private Integer participants;

    private String note;

    protected MovementEvent() {
    }

    MovementEvent(Details details) {
        update(details);
    }

    public record Details(EventKind kind, Commune commune, LocalDate heldOn, String place, boolean modelSite,
                          Integer participants, String note) {
    }

    public Details details() {
        return new Details(kind, commune, heldOn, place, modelSite, participants, note);
    }

    void update(Details d) {
        kind = d.kind();
        commune = d.commune();
        heldOn = d.heldOn();
        year = d.heldOn().getYear();
        place = d.place();
        modelSite = d.modelSite();
        participants = d.participants();
        note = d.note();
    }

    public int getYear() {
        return year;
    }

    public EventKind getKind() {
        return kind;
    }

    public Commune getCommune() {
        return commune;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public boolean isModelSite() {
        return modelSite;
    }

    public Integer getParticipants() {
        return participants;
    }

    public String getNote() {
        return note;
    }
}
