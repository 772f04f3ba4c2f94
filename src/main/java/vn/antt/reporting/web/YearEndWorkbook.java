package vn.antt.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.antt.reporting.Share;
import vn.antt.reporting.YearEndDocument;
import vn.antt.reporting.YearEndDocuments;
import vn.antt.reporting.YearEndFigures;

/**
 * The year-end summary as an Excel file with the content of the PDF, from the same figures: every sheet starts with
 * the issuing body and the report's title with its year; figures are numbers (a share is two cells, never "27/27"),
 * and a sheet without rows says so.
 */
final class YearEndWorkbook {

    /** A message with its arguments, in Vietnamese. */
    interface Labels {
        String text(String key, Object... args);
    }

    /** Rows of a sheet start under the issuing body, the title and an empty line. */
    private static final int HEADER_ROW = 3;

    private final Labels labels;
    private Workbook workbook;
    private CellStyle bold;

    YearEndWorkbook(Labels labels) {
        this.labels = labels;
    }

    byte[] write(YearEndFigures f, YearEndFigures.PreviousYear previous, YearEndDocuments.Issuer issuer,
                 YearEndDocument.Details typed) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook = book;
            bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            String title = f.communeCode() == null ? labels.text("report.yearEnd.subject", f.year())
                    : labels.text("report.yearEnd.subjectOf", f.year(), f.scopeNameInText());
            String body = issuer.parentBody() == null ? issuer.issuingBody()
                    : issuer.parentBody() + " - " + issuer.issuingBody();

            summary(sheet("report.sheet.summary", body, title, "report.excel.figure", "report.excel.part",
                    "report.excel.whole", "report.excel.pct", "report.excel.previousPart",
                    "report.excel.previousWhole", "report.excel.previousPct", "report.excel.change"), f, previous);

            Sheet types = sheet("report.sheet.types", body, title, "report.models.type", "report.models.active",
                    "report.models.created");
            f.modelTypes().forEach(t -> line(types, t.type(), t.active(), t.created()));
            Sheet grades = sheet("report.sheet.grades", body, title, "report.excel.grade", "report.excel.count");
            f.qualities().forEach(q -> line(grades, labels.text("report.grade." + q.quality()), q.count()));
            Sheet created = sheet("report.sheet.newModels", body, title, "report.models.name", "report.models.type",
                    "report.table.commune");
            f.newModels().forEach(m -> line(created, m.name(), m.type(), m.commune()));

            communes(sheet("report.sheet.communes", body, title, "report.table.commune", "report.excel.areasPart",
                    "report.excel.areasWhole", "report.excel.organizationsPart", "report.excel.organizationsWhole",
                    "report.models.active", "report.models.created", "report.models.effective",
                    "report.table.result"), f);

            Sheet decisions = sheet("report.sheet.decisions", body, title, "report.excel.decisionNumber",
                    "report.excel.decisionDate", "report.excel.decisionBody", "report.unit.kind",
                    "report.excel.count");
            f.decisions().forEach(d -> line(decisions, d.number(), d.signedOn(), d.body(),
                    labels.text("report.decisions.kind." + d.subjectKind()), d.count()));
            Sheet unrecognized = sheet("report.sheet.unrecognized", body, title, "report.unit", "report.unit.kind",
                    "report.unit.commune", "report.unit.result", "report.unit.reason");
            f.unrecognized().forEach(u -> line(unrecognized, u.name(), labels.text("dossier.subject." + u.kind()),
                    u.commune(), labels.text("dossier.state." + u.state()),
                    u.reason() == null ? labels.text("report.unit.noReason") : u.reason()));
            if (f.communeCode() != null) {
                Sheet units = sheet("report.sheet.units", body, title, "report.unit", "report.unit.kind",
                        "report.units.dossier", "report.unit.result");
                f.units().forEach(u -> line(units, u.name(), labels.text(u.kindKey()),
                        u.state() == null ? labels.text("report.units.noDossier")
                                : labels.text("dossier.state." + u.state()),
                        labels.text(u.resultKey(f.yearClosed()))));
            }

            Sheet events = sheet("report.sheet.events", body, title, "event.kind", "report.table.commune",
                    "report.excel.eventDate", "report.excel.eventPlace", "report.excel.modelSite",
                    "report.excel.participants");
            f.events().forEach(e -> line(events, labels.text("event.kind." + e.kind()),
                    e.commune() == null ? labels.text("report.town") : e.commune(), e.heldOn(), e.place(),
                    e.modelSite() ? labels.text("report.excel.yes") : "", e.participants()));

