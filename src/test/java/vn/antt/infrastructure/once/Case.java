package vn.antt.infrastructure.once;

/** Builds one valid request of a mapping on fresh records of the test's own. */
@FunctionalInterface
interface Case {

    Action build(Fixture fixture) throws Exception;
}
