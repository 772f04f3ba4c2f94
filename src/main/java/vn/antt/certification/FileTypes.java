package vn.antt.certification;

import java.util.Locale;
import java.util.Optional;

/**
 * The attachment types a dossier accepts (PDF, JPEG, PNG, DOC, DOCX, XLS, XLSX), told by their content and not by
 * the name a file was given: an ".exe" renamed ".pdf" is refused.
 */
public final class FileTypes {

    private FileTypes() {
    }

    /** The content type the file really is, or empty when it is none of the accepted ones. */
    public static Optional<String> detect(String fileName, byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (starts(content, 0x25, 0x50, 0x44, 0x46) && name.endsWith(".pdf")) {
            return Optional.of("application/pdf");
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47) && name.endsWith(".png")) {
            return Optional.of("image/png");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF) && (name.endsWith(".jpg") || name.endsWith(".jpeg"))) {
            return Optional.of("image/jpeg");
        }
        if (starts(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return name.endsWith(".doc") ? Optional.of("application/msword")
                    : name.endsWith(".xls") ? Optional.of("application/vnd.ms-excel") : Optional.empty();
        }
        if (starts(content, 0x50, 0x4B, 0x03, 0x04)) {
            return name.endsWith(".docx")
                    ? Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    : name.endsWith(".xlsx")
                    ? Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... magic) {
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
