package vn.antt.selfmanaged;

import jakarta.persistence.Entity;
import vn.antt.infrastructure.persistence.AuditedEntity;

/** Loại mô hình: a catalogue the administrator keeps. A retired type stays on the models that have it. */
@Entity
public class ModelType extends AuditedEntity {

    private String code;

    private String name;

    /** The one figure a model of this type records, e.g. "Số camera"; null when none. */
    private String figureLabel;

    private boolean retired;

    private int position;

    protected ModelType() {
    }

    public ModelType(String code, String name, String figureLabel, int position) {
        this.code = code;
        this.position = position;
        update(name, figureLabel);
    }

    /** The type as the catalogue's form shows it (labels {@code modelType.*}), for the audit log. */
    public record Shown(String code, String name, String figureLabel) {
    }

    public Shown shown() {
        return new Shown(code, name, figureLabel);
    }

    public void update(String name, String figureLabel) {
        this.name = name;
        this.figureLabel = figureLabel;
    }

    public void retire() {
        retired = true;
    }

    public void reinstate() {
        retired = false;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getFigureLabel() {
        return figureLabel;
    }

    public boolean isRetired() {
        return retired;
    }

    public int getPosition() {
        return position;
    }
}
