package vn.antt.infrastructure.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a dump holds besides its tables' rows: its format, the schema version (Flyway's) it was taken at, every
 * table with its row count in the order of the file, and every sequence's value. An entry of the dump's zip file.
 */
record DumpManifest(int format, String schemaVersion, String takenAt, String serverVersion,
                    Map<String, Long> tables, Map<String, Sequence> sequences) {

    /** The dump format this code writes and reads. */
    static final int FORMAT = 1;

    static final String ENTRY = "manifest.properties";

    /** A sequence's value: {@code setval(name, value, called)} gives it back. */
    record Sequence(long value, boolean called) {
    }

    DumpManifest {
        tables = new LinkedHashMap<>(tables);
        sequences = new LinkedHashMap<>(sequences);
    }

    /**
     * Null when a database at {@code appVersion} can take this dump; otherwise why not, in Vietnamese and English.
     */
    String refusal(String appVersion) {
        if (format != FORMAT) {
            return "Tệp sao lưu có định dạng " + format + ", phần mềm này chỉ đọc định dạng " + FORMAT + ". / "
                    + "The backup file has format " + format + "; this version reads format " + FORMAT + ".";
        }
        if (!schemaVersion.equals(appVersion)) {
            return "Tệp sao lưu được tạo với cơ sở dữ liệu phiên bản " + schemaVersion + ", phần mềm này dùng phiên bản "
                    + appVersion + ": hãy khôi phục bằng đúng phiên bản phần mềm đã tạo bản sao lưu, rồi mới nâng cấp. / "
                    + "The backup was taken at schema version " + schemaVersion + " but this version of ANTT uses "
                    + appVersion + ": restore it with the version of ANTT that wrote it, then upgrade.";
        }
        return null;
    }

    void write(OutputStream out) {
        Properties properties = new Properties();
        properties.setProperty("format", String.valueOf(format));
        properties.setProperty("schema.version", schemaVersion);
        properties.setProperty("taken.at", takenAt);
        properties.setProperty("server.version", serverVersion);
        properties.setProperty("tables", String.join(",", tables.keySet()));
        tables.forEach((table, rows) -> properties.setProperty("rows." + table, String.valueOf(rows)));
        properties.setProperty("sequences", String.join(",", sequences.keySet()));
        sequences.forEach((name, sequence) -> properties.setProperty("sequence." + name,
                sequence.value() + (sequence.called() ? "" : ",not-called")));
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "ANTT database backup");
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static DumpManifest read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        String format = properties.getProperty("format");
        if (format == null || properties.getProperty("schema.version") == null) {
            throw new IOException("not an ANTT backup: its manifest has no format or schema version");
        }
        Map<String, Long> tables = new LinkedHashMap<>();
        for (String table : names(properties.getProperty("tables"))) {
            tables.put(table, Long.parseLong(properties.getProperty("rows." + table, "0")));
        }
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        for (String name : names(properties.getProperty("sequences"))) {
            String[] value = properties.getProperty("sequence." + name).split(",");
            sequences.put(name, new Sequence(Long.parseLong(value[0]), value.length == 1));
        }
        return new DumpManifest(Integer.parseInt(format), properties.getProperty("schema.version"),
                properties.getProperty("taken.at", ""), properties.getProperty("server.version", ""), tables,
                sequences);
    }

    private static List<String> names(String list) {
        return list == null || list.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(list.split(",")));
    }
}
