package io.lowvoltage.exceptions;

import io.lowvoltage.internal.ErrorCodes;
import java.util.List;

/**
 * DynamoDB error {@code TransactionCanceledException}: the whole transaction was cancelled.
 * {@link #cancellationReasons()} has one reason per item of the request, in order.
 *
 * <p>Retryable only when every reason other than {@code None} may clear by itself ({@code ThrottlingError},
 * {@code ProvisionedThroughputExceeded}, {@code RequestLimitExceeded}, {@code TransactionConflict}); never
 * when a condition failed or an item was invalid, since sending the same transaction again fails again.
 */
public final class TransactionCanceledException extends ClientException {
    /** One reason per item of the request, in order. */
    private final List<CancellationReason> cancellationReasons;

    /**
     * @param error               what DynamoDB said
     * @param cancellationReasons one per item of the request, in order
     */
    public TransactionCanceledException(ServiceError error, List<CancellationReason> cancellationReasons) {
        super(error);
        this.cancellationReasons = List.copyOf(cancellationReasons);
    }

    @Override
    public boolean isRetryable() {
        boolean retryableReason = false;
        for (CancellationReason reason : cancellationReasons) {
            if (reason.code().equals("None")) {
                continue;
            }
            if (!ErrorCodes.isRetryableCancellation(reason.code())) {
                return false;
            }
            retryableReason = true;
        }
        return retryableReason;
    }

    /** @return one reason per item of the request, in request order */
    public List<CancellationReason> cancellationReasons() {
        return cancellationReasons;
    }
}
