package vn.antt.modulecheck.towns.internal;

import java.util.List;

import vn.antt.modulecheck.towns.Town;

/** A module's internal repository, as ANTT's repositories live under each module's {@code internal}. */
public interface TownRepository {

    List<Town> findAll();
}