            Sheet byIssuer = sheet("report.sheet.awardCounts", body, title, "commendation.issuer",
                    "commendation.form", "commendation.collective", "commendation.individual",
                    "report.excel.count");
            f.awardCounts().forEach(a -> line(byIssuer, a.issuer(), labels.text("commendation.form." + a.form()),
                    a.collectives(), a.individuals(), a.collectives() + a.individuals()));
            if (!f.awardCounts().isEmpty()) {
                f.awardIssuers().forEach(i -> bold(line(byIssuer, i, labels.text("report.table.total"), null, null,
                        f.awardsBy(i))));
            }
            Sheet awards = sheet("report.sheet.awards", body, title, "commendation.recipient", "commendation.form",
                    "commendation.issuer", "commendation.decision");
            f.awards().forEach(a -> line(awards, a.recipient(), labels.text("commendation.form." + a.form()),
                    a.issuer(), a.decision()));

            Sheet text = sheet("report.sheet.text", body, title, "report.excel.section", "report.excel.content");
            line(text, labels.text("report.shortcomings"), typed.shortcomings());
            line(text, labels.text("report.directions"), typed.directions());
            line(text, labels.text("report.proposals"), typed.proposals());
            text.setColumnWidth(1, 100 * 256);

            for (Sheet sheet : book) {
                if (sheet.getLastRowNum() == HEADER_ROW) {
                    line(sheet, labels.text("report.none"));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void summary(Sheet sheet, YearEndFigures f, YearEndFigures.PreviousYear previous) {
        share(sheet, "report.excel.communes", f.communes(), previous == null ? null : previous.communes());
        share(sheet, "report.excel.areas", f.areas(), previous == null ? null : previous.areas());
        share(sheet, "report.excel.organizations", f.organizations(),
                previous == null ? null : previous.organizations());
        for (int i = 0; i < f.organizationKinds().size(); i++) {
            YearEndFigures.KindShare kind = f.organizationKinds().get(i);
            share(sheet, "organization.kind." + kind.kind(), kind.share(),
                    previous == null ? null : previous.organizationKinds().get(i).share());
        }
        line(sheet, labels.text("report.excel.target"), null, null, f.targetPct().doubleValue());
        line(sheet, labels.text("report.excel.targetCheck"),
                labels.text(f.organizationsReachTarget() ? "report.target.reached" : "report.target.missed"));
        line(sheet, labels.text("report.excel.modelsActive"), f.models().active());
        line(sheet, labels.text("report.excel.modelsCreated"), f.models().created());
        line(sheet, labels.text("report.excel.modelsEffective"), f.models().effective());
    }

    private void share(Sheet sheet, String key, Share now, Share before) {
        if (before == null) {
            line(sheet, labels.text(key), now.part(), now.whole(), now.pct().doubleValue());
            return;
        }
        line(sheet, labels.text(key), now.part(), now.whole(), now.pct().doubleValue(), before.part(),
                before.whole(), before.pct().doubleValue(), now.pct().subtract(before.pct()).doubleValue());
    }

    private void communes(Sheet sheet, YearEndFigures f) {
        for (YearEndFigures.CommuneRow c : f.communeRows()) {
            line(sheet, c.name(), c.areas().part(), c.areas().whole(), c.organizations().part(),
                    c.organizations().whole(), c.models().active(), c.models().created(), c.models().effective(),
                    labels.text(c.resultKey(f.yearClosed())));
        }
        if (f.townOrganizations().whole() > 0) {
            line(sheet, labels.text("report.table.town"), null, null, f.townOrganizations().part(),
                    f.townOrganizations().whole());
        }
        bold(line(sheet, labels.text("report.table.total"), f.areas().part(), f.areas().whole(),
                f.organizations().part(), f.organizations().whole(), f.models().active(), f.models().created(),
                f.models().effective()));
        bold(line(sheet, labels.text("report.excel.communes"), f.communes().part(), f.communes().whole()));
    }

    /** A sheet with the body and title above its header row, columns as wide as their header asks. */
    private Sheet sheet(String nameKey, String body, String title, String... headerKeys) {
        Sheet sheet = workbook.createSheet(labels.text(nameKey));
        bold(line(sheet, body));
        bold(line(sheet, title));
        sheet.createRow(2);
        List<Object> headers = new ArrayList<>();
        for (String key : headerKeys) {
            headers.add(labels.text(key));
        }
        Row header = bold(line(sheet, headers.toArray()));
        for (int i = 0; i < headerKeys.length; i++) {
            int width = header.getCell(i).getStringCellValue().length() + 4;
            sheet.setColumnWidth(i, (i == 0 ? 50 : Math.min(Math.max(width, 14), 40)) * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        return sheet;
    }

    /** The next row with these values: numbers as numbers, text as text, null as an empty cell. */
    private static Row line(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            }
            else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
        return row;
    }

    private Row bold(Row row) {
        for (Cell cell : row) {
            cell.setCellStyle(bold);
        }
        return row;
    }
}
