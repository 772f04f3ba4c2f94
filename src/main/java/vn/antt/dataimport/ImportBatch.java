package vn.antt.dataimport;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An uploaded Excel file on its way in: checked (dry run), then imported in one transaction, or failed. */
@Entity
public class ImportBatch {

    public enum Status { CHECKED, RUNNING, IMPORTED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String uploadedBy;

    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    private Status status = Status.CHECKED;

    private int totalRows;

    private int validRows;

    private int importedRows;

    private Instant finishedAt;

    /** One line per row of the file: its number, whether it was stored, and why not. */
    private String outcome;

    @Version
    private long version;

    protected ImportBatch() {
    }

    ImportBatch(String kind, String fileName, byte[] content, String uploadedBy, Instant uploadedAt, int totalRows,
                int validRows) {
        this.kind = kind;
        this.fileName = fileName;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.totalRows = totalRows;
        this.validRows = validRows;
    }

    void finish(List<RowResult> rows, Instant at) {
        status = Status.IMPORTED;
        importedRows = (int) rows.stream().filter(RowResult::stored).count();
        outcome = String.join("\n", rows.stream().map(RowResult::line).toList());
        finishedAt = at;
    }

    /** What became of each row of an imported file: stored, or not stored and why. */
    public record RowResult(int row, boolean stored, String reason) {

        String line() {
            return row + "\t" + stored + (stored ? "" : "\t" + reason.replace('\t', ' ').replace('\n', ' '));
        }

        static RowResult of(String line) {
            String[] parts = line.split("\t", 3);
            return new RowResult(Integer.parseInt(parts[0]), Boolean.parseBoolean(parts[1]),
                    parts.length > 2 ? parts[2] : null);
        }
    }

    void fail(Instant at) {
        status = Status.FAILED;
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getValidRows() {
        return validRows;
    }

    public int getImportedRows() {
        return importedRows;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** Every row's fate once imported; empty before (and for imports older than this record). */
    public List<RowResult> getRowResults() {
        return outcome == null || outcome.isEmpty() ? List.of()
                : Arrays.stream(outcome.split("\n")).map(RowResult::of).toList();
    }

    /** Rows valid at the dry run that were not stored (the registry changed before the confirmation). */
    public int getValidNotStored() {
        return Math.max(0, validRows - importedRows);
    }
}
