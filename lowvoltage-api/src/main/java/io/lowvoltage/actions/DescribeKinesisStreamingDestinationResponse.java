package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeKinesisStreamingDestination} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeKinesisStreamingDestination.html#API_DescribeKinesisStreamingDestination_ResponseSyntax">DescribeKinesisStreamingDestination response</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class DescribeKinesisStreamingDestinationResponse {
    private final String tableName;
    private final List<KinesisDataStreamDestination> kinesisDataStreamDestinations;

    private DescribeKinesisStreamingDestinationResponse(String tableName,
            List<KinesisDataStreamDestination> kinesisDataStreamDestinations) {
        this.tableName = tableName;
        this.kinesisDataStreamDestinations = kinesisDataStreamDestinations;
    }

    static DescribeKinesisStreamingDestinationResponse read(JsonParser parser) {
        String tableName = null;
        List<KinesisDataStreamDestination> kinesisDataStreamDestinations = List.of();
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "TableName" -> tableName = JsonReads.string(parser);
                case "KinesisDataStreamDestinations" -> kinesisDataStreamDestinations = JsonReads.list(parser,
                        KinesisDataStreamDestination::read);
                default -> parser.skipChildren();
            }
        }
        return new DescribeKinesisStreamingDestinationResponse(tableName, kinesisDataStreamDestinations);
    }

    /** @return the table's name (API member {@code TableName}), or {@code null} */
    public String tableName() {
        return tableName;
    }

    /** @return the table's Kinesis data streams (API member {@code KinesisDataStreamDestinations}) */
    public List<KinesisDataStreamDestination> kinesisDataStreamDestinations() {
        return kinesisDataStreamDestinations;
    }

    @Override
    public String toString() {
        return Shapes.toString("DescribeKinesisStreamingDestinationResponse", "tableName", tableName,
                "kinesisDataStreamDestinations", kinesisDataStreamDestinations);
    }
}
