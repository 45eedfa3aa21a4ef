package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * Starts streaming a table's changes to a Kinesis data stream: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_EnableKinesisStreamingDestination.html">EnableKinesisStreamingDestination</a>.
 *
 * <pre>{@code
 * connection.request(new EnableKinesisStreamingDestination("T", kinesisStreamArn)
 *         .enableKinesisStreamingConfiguration(EnableKinesisStreamingConfiguration.microsecond()));
 * }</pre>
 * Mandatory: the table and the Kinesis data stream, in the constructor or chained. Not thread-safe: a builder.
 */
public final class EnableKinesisStreamingDestination
        extends KinesisStreamingDestinationAction<EnableKinesisStreamingDestination, EnableKinesisStreamingDestinationResponse> {
    /** An empty EnableKinesisStreamingDestination: set the table and stream by chaining. */
    public EnableKinesisStreamingDestination() {
        super("EnableKinesisStreamingDestination", FeatureMembers.ENABLE_KINESIS_STREAMING_CONFIGURATION);
    }

    /**
     * @param tableName the table's name or ARN
     * @param streamArn the Kinesis data stream's ARN
     */
    public EnableKinesisStreamingDestination(String tableName, String streamArn) {
        this();
        tableName(tableName);
        streamArn(streamArn);
    }

    @Override
    protected String operation() {
        return "EnableKinesisStreamingDestination";
    }

    /**
     * @param configuration the streaming settings (API member {@code EnableKinesisStreamingConfiguration})
     * @return this action
     */
    public EnableKinesisStreamingDestination enableKinesisStreamingConfiguration(EnableKinesisStreamingConfiguration configuration) {
        return configuration(configuration);
    }

    @Override
    protected EnableKinesisStreamingDestinationResponse readResponse(JsonParser parser) {
        return EnableKinesisStreamingDestinationResponse.read(parser);
    }
}
