package vn.antt.infrastructure.excel;

import java.util.List;
import java.util.Map;

import vn.antt.infrastructure.security.CurrentUser;

/**
 * Imports one kind of record from Excel. Each feature module offers its own; the import pages find them as beans.
 * A run first checks every row (the dry run), then saves the rows that passed, all in one transaction.
 */
public interface Importer {

    /** The kind's code in addresses, e.g. "models". */
    String kind();

    /** The message key of the kind's name, e.g. "Mô hình tự quản". */
    String titleKey();

    boolean allowedFor(CurrentUser user);

    List<ImportColumn> columns();

    /** For the template's second sheet: per column header key, the values a cell may take. */
    Map<String, List<String>> allowedValues(CurrentUser user);

    /** Starts a run for the user: loads what rows are checked against. */
    Run begin(CurrentUser user);

    /** One pass over a file: rows are checked in order (duplicates within the file are found), then saved. */
    interface Run {

        /** The row's problems; none means it can be saved. */
        List<CellProblem> check(ImportRow row);

        /** Saves a row that passed {@link #check}. */
        void save(ImportRow row);
    }
}
