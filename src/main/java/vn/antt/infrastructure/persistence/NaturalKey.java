package vn.antt.infrastructure.persistence;

import java.util.function.Supplier;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import vn.antt.infrastructure.problem.FieldProblem;

/**
 * A natural key held by a unique index of the database (its {@code constraint}), which a service also checks before
 * saving. The check alone does not hold when two forms are sent at the same moment (two tabs, two clerks): both pass
 * it, and the index refuses the second. That refusal is shown as the check's own field message, never as an error
 * page.
 */
public record NaturalKey(String constraint, String field, String messageKey) {

    /** Runs a write that flushes (an insert, or an update followed by a flush); the key's refusal is a field problem. */
    public <T> T guard(Supplier<T> write) {
        try {
            return write.get();
        }
        catch (DataIntegrityViolationException violation) {
            if (violated(violation, constraint)) {
                throw new FieldProblem(field, messageKey);
            }
            throw violation;
        }
    }

    /** Whether the database refused a write because of the unique index (or constraint) {@code constraint}. */
    public static boolean violated(DataIntegrityViolationException failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return constraint.equals(violation.getConstraintName());
            }
        }
        return false;
    }
}
