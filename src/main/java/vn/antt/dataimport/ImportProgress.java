package vn.antt.dataimport;

/** Told after every saved row of an import; the import pages show it as a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    void saved(int done, int total);
}
