package vn.antt.reporting.web;

import java.time.LocalDate;

import vn.antt.infrastructure.web.StrictDates;
import vn.antt.reporting.YearEndDocument;
import vn.antt.reporting.YearEndDocuments;
import vn.antt.infrastructure.validation.PlainTextValidator;

/** The year-end summary's form: the document's details and the free text, as typed. */
public class ReportForm {

    private static final int LINE = 255;
    private static final int TEXT = 20_000;

    private long version = -1;
    private String headerName;
    private String number;
    private String placeName;
    private String signedOn;
    private String signerTitle;
    private String signerName;
    private String recipients;
    private String shortcomings;
    private String directions;
    private String proposals;

    static ReportForm of(YearEndDocuments.Shown shown) {
        ReportForm form = new ReportForm();
        YearEndDocument.Details d = shown.details();
        form.version = shown.version();
        form.headerName = d.headerName();
        form.number = d.number();
        form.placeName = d.placeName();
        form.signedOn = d.signedOn() == null ? null : StrictDates.FORMAT.format(d.signedOn());
        form.signerTitle = d.signerTitle();
        form.signerName = d.signerName();
        form.recipients = d.recipients();
        form.shortcomings = d.shortcomings();
        form.directions = d.directions();
        form.proposals = d.proposals();
        return form;
    }

    /** Within the lengths the document allows, without control characters other than line breaks. */
    boolean fits() {
        return fits(headerName, 500) && fits(number, 50) && fits(placeName, 100) && fits(signerTitle, LINE)
                && fits(signerName, LINE) && fits(recipients, 4000) && fits(shortcomings, TEXT)
                && fits(directions, TEXT) && fits(proposals, TEXT) && headerName != null && !headerName.isBlank() && placeName != null
                && !placeName.isBlank();
    }

    YearEndDocument.Details details(LocalDate signed) {
        return new YearEndDocument.Details(clean(headerName), clean(number), clean(placeName), signed,
                clean(signerTitle), clean(signerName), clean(recipients), clean(shortcomings), clean(directions),
                clean(proposals));
    }

    private static boolean fits(String text, int max) {
        return text == null || text.length() <= max && PlainTextValidator.isPlain(text, true);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip().replace("\r\n", "\n");
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getHeaderName() {
        return headerName;
    }

    public void setHeaderName(String headerName) {
        this.headerName = headerName;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String placeName) {
        this.placeName = placeName;
    }

    public String getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(String signedOn) {
        this.signedOn = signedOn;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public String getShortcomings() {
        return shortcomings;
    }

    public void setShortcomings(String shortcomings) {
        this.shortcomings = shortcomings;
    }

    public String getDirections() {
        return directions;
    }

    public void setDirections(String directions) {
        this.directions = directions;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }
}
