package io.lowvoltage;

/**
 * The two web services an {@link Action} can belong to: DynamoDB itself, and DynamoDB Streams, which has its
 * own endpoint ({@code streams.dynamodb.<region>.amazonaws.com}) and target prefix. Both sign as
 * {@code dynamodb}.
 */
public enum Service {
    /** DynamoDB: {@code https://dynamodb.<region>.amazonaws.com}, targets {@code DynamoDB_20120810.*}. */
    DYNAMODB("dynamodb", "DynamoDB_20120810."),
    /** DynamoDB Streams: {@code https://streams.dynamodb.<region>.amazonaws.com}, targets {@code DynamoDBStreams_20120810.*}. */
    STREAMS("streams.dynamodb", "DynamoDBStreams_20120810.");

    private final String endpointPrefix;
    private final String targetPrefix;

    Service(String endpointPrefix, String targetPrefix) {
        this.endpointPrefix = endpointPrefix;
        this.targetPrefix = targetPrefix;
    }

    /** @return the host prefix of the service's regional endpoint, such as {@code streams.dynamodb} */
    public String endpointPrefix() {
        return endpointPrefix;
    }

    /** @return what precedes the operation name in {@code X-Amz-Target}, dot included */
    public String targetPrefix() {
        return targetPrefix;
    }
}
