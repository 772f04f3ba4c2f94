package vn.antt.infrastructure.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class DataDirectoryVersionTest {

    @TempDir
    Path directory;

    @Test
    void aNewDirectoryIsTaken() throws Exception {
        assertThat(DataDirectoryVersion.refusal(directory.resolve("postgres"), 17)).isNull();
        assertThat(DataDirectoryVersion.refusal(directory, 17)).isNull();
    }

    @Test
    void aDirectoryOfTheServersMajorVersionIsTaken() throws Exception {
        Files.writeString(directory.resolve("PG_VERSION"), "17\n");
        assertThat(DataDirectoryVersion.refusal(directory, 17)).isNull();
    }

    @Test
    void aDirectoryOfAnotherMajorVersionIsRefusedSayingHowToMoveTheData() throws Exception {
        Files.writeString(directory.resolve("PG_VERSION"), "16\n");
        String refusal = DataDirectoryVersion.refusal(directory, 17);
        assertThat(refusal)
                .contains("là của PostgreSQL 16", "dùng PostgreSQL 17", "Không có gì bị thay đổi")
                .contains("--antt.backup=sao-luu.zip", "--antt.restore=sao-luu.zip")
                .contains("belongs to PostgreSQL 16", "runs PostgreSQL 17", "--antt.backup=backup.zip",
                        "--antt.restore=backup.zip")
                .contains(directory.toAbsolutePath().toString());
    }

    @Test
    void theMajorVersionCheckedIsThatOfTheEmbeddedServersBinaries() throws Exception {
        // zonky's binaries jar is named after the PostgreSQL version it holds, e.g. …-linux-amd64-17.6.0.jar
        Resource[] binaries = new PathMatchingResourcePatternResolver().getResources("classpath*:postgres-*.txz");
        assertThat(binaries).isNotEmpty();
        for (Resource archive : binaries) {
            Matcher version = Pattern.compile("-(\\d+)\\.\\d+\\.\\d+\\.jar!").matcher(archive.getURL().toString());
            assertThat(version.find()).as(archive.getURL().toString()).isTrue();
            assertThat(Integer.parseInt(version.group(1))).isEqualTo(DataDirectoryVersion.EMBEDDED_MAJOR);
        }
    }
}
