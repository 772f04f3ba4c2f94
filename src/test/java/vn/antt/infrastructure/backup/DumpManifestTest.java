package vn.antt.infrastructure.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DumpManifestTest {

    private static DumpManifest manifest(String version) {
        Map<String, Long> tables = new LinkedHashMap<>();
        tables.put("commune", 27L);
        tables.put("dossier", 0L);
        return new DumpManifest(DumpManifest.FORMAT, version, "2026-11-30T05:00:00Z", "17.6", tables,
                Map.of("dossier_id_seq", new DumpManifest.Sequence(1, false)));
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        manifest("38").write(out);
        DumpManifest read = DumpManifest.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read).isEqualTo(manifest("38"));
        assertThat(read.tables().keySet()).containsExactly("commune", "dossier");
    }

    @Test
    void aDumpOfTheSameSchemaVersionIsTaken() {
        assertThat(manifest("38").refusal("38")).isNull();
    }

    @Test
    void aDumpOfAnotherSchemaVersionIsRefusedSayingWhatToDo() {
        assertThat(manifest("37").refusal("38"))
                .contains("phiên bản 37", "phiên bản 38", "đúng phiên bản phần mềm đã tạo bản sao lưu")
                .contains("schema version 37", "restore it with the version of ANTT that wrote it");
    }

    @Test
    void aDumpOfAnotherFormatIsRefused() {
        DumpManifest future = new DumpManifest(2, "38", "", "", Map.of(), Map.of());
        assertThat(future.refusal("38")).contains("định dạng 2").contains("format 2");
    }
}
