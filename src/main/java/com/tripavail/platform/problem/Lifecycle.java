package com.tripavail.platform.problem;

/**
 * A status that knows where it may go next. {@link #transition} is the one guard every entity's
 * state change goes through: a move its lifecycle does not allow is a 409 {@code invalid_transition}.
 */
public interface Lifecycle<S extends Lifecycle<S>> {
    boolean canTransitionTo(S next);

    /** {@code next} when {@code from} may go there; else the 409 naming {@code what} ("a payout"). */
    static <S extends Lifecycle<S>> S transition(String what, S from, S next) {
        if (!from.canTransitionTo(next)) {
            throw DomainException.conflict("invalid_transition", what + " cannot go from " + from + " to " + next);
        }
        return next;
    }
}
