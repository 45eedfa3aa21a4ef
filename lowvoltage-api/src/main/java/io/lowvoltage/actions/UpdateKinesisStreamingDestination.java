package io.lowvoltage.actions;

import io.lowvoltage.Action;
import tools.jackson.core.JsonGenerator;
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
public final class UpdateKinesisStreamingDestination extends Action<UpdateKinesisStreamingDestinationResponse> {
    private final KinesisStreamingDestinationRequest request = new KinesisStreamingDestinationRequest(
            "UpdateKinesisStreamingDestination", FeatureMembers.UPDATE_KINESIS_STREAMING_CONFIGURATION);

    /** An empty UpdateKinesisStreamingDestination: set the table and stream by chaining. */
    public UpdateKinesisStreamingDestination() {
    }

    /**
     * @param tableName the table's name or ARN
     * @param streamArn the Kinesis data stream's ARN
     */
    public UpdateKinesisStreamingDestination(String tableName, String streamArn) {
        tableName(tableName);
        streamArn(streamArn);
    }

    @Override
    protected String operation() {
        return "UpdateKinesisStreamingDestination";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public UpdateKinesisStreamingDestination tableName(String tableName) {
        request.tableName(tableName);
        return this;
    }

    /**
     * @param streamArn the Kinesis data stream's ARN (API member {@code StreamArn})
     * @return this action
     */
    public UpdateKinesisStreamingDestination streamArn(String streamArn) {
        request.streamArn(streamArn);
        return this;
    }

    /**
     * @param configuration the streaming settings (API member {@code UpdateKinesisStreamingConfiguration})
     * @return this action
     */
    public UpdateKinesisStreamingDestination updateKinesisStreamingConfiguration(UpdateKinesisStreamingConfiguration configuration) {
        request.configuration(configuration);
        return this;
    }

    @Override
    protected void validate() {
        request.validate();
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        request.write(generator);
    }

    @Override
    protected UpdateKinesisStreamingDestinationResponse readResponse(JsonParser parser) {
        return UpdateKinesisStreamingDestinationResponse.read(parser);
    }
}
