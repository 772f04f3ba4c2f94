package vn.antt.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.antt.reporting.Share;
import vn.antt.reporting.YearEndFigures;

/** The year-end summary's tables as an Excel file, from the same figures as the page and the PDF. */
final class YearEndWorkbook {

    private final Function<String, String> label;

    YearEndWorkbook(Function<String, String> label) {
        this.label = label;
    }

    byte[] write(YearEndFigures f) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet summary = workbook.createSheet(label.apply("report.sheet.summary"));
            header(summary, bold, "report.excel.figure", "report.excel.part", "report.excel.whole", "report.excel.pct");
            share(summary, "report.excel.communes", f.communes());
            share(summary, "report.excel.areas", f.areas());
            share(summary, "report.excel.organizations", f.organizations());
            for (YearEndFigures.KindShare kind : f.organizationKinds()) {
                share(summary, "organization.kind." + kind.kind(), kind.share());
            }
            count(summary, "report.excel.modelsActive", f.models().active());
            count(summary, "report.excel.modelsCreated", f.models().created());
            count(summary, "report.excel.modelsEffective", f.models().effective());

            Sheet types = workbook.createSheet(label.apply("report.sheet.types"));
            header(types, bold, "report.models.type", "report.models.active", "report.models.created");
            for (YearEndFigures.TypeRow type : f.modelTypes()) {
                Row row = next(types);
                row.createCell(0).setCellValue(type.type());
                row.createCell(1).setCellValue(type.active());
                row.createCell(2).setCellValue(type.created());
            }

            Sheet communes = workbook.createSheet(label.apply("report.sheet.communes"));
            header(communes, bold, "report.table.commune", "report.excel.areasPart", "report.excel.areasWhole",
                    "report.excel.organizationsPart", "report.excel.organizationsWhole", "report.models.active",
                    "report.models.created", "report.models.effective", "report.table.result");
            for (YearEndFigures.CommuneRow commune : f.communeRows()) {
                Row row = next(communes);
                row.createCell(0).setCellValue(commune.name());
                row.createCell(1).setCellValue(commune.areas().part());
                row.createCell(2).setCellValue(commune.areas().whole());
                row.createCell(3).setCellValue(commune.organizations().part());
                row.createCell(4).setCellValue(commune.organizations().whole());
                row.createCell(5).setCellValue(commune.models().active());
                row.createCell(6).setCellValue(commune.models().created());
                row.createCell(7).setCellValue(commune.models().effective());
                row.createCell(8).setCellValue(label.apply(commune.resultKey(f.yearClosed())));
            }
            if (f.townOrganizations().whole() > 0) {
                Row row = next(communes);
                row.createCell(0).setCellValue(label.apply("report.table.town"));
                row.createCell(3).setCellValue(f.townOrganizations().part());
                row.createCell(4).setCellValue(f.townOrganizations().whole());
            }
            Row total = next(communes);
            total.createCell(0).setCellValue(label.apply("report.table.total"));
            total.createCell(1).setCellValue(f.areas().part());
            total.createCell(2).setCellValue(f.areas().whole());
            total.createCell(3).setCellValue(f.organizations().part());
            total.createCell(4).setCellValue(f.organizations().whole());
            total.createCell(5).setCellValue(f.models().active());
            total.createCell(6).setCellValue(f.models().created());
            total.createCell(7).setCellValue(f.models().effective());
            total.createCell(8).setCellValue(f.communes().part() + "/" + f.communes().whole());
            total.setRowStyle(bold);

            Sheet unrecognized = workbook.createSheet(label.apply("report.sheet.unrecognized"));
            header(unrecognized, bold, "report.unit", "report.unit.kind", "report.unit.commune", "report.unit.result",
                    "report.unit.reason");
            for (YearEndFigures.Unrecognized unit : f.unrecognized()) {
                Row row = next(unrecognized);
                row.createCell(0).setCellValue(unit.name());
                row.createCell(1).setCellValue(label.apply("dossier.subject." + unit.kind()));
                row.createCell(2).setCellValue(unit.commune());
                row.createCell(3).setCellValue(label.apply("dossier.state." + unit.state()));
                row.createCell(4).setCellValue(unit.reason() == null ? "" : unit.reason());
            }
            Sheet awards = workbook.createSheet(label.apply("report.sheet.awards"));
            header(awards, bold, "commendation.recipient", "commendation.form", "commendation.issuer",
                    "commendation.decision");
            for (YearEndFigures.Award award : f.awards()) {
                Row row = next(awards);
                row.createCell(0).setCellValue(award.recipient());
                row.createCell(1).setCellValue(label.apply("commendation.form." + award.form()));
                row.createCell(2).setCellValue(award.issuer());
                row.createCell(3).setCellValue(award.decision() == null ? "" : award.decision());
            }
            for (Sheet sheet : List.of(summary, types, communes, unrecognized, awards)) {
                sheet.setColumnWidth(0, 60 * 256);
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void header(Sheet sheet, CellStyle bold, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            row.createCell(i).setCellValue(label.apply(keys[i]));
            row.getCell(i).setCellStyle(bold);
        }
    }

    private void share(Sheet sheet, String key, Share share) {
        Row row = next(sheet);
        row.createCell(0).setCellValue(label.apply(key));
        row.createCell(1).setCellValue(share.part());
        row.createCell(2).setCellValue(share.whole());
        row.createCell(3).setCellValue(share.pct().doubleValue());
    }

    private void count(Sheet sheet, String key, long value) {
        Row row = next(sheet);
        row.createCell(0).setCellValue(label.apply(key));
        row.createCell(1).setCellValue(value);
    }

    private static Row next(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }
}
