package io.lowvoltage.exceptions;

/** DynamoDB error {@code ItemCollectionSizeLimitExceededException}: an item collection of a table with a local secondary index would exceed 10 GB. */
public final class ItemCollectionSizeLimitExceededException extends ClientException {
    /** @param error what DynamoDB said */
    public ItemCollectionSizeLimitExceededException(ServiceError error) {
        super(error);
    }
}
