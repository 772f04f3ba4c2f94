package vn.antt.selfmanaged.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antt.infrastructure.validation.PlainText;
import vn.antt.selfmanaged.ModelStatus;
import vn.antt.infrastructure.validation.PlausibleDate;

/** A change of status: the new status, from which day, and why. */
public class StatusFormData {

    @NotNull
    private ModelStatus status;

    @NotNull
    @PlausibleDate
    private LocalDate changedOn;

    @Size(max = 4000)
    @PlainText(multiline = true)
    private String reason;

    private long version;

    public ModelStatus getStatus() {
        return status;
    }

    public void setStatus(ModelStatus status) {
        this.status = status;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public void setChangedOn(LocalDate changedOn) {
        this.changedOn = changedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
