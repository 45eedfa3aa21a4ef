package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Describes the Kinesis data streams a table streams its changes to: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeKinesisStreamingDestination.html">DescribeKinesisStreamingDestination</a>.
 *
 * <pre>{@code
 * connection.request(new DescribeKinesisStreamingDestination("T")).kinesisDataStreamDestinations();
 * }</pre>
 * Mandatory: tableName, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DescribeKinesisStreamingDestination extends Action<DescribeKinesisStreamingDestinationResponse> {
    private String tableName;

    /** An empty DescribeKinesisStreamingDestination: set tableName by chaining. */
    public DescribeKinesisStreamingDestination() {
    }

    /**
     * @param tableName the table's name or ARN
     */
    public DescribeKinesisStreamingDestination(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "DescribeKinesisStreamingDestination";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public DescribeKinesisStreamingDestination tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.present(tableName, "DescribeKinesisStreamingDestination", "TableName",
                "new DescribeKinesisStreamingDestination(tableName) or .tableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        generator.writeEndObject();
    }

    @Override
    protected DescribeKinesisStreamingDestinationResponse readResponse(JsonParser parser) {
        return DescribeKinesisStreamingDestinationResponse.read(parser);
    }
}
