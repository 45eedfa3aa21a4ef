package io.lowvoltage.compounds;

import io.lowvoltage.actions.DescribeTableResponse;
import io.lowvoltage.actions.TableStatus;
import io.lowvoltage.compounds.Waiter.State;
import io.lowvoltage.exceptions.ResourceNotFoundException;

/**
 * The DynamoDB waiters of {@code waiters-2.json} that existing actions can express, named after them. Use
 * them with {@link Waiter#await}, or through {@link Compounds#waitForTableActivation} and
 * {@link Compounds#waitForTableDeletion}.
 */
public final class Waiters {
    /**
     * {@code TableExists}: polls DescribeTable until the table is {@code ACTIVE}; a table not found yet means
     * retry.
     */
    public static final Waiter<DescribeTableResponse> TABLE_EXISTS = Waiter.of("TableExists",
            response -> response.table().tableStatus() == TableStatus.ACTIVE ? State.SUCCESS : State.RETRY,
            error -> error instanceof ResourceNotFoundException ? State.RETRY : State.FAILURE);

    /** {@code TableNotExists}: polls DescribeTable until it answers ResourceNotFoundException. */
    public static final Waiter<DescribeTableResponse> TABLE_NOT_EXISTS = Waiter.of("TableNotExists",
            response -> State.RETRY,
            error -> error instanceof ResourceNotFoundException ? State.SUCCESS : State.FAILURE);

    private Waiters() {
    }
}
