package io.lowvoltage.exceptions;

/** DynamoDB error {@code ExpiredIteratorException}: the DynamoDB Streams shard iterator has expired: get a new one. */
public final class ExpiredIteratorException extends ClientException {
    /** @param error what DynamoDB said */
    public ExpiredIteratorException(ServiceError error) {
        super(error);
    }
}
