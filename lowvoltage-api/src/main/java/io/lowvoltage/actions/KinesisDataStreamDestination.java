package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * One Kinesis data stream a table streams its changes to: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KinesisDataStreamDestination.html">KinesisDataStreamDestination</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class KinesisDataStreamDestination {
    private final String streamArn;
    private final DestinationStatus destinationStatus;
    private final String destinationStatusDescription;
    private final ApproximateCreationDateTimePrecision approximateCreationDateTimePrecision;

    private KinesisDataStreamDestination(String streamArn, DestinationStatus destinationStatus,
            String destinationStatusDescription,
                    ApproximateCreationDateTimePrecision approximateCreationDateTimePrecision) {
        this.streamArn = streamArn;
        this.destinationStatus = destinationStatus;
        this.destinationStatusDescription = destinationStatusDescription;
        this.approximateCreationDateTimePrecision = approximateCreationDateTimePrecision;
    }

    static KinesisDataStreamDestination read(JsonParser parser) {
        String streamArn = null;
        DestinationStatus destinationStatus = null;
        String destinationStatusDescription = null;
        ApproximateCreationDateTimePrecision approximateCreationDateTimePrecision = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "StreamArn" -> streamArn = JsonReads.string(parser);
                case "DestinationStatus" -> destinationStatus = Enums.read(parser, DestinationStatus.class);
                case "DestinationStatusDescription" -> destinationStatusDescription = JsonReads.string(parser);
                case "ApproximateCreationDateTimePrecision" -> approximateCreationDateTimePrecision = Enums.read(parser, ApproximateCreationDateTimePrecision.class);
                default -> parser.skipChildren();
            }
        }
        return new KinesisDataStreamDestination(streamArn, destinationStatus, destinationStatusDescription,
                approximateCreationDateTimePrecision);
    }

    /** @return the Kinesis data stream's ARN (API member {@code StreamArn}), or {@code null} */
    public String streamArn() {
        return streamArn;
    }

    /** @return where streaming to it stands (API member {@code DestinationStatus}), or {@code null} */
    public DestinationStatus destinationStatus() {
        return destinationStatus;
    }

    /** @return why the destination is in that status (API member {@code DestinationStatusDescription}), or {@code null} */
    public String destinationStatusDescription() {
        return destinationStatusDescription;
    }

    /** @return the precision of the records' creation times (API member {@code ApproximateCreationDateTimePrecision}), or {@code null} */
    public ApproximateCreationDateTimePrecision approximateCreationDateTimePrecision() {
        return approximateCreationDateTimePrecision;
    }

    @Override
    public String toString() {
        return Shapes.toString("KinesisDataStreamDestination", "streamArn", streamArn, "destinationStatus",
                destinationStatus, "destinationStatusDescription", destinationStatusDescription,
                        "approximateCreationDateTimePrecision", approximateCreationDateTimePrecision);
    }
}
