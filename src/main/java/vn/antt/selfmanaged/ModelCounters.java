package vn.antt.selfmanaged;

/** The figures above the models list for a year: active at year end (suspended among them), new, effective. */
public interface ModelCounters {

    long getActive();

    long getSuspended();

    long getCreated();

    long getEffective();
}
