package vn.antt.reporting;

import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.certification.DecisionService;
import vn.antt.certification.IssuingBody;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.web.StaleEditException;

/** The year-end summary's typed parts: read with the signing body's defaults, saved by the steering committee. */
@Service
@Transactional
public class YearEndDocuments {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** A document as shown: its details and the version a form must send back (-1: nothing saved yet). */
    public record Shown(YearEndDocument.Details details, long version) {
    }

    private final YearEndDocumentRepository documents;
    private final DecisionService decisions;
    private final AuditTrail audit;

    YearEndDocuments(YearEndDocumentRepository documents, DecisionService decisions, AuditTrail audit) {
        this.documents = documents;
        this.decisions = decisions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Shown of(int year) {
        return documents.findByYear(year).map(d -> new Shown(d.details(), d.getVersion()))
                .orElseGet(() -> new Shown(defaults(), -1));
    }

    /** @throws AccessDeniedException unless the user writes the district's report (the steering committee) */
    public static void requireEditor(CurrentUser user) {
        if (!user.hasRole(Role.STEERING)) {
            throw new AccessDeniedException("steering committee only");
        }
    }

    /** Saves what was typed; the year's document is created on the first save. */
    public void save(int year, long version, YearEndDocument.Details details, CurrentUser user) {
        requireEditor(user);
        YearEndDocument document = documents.findByYear(year).orElse(null);
        if (document == null) {
            if (version != -1) {
                throw new StaleEditException();
            }
            documents.save(new YearEndDocument(year, details));
            audit.recordChanges(AuditAction.REPORT_SAVED, String.valueOf(year), "report", defaults(), details);
        }
        else {
            if (document.getVersion() != version) {
                throw new StaleEditException();
            }
            YearEndDocument.Details before = document.details();
            document.update(details);
            audit.recordChanges(AuditAction.REPORT_SAVED, String.valueOf(year), "report", before, details);
        }
    }

    /**
     * A commune's own summary is its own document: its People's Committee in the header, its number and signer to
     * fill in by hand, and none of the district's typed text.
     */
    @Transactional(readOnly = true)
    public Shown ofCommune(int year, String communeName) {
        Shown district = of(year);
        return new Shown(new YearEndDocument.Details("ỦY BAN NHÂN DÂN " + communeName.toUpperCase(VIETNAMESE), null,
                district.details().placeName(), null, "CHỦ TỊCH", null, null, null, null), -1);
    }

    private YearEndDocument.Details defaults() {
        IssuingBody body = decisions.reportBody().orElse(null);
        if (body == null) {
            return new YearEndDocument.Details("BAN CHỈ ĐẠO", null, "", null, null, null, null, null, null);
        }
        return new YearEndDocument.Details(body.getHeaderName(), null, body.getPlaceName(), null,
                body.getSignerTitle(), body.getSignerName(), body.getRecipients(), null, null);
    }
}
