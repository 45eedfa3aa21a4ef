package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * Stops streaming a table's changes to a Kinesis data stream: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DisableKinesisStreamingDestination.html">DisableKinesisStreamingDestination</a>.
 *
 * <pre>{@code
 * connection.request(new DisableKinesisStreamingDestination("T", kinesisStreamArn)
 *         .enableKinesisStreamingConfiguration(EnableKinesisStreamingConfiguration.microsecond()));
 * }</pre>
 * Mandatory: the table and the Kinesis data stream, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DisableKinesisStreamingDestination
        extends KinesisStreamingDestinationAction<DisableKinesisStreamingDestination, DisableKinesisStreamingDestinationResponse> {
    /** An empty DisableKinesisStreamingDestination: set the table and stream by chaining. */
    public DisableKinesisStreamingDestination() {
        super("DisableKinesisStreamingDestination", FeatureMembers.ENABLE_KINESIS_STREAMING_CONFIGURATION);
    }

    /**
     * @param tableName the table's name or ARN
     * @param streamArn the Kinesis data stream's ARN
     */
    public DisableKinesisStreamingDestination(String tableName, String streamArn) {
        this();
        tableName(tableName);
        streamArn(streamArn);
    }

    @Override
    protected String operation() {
        return "DisableKinesisStreamingDestination";
    }

    /**
     * @param configuration the streaming settings (API member {@code EnableKinesisStreamingConfiguration})
     * @return this action
     */
    public DisableKinesisStreamingDestination enableKinesisStreamingConfiguration(EnableKinesisStreamingConfiguration configuration) {
        return configuration(configuration);
    }

    @Override
    protected DisableKinesisStreamingDestinationResponse readResponse(JsonParser parser) {
        return DisableKinesisStreamingDestinationResponse.read(parser);
    }
}
