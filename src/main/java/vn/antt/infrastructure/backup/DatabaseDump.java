package vn.antt.infrastructure.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A consistent logical dump of the application's schema without {@code pg_dump} (the embedded server ships none):
 * every table read with {@code COPY … TO STDOUT} in one {@code REPEATABLE READ, READ ONLY} transaction, so that all
 * tables are seen at the same instant while officers keep working; one zip file with one entry per table and a
 * {@link DumpManifest}. {@link #restore} loads such a file into a database freshly migrated to the same schema
 * version.
 */
final class DatabaseDump {

    /** Sessions are not data: a restored database starts with nobody logged in. */
    private static final List<String> NOT_DUMPED = List.of("spring_session", "spring_session_attributes");

    private static final String DATA_DIRECTORY = "data/";

    private DatabaseDump() {
    }

    /** Writes the dump to {@code file} (through a temporary file beside it, so a failure leaves no half file). */
    static DumpManifest write(DataSource dataSource, Path file) throws IOException, SQLException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        DumpManifest manifest;
        try (Connection connection = dataSource.getConnection();
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                String schemaVersion = schemaVersion(connection); // the transaction's snapshot is taken here
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                Map<String, Long> tables = new LinkedHashMap<>();
                for (String table : tables(connection)) {
                    zip.putNextEntry(new ZipEntry(DATA_DIRECTORY + table + ".copy"));
                    tables.put(table, copy.copyOut("copy " + quote(table) + " to stdout", zip));
                    zip.closeEntry();
                }
                // last, as its row counts are known only now (a zip is read by name, in any order)
                manifest = new DumpManifest(DumpManifest.FORMAT, schemaVersion, Instant.now().toString(),
                        serverVersion(connection), tables, sequences(connection));
                zip.putNextEntry(new ZipEntry(DumpManifest.ENTRY));
                manifest.write(zip);
                zip.closeEntry();
            }
            finally {
                connection.rollback();
            }
        }
        catch (IOException | SQLException | RuntimeException ex) {
            Files.deleteIfExists(partial);
            throw ex;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    /** The manifest of a dump file. */
    static DumpManifest manifest(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(DumpManifest.ENTRY);
            if (entry == null) {
                throw new IOException(file + " is not an ANTT backup (no " + DumpManifest.ENTRY + ")");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return DumpManifest.read(in);
            }
        }
    }

    /**
     * Replaces every row of the database (freshly migrated to the dump's schema version) with the dump's, in one
     * transaction: foreign keys and triggers are set aside while loading ({@code session_replication_role}, which
     * needs a superuser, as the embedded server's is), then sequences are set; the row counts are checked against the
     * manifest. Nothing is changed when anything fails.
     */
    static void restore(DataSource dataSource, Path file) throws IOException, SQLException {
        DumpManifest manifest = manifest(file);
        try (ZipFile zip = new ZipFile(file.toFile()); Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local session_replication_role = replica");
                    List<String> present = tables(connection);
                    List<String> missing = manifest.tables().keySet().stream()
                            .filter(table -> !present.contains(table)).toList();
                    if (!missing.isEmpty()) {
                        throw new IllegalStateException("the database has no table " + missing);
                    }
                    List<String> all = new ArrayList<>(present);
                    all.addAll(NOT_DUMPED);
                    statement.execute("truncate table " + String.join(", ", all.stream().map(DatabaseDump::quote)
                            .toList()));
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Map.Entry<String, Long> table : manifest.tables().entrySet()) {
                    ZipEntry entry = zip.getEntry(DATA_DIRECTORY + table.getKey() + ".copy");
                    if (entry == null) {
                        throw new IOException("the backup has no rows for table " + table.getKey());
                    }
                    long loaded;
                    try (InputStream in = zip.getInputStream(entry)) {
                        loaded = copy.copyIn("copy " + quote(table.getKey()) + " from stdin", in);
                    }
                    if (loaded != table.getValue()) {
                        throw new IOException("table " + table.getKey() + ": " + loaded + " rows in the file, "
                                + table.getValue() + " in its manifest");
                    }
                }
                try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    for (Map.Entry<String, DumpManifest.Sequence> sequence : manifest.sequences().entrySet()) {
                        setval.setString(1, quote(sequence.getKey()));
                        setval.setLong(2, sequence.getValue().value());
                        setval.setBoolean(3, sequence.getValue().called());
                        setval.execute();
                    }
                }
                connection.commit();
            }
            catch (IOException | SQLException | RuntimeException ex) {
                connection.rollback();
                throw ex;
            }
        }
    }

    /** The highest schema version Flyway recorded as applied. */
    static String schemaVersion(Connection connection) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select version from flyway_schema_history where success and version is not null")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions.stream().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion)
                .orElseThrow(() -> new IllegalStateException("no schema version in flyway_schema_history"));
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
            while (rows.next()) {
                if (!NOT_DUMPED.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static Map<String, DumpManifest.Sequence> sequences(Connection connection) throws SQLException {
        Map<String, DumpManifest.Sequence> sequences = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select sequencename, coalesce(last_value, start_value), last_value is not null
                     from pg_sequences where schemaname = current_schema() order by sequencename""")) {
            while (rows.next()) {
                sequences.put(rows.getString(1), new DumpManifest.Sequence(rows.getLong(2), rows.getBoolean(3)));
            }
        }
        return sequences;
    }

    private static String serverVersion(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion();
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
