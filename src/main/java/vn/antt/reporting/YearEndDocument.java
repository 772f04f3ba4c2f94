package vn.antt.reporting;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.antt.infrastructure.persistence.AuditedEntity;

/**
 * What the steering committee types on a year's summary before printing: the document's details (from the signing
 * body's defaults, changeable per document) and the free text. Saved per year; the figures are never stored.
 */
@Entity
@Table(name = "year_end_report")
public class YearEndDocument extends AuditedEntity {

    private int year;

    private String headerName;

    private String number;

    private String placeName;

    private LocalDate signedOn;

    private String signerTitle;

    private String signerName;

    private String recipients;

    /** Tồn tại, hạn chế */
    private String shortcomings;

    /** Phương hướng, nhiệm vụ năm tới */
    private String directions;

    /** Kiến nghị, đề xuất */
    private String proposals;

    protected YearEndDocument() {
    }

    YearEndDocument(int year, Details details) {
        this.year = year;
        update(details);
    }

    /** Everything typed on the form. */
    public record Details(String headerName, String number, String placeName, LocalDate signedOn, String signerTitle,
                          String signerName, String recipients, String shortcomings, String directions,
                          String proposals) {
    }

    void update(Details details) {
        headerName = details.headerName();
        number = details.number();
        placeName = details.placeName();
        signedOn = details.signedOn();
        signerTitle = details.signerTitle();
        signerName = details.signerName();
        recipients = details.recipients();
        shortcomings = details.shortcomings();
        directions = details.directions();
        proposals = details.proposals();
    }

    public Details details() {
        return new Details(headerName, number, placeName, signedOn, signerTitle, signerName, recipients,
                shortcomings, directions, proposals);
    }

    public int getYear() {
        return year;
    }
}
