package vn.antt.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.antt.infrastructure.persistence.AuditedEntity;

/** Cơ quan ban hành: who signs decisions, with the defaults printed on them. */
@Entity
public class IssuingBody extends AuditedEntity {

    /** What the body signs: recognition decisions (Ủy ban nhân dân) or the movement's reports (its Ban Chỉ đạo). */
    public enum Signs { DECISIONS, REPORTS }

    @Enumerated(EnumType.STRING)
    private Signs signs;

    private String code;

    private String name;

    private String headerName;

    private String placeName;

    private String signerName;

    private String signerTitle;

    private String recipients;

    protected IssuingBody() {
    }

    /** What the administrator keeps: the names and the defaults printed on documents. */
    public record Details(String name, String headerName, String placeName, String signerName, String signerTitle,
                          String recipients) {
    }

    Details details() {
        return new Details(name, headerName, placeName, signerName, signerTitle, recipients);
    }

    void update(Details details) {
        this.name = details.name();
        this.headerName = details.headerName();
        this.placeName = details.placeName();
        this.signerName = details.signerName();
        this.signerTitle = details.signerTitle();
        this.recipients = details.recipients();
    }

    public Signs getSigns() {
        return signs;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getHeaderName() {
        return headerName;
    }

    public String getPlaceName() {
        return placeName;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getRecipients() {
        return recipients;
    }
}
