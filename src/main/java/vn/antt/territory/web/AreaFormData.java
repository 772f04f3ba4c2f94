package vn.antt.territory.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antt.infrastructure.validation.PlainText;
import vn.antt.infrastructure.validation.PhoneNumber;
import vn.antt.territory.ResidentialArea;
import vn.antt.territory.ResidentialAreaKind;
import vn.antt.infrastructure.validation.PlausibleDate;

/** The khu dân cư form, carrying the version it was opened at. */
public class AreaFormData {

    @NotBlank
    @Size(max = 255)
    @PlainText
    private String name;

    @NotNull
    private ResidentialAreaKind kind = ResidentialAreaKind.THON;

    @Min(0)
    @Max(100_000)
    private Integer households;

    @Size(max = 255)
    @PlainText
    private String headName;

    @PhoneNumber
    private String headPhone;

    @PlausibleDate
    private LocalDate validFrom;

    @Size(max = 4000)
    @PlainText(multiline = true)
    private String note;

    private long version;

    static AreaFormData from(ResidentialArea area) {
        ResidentialArea.Details d = area.details();
        AreaFormData form = new AreaFormData();
        form.name = d.name();
        form.kind = d.kind();
        form.households = d.households();
        form.headName = d.headName();
        form.headPhone = d.headPhone();
        form.validFrom = d.validFrom();
        form.note = d.note();
        form.version = area.getVersion();
        return form;
    }

    ResidentialArea.Details toDetails() {
        return new ResidentialArea.Details(name, kind, households, headName, headPhone, validFrom, note);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ResidentialAreaKind getKind() {
        return kind;
    }

    public void setKind(ResidentialAreaKind kind) {
        this.kind = kind;
    }

    public Integer getHouseholds() {
        return households;
    }

    public void setHouseholds(Integer households) {
        this.households = households;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getHeadPhone() {
        return headPhone;
    }

    public void setHeadPhone(String headPhone) {
        this.headPhone = headPhone;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
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
