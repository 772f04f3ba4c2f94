package vn.antt.dataimport;

import java.time.Instant;

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

    void finish(int imported, Instant at) {
        status = Status.IMPORTED;
        importedRows = imported;
        finishedAt = at;
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
}
