package vn.antt.certification.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.certification.AttachmentKind;
import vn.antt.certification.DossierAttachment;

public interface DossierAttachmentRepository extends JpaRepository<DossierAttachment, Long> {

    /** The attachments without their content, for listing. */
    @Query("""
            select new vn.antt.certification.internal.DossierAttachmentRepository$Listed(a.id, a.kind, a.fileName, a.sizeBytes,
                   a.uploadedBy, a.uploadedAt)
            from DossierAttachment a where a.dossier.id = :dossierId order by a.kind, a.id""")
    List<Listed> listOfDossier(long dossierId);

    record Listed(Long id, AttachmentKind kind, String fileName, long sizeBytes, String uploadedBy,
                  Instant uploadedAt) {
    }
}
