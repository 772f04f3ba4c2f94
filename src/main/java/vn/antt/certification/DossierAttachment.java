package vn.antt.certification;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A document of a dossier, stored in the database with the type its content showed. */
@Entity
public class DossierAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    private AttachmentKind kind;

    private String fileName;

    private String contentType;

    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String uploadedBy;

    private Instant uploadedAt;

    protected DossierAttachment() {
    }

    DossierAttachment(Dossier dossier, AttachmentKind kind, String fileName, String contentType, byte[] content,
                      String uploadedBy, Instant uploadedAt) {
        this.dossier = dossier;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Another file in this document's place: the kind stays, the rest is the new file's. */
    void replace(String fileName, String contentType, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
