package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The members that the responses of EnableKinesisStreamingDestination, DisableKinesisStreamingDestination and
 * UpdateKinesisStreamingDestination share; they differ in the name and type of their configuration member.
 * Immutable.
 *
 * @param <C> the configuration's type
 */
abstract class KinesisStreamingDestinationResponse<C extends KinesisStreamingConfiguration> {
    private final String tableName;
    private final String streamArn;
    private final DestinationStatus destinationStatus;
    private final C configuration;

    /**
     * Reads the response body in one pass.
     *
     * @param configurationMember the name of the configuration member
     * @param configurationReader how to read it
     */
    KinesisStreamingDestinationResponse(JsonParser parser, String configurationMember,
            JsonReads.ElementReader<C> configurationReader) {
        String tableName = null;
        String streamArn = null;
        DestinationStatus destinationStatus = null;
        C configuration = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "TableName" -> tableName = JsonReads.string(parser);
                case "StreamArn" -> streamArn = JsonReads.string(parser);
                case "DestinationStatus" -> destinationStatus = Enums.read(parser, DestinationStatus.class);
                default -> {
                    if (member.equals(configurationMember)) {
                        configuration = configurationReader.read(parser);
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
        this.tableName = tableName;
        this.streamArn = streamArn;
        this.destinationStatus = destinationStatus;
        this.configuration = configuration;
    }

    /** @return the table's name (API member {@code TableName}), or {@code null} */
    public String tableName() {
        return tableName;
    }

    /** @return the Kinesis data stream's ARN (API member {@code StreamArn}), or {@code null} */
    public String streamArn() {
        return streamArn;
    }

    /** @return where streaming to it stands (API member {@code DestinationStatus}), or {@code null} */
    public DestinationStatus destinationStatus() {
        return destinationStatus;
    }

    C configuration() {
        return configuration;
    }

    @Override
    public String toString() {
        return Shapes.toString(getClass().getSimpleName(), "tableName", tableName, "streamArn", streamArn,
                "destinationStatus", destinationStatus, "configuration", configuration);
    }
}
