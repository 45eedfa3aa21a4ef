package io.lowvoltage.actions;

import io.lowvoltage.Action;
import tools.jackson.core.JsonGenerator;
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
public final class EnableKinesisStreamingDestination extends Action<EnableKinesisStreamingDestinationResponse> {
    private final KinesisStreamingDestinationRequest request = new KinesisStreamingDestinationRequest(
            "EnableKinesisStreamingDestination", FeatureMembers.ENABLE_KINESIS_STREAMING_CONFIGURATION);

    /** An empty EnableKinesisStreamingDestination: set the table and stream by chaining. */
    public EnableKinesisStreamingDestination() {
    }

    /**
     * @param tableName the table's name or ARN
     * @param streamArn the Kinesis data stream's ARN
     */
    public EnableKinesisStreamingDestination(String tableName, String streamArn) {
        tableName(tableName);
        streamArn(streamArn);
    }

    @Override
    protected String operation() {
        return "EnableKinesisStreamingDestination";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public EnableKinesisStreamingDestination tableName(String tableName) {
        request.tableName(tableName);
        return this;
    }

    /**
     * @param streamArn the Kinesis data stream's ARN (API member {@code StreamArn})
     * @return this action
     */
    public EnableKinesisStreamingDestination streamArn(String streamArn) {
        request.streamArn(streamArn);
        return this;
    }

    /**
     * @param configuration the streaming settings (API member {@code EnableKinesisStreamingConfiguration})
     * @return this action
     */
    public EnableKinesisStreamingDestination enableKinesisStreamingConfiguration(EnableKinesisStreamingConfiguration configuration) {
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
    protected EnableKinesisStreamingDestinationResponse readResponse(JsonParser parser) {
        return EnableKinesisStreamingDestinationResponse.read(parser);
    }
}
