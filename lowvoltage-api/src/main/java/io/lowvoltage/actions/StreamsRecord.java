package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * One record of a stream: a change to one item: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html">Record</a>.
 * It is the model's {@code Record} shape, named {@code StreamsRecord} because a class named {@code Record}
 * would clash with {@code java.lang.Record} in every file of this package; the inner {@code StreamRecord} keeps
 * its model name.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class StreamsRecord {
    private final String eventId;
    private final OperationType eventName;
    private final String eventVersion;
    private final String eventSource;
    private final String awsRegion;
    private final StreamRecord dynamodb;
    private final Identity userIdentity;

    private StreamsRecord(String eventId, OperationType eventName, String eventVersion, String eventSource,
            String awsRegion, StreamRecord dynamodb, Identity userIdentity) {
        this.eventId = eventId;
        this.eventName = eventName;
        this.eventVersion = eventVersion;
        this.eventSource = eventSource;
        this.awsRegion = awsRegion;
        this.dynamodb = dynamodb;
        this.userIdentity = userIdentity;
    }

    static StreamsRecord read(JsonParser parser) {
        String eventId = null;
        OperationType eventName = null;
        String eventVersion = null;
        String eventSource = null;
        String awsRegion = null;
        StreamRecord dynamodb = null;
        Identity userIdentity = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "eventID" -> eventId = JsonReads.string(parser);
                case "eventName" -> eventName = Enums.read(parser, OperationType.class);
                case "eventVersion" -> eventVersion = JsonReads.string(parser);
                case "eventSource" -> eventSource = JsonReads.string(parser);
                case "awsRegion" -> awsRegion = JsonReads.string(parser);
                case "dynamodb" -> dynamodb = StreamRecord.read(parser);
                case "userIdentity" -> userIdentity = Identity.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new StreamsRecord(eventId, eventName, eventVersion, eventSource, awsRegion, dynamodb, userIdentity);
    }

    /** @return the record's unique id (API member {@code eventID}), or {@code null} */
    public String eventId() {
        return eventId;
    }

    /** @return the kind of change (API member {@code eventName}), or {@code null} */
    public OperationType eventName() {
        return eventName;
    }

    /** @return the version of the record format (API member {@code eventVersion}), or {@code null} */
    public String eventVersion() {
        return eventVersion;
    }

    /** @return the service the record comes from, {@code aws:dynamodb} (API member {@code eventSource}), or {@code null} */
    public String eventSource() {
        return eventSource;
    }

    /** @return the region of the change (API member {@code awsRegion}), or {@code null} */
    public String awsRegion() {
        return awsRegion;
    }

    /** @return the change itself (API member {@code dynamodb}), or {@code null} */
    public StreamRecord dynamodb() {
        return dynamodb;
    }

    /** @return who made the change, for deletions by TTL (API member {@code userIdentity}), or {@code null} */
    public Identity userIdentity() {
        return userIdentity;
    }

    @Override
    public String toString() {
        return Shapes.toString("StreamsRecord", "eventId", eventId, "eventName", eventName, "eventVersion",
                eventVersion, "eventSource", eventSource, "awsRegion", awsRegion, "dynamodb", dynamodb,
                        "userIdentity", userIdentity);
    }
}
