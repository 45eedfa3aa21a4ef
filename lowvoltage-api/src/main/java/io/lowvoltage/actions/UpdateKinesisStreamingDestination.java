package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * Changes the settings of streaming a table's changes to a Kinesis data stream: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateKinesisStreamingDestination.html">UpdateKinesisStreamingDestination</a>.
 *
 * <pre>{@code
 * connection.request(new UpdateKinesisStreamingDestination("T", kinesisStreamArn)
 *         .updateKinesisStreamingConfiguration(UpdateKinesisStreamingConfiguration.microsecond()));
 * }</pre>
 * Mandatory: the table and the Kinesis data stream, in the constructor or chained. Not thread-safe: a builder.
 */
public final class UpdateKinesisStreamingDestination
        extends KinesisStreamingDestinationAction<UpdateKinesisStreamingDestination, UpdateKinesisStreamingDestinationResponse> {
    /** An empty UpdateKinesisStreamingDestination: set the table and stream by chaining. */
    public UpdateKinesisStreamingDestination() {
        super("UpdateKinesisStreamingDestination", FeatureMembers.UPDATE_KINESIS_STREAMING_CONFIGURATION);
    }

    /**
     * @param tableName the table's name or ARN
     * @param streamArn the Kinesis data stream's ARN
     */
    public UpdateKinesisStreamingDestination(String tableName, String streamArn) {
        this();
        tableName(tableName);
        streamArn(streamArn);
    }

    @Override
    protected String operation() {
        return "UpdateKinesisStreamingDestination";
    }

    /**
     * @param configuration the streaming settings (API member {@code UpdateKinesisStreamingConfiguration})
     * @return this action
     */
    public UpdateKinesisStreamingDestination updateKinesisStreamingConfiguration(UpdateKinesisStreamingConfiguration configuration) {
        return configuration(configuration);
    }

    @Override
    protected UpdateKinesisStreamingDestinationResponse readResponse(JsonParser parser) {
        return UpdateKinesisStreamingDestinationResponse.read(parser);
    }
}
