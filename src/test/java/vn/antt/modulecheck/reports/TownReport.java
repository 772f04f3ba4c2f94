package vn.antt.modulecheck.reports;

import vn.antt.modulecheck.towns.internal.TownRepository;

/** Another module that reads the first one's repository instead of its API: what the check must refuse. */
public class TownReport {

    private final TownRepository towns;

    public TownReport(TownRepository towns) {
        this.towns = towns;
    }

    public int count() {
        return towns.findAll().size();
    }
}
