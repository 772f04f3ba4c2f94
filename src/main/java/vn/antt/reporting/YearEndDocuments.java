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
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.reporting.internal.YearEndDocumentRepository;

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
     * A commune's own summary is its own document: its People's Committee in the header, its own place and Nơi nhận,
     * its number and signer to fill in by hand, and none of the district's typed text.
     */
    @Transactional(readOnly = true)
    public Shown ofCommune(int year, String communeName) {
        return new Shown(new YearEndDocument.Details(issuerOfCommune(communeName).issuingBody(), null,
                placeOf(communeName), null, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", null,
                String.join("\n", "Ban Chỉ đạo thị xã;", "Công an thị xã;", "Thường trực Đảng ủy, HĐND "
                        + lowerFirst(communeName) + ";", "Lưu: VT."), null, null, null), -1);
    }

    /**
     * Who issues a report, as its header names it: the parent body (regular capitals; null for a People's Committee,
     * which heads its own documents), the issuing body (bold capitals), its place and the symbol of its numbers.
     */
    public record Issuer(String parentBody, String issuingBody, String place, String symbol) {
    }

    /** The district's report is its steering committee's; the header's first line is the parent body. */
    public static Issuer issuerOf(YearEndDocument.Details district) {
        String header = district.headerName() == null ? "" : district.headerName().strip();
        int lineBreak = header.indexOf('\n');
        return lineBreak < 0 ? new Issuer(null, header, district.placeName(), "BC-BCĐ")
                : new Issuer(header.substring(0, lineBreak).strip(), header.substring(lineBreak + 1).strip(),
                        district.placeName(), "BC-BCĐ");
    }

    /** A commune's report is its People's Committee's, dated at the commune's own place. */
    public static Issuer issuerOfCommune(String communeName) {
        return new Issuer(null, "ỦY BAN NHÂN DÂN " + communeName.toUpperCase(VIETNAMESE), placeOf(communeName),
                "BC-UBND");
    }

    /** "Ninh Thủy" for "Phường Ninh Thủy": the place name a commune's documents are dated at. */
    static String placeOf(String communeName) {
        return communeName.replaceFirst("^(Xã|Phường|Thị trấn)\\s+", "");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private YearEndDocument.Details defaults() {
        IssuingBody body = decisions.reportBody().orElse(null);
        if (body == null) {
            return new YearEndDocument.Details("BAN CHỈ ĐẠO", null, "", null, null, null, null, null, null, null);
        }
        return new YearEndDocument.Details(body.getHeaderName(), null, body.getPlaceName(), null,
                body.getSignerTitle(), body.getSignerName(), body.getRecipients(), null, null, null);
    }
}
