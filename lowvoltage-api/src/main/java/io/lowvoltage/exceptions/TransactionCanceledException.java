package io.lowvoltage.exceptions;

import java.util.List;

/**
 * DynamoDB error {@code TransactionCanceledException}: the whole transaction was cancelled.
 * {@link #cancellationReasons()} has one reason per item of the request, in order.
 */
public final class TransactionCanceledException extends ClientException {
    private final List<CancellationReason> cancellationReasons;

    /**
     * @param error               what DynamoDB said
     * @param cancellationReasons one per item of the request, in order
     */
    public TransactionCanceledException(ServiceError error, List<CancellationReason> cancellationReasons) {
        super(error);
        this.cancellationReasons = List.copyOf(cancellationReasons);
    }

    /** @return one reason per item of the request, in request order */
    public List<CancellationReason> cancellationReasons() {
        return cancellationReasons;
    }
}
