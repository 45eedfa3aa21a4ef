package io.lowvoltage.actions;

import io.lowvoltage.Item;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * The change a stream record describes: keys, images, sequence number and size: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html">StreamRecord</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class StreamRecord {
    private final Instant approximateCreationDateTime;
    private final Item keys;
    private final Item newImage;
    private final Item oldImage;
    private final String sequenceNumber;
    private final Long sizeBytes;
    private final StreamViewType streamViewType;

    private StreamRecord(Instant approximateCreationDateTime, Item keys, Item newImage, Item oldImage,
            String sequenceNumber, Long sizeBytes, StreamViewType streamViewType) {
        this.approximateCreationDateTime = approximateCreationDateTime;
        this.keys = keys;
        this.newImage = newImage;
        this.oldImage = oldImage;
        this.sequenceNumber = sequenceNumber;
        this.sizeBytes = sizeBytes;
        this.streamViewType = streamViewType;
    }

    static StreamRecord read(JsonParser parser) {
        Instant approximateCreationDateTime = null;
        Item keys = null;
        Item newImage = null;
        Item oldImage = null;
        String sequenceNumber = null;
        Long sizeBytes = null;
        StreamViewType streamViewType = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ApproximateCreationDateTime" -> approximateCreationDateTime = JsonReads.instant(parser);
                case "Keys" -> keys = AttributeValues.readItem(parser);
                case "NewImage" -> newImage = AttributeValues.readItem(parser);
                case "OldImage" -> oldImage = AttributeValues.readItem(parser);
                case "SequenceNumber" -> sequenceNumber = JsonReads.string(parser);
                case "SizeBytes" -> sizeBytes = JsonReads.longValue(parser);
                case "StreamViewType" -> streamViewType = Enums.read(parser, StreamViewType.class);
                default -> parser.skipChildren();
            }
        }
        return new StreamRecord(approximateCreationDateTime, keys, newImage, oldImage, sequenceNumber, sizeBytes,
                streamViewType);
    }

    /** @return roughly when the change was made (API member {@code ApproximateCreationDateTime}), or {@code null} */
    public Instant approximateCreationDateTime() {
        return approximateCreationDateTime;
    }

    /** @return the changed item's primary key (API member {@code Keys}), or {@code null} */
    public Item keys() {
        return keys;
    }

    /** @return the item after the change, when the stream view holds it (API member {@code NewImage}), or {@code null} */
    public Item newImage() {
        return newImage;
    }

    /** @return the item before the change, when the stream view holds it (API member {@code OldImage}), or {@code null} */
    public Item oldImage() {
        return oldImage;
    }

    /** @return the record's sequence number (API member {@code SequenceNumber}), or {@code null} */
    public String sequenceNumber() {
        return sequenceNumber;
    }

    /** @return the record's size, in bytes (API member {@code SizeBytes}), or {@code null} */
    public Long sizeBytes() {
        return sizeBytes;
    }

    /** @return what the stream's records hold (API member {@code StreamViewType}), or {@code null} */
    public StreamViewType streamViewType() {
        return streamViewType;
    }

    @Override
    public String toString() {
        return Shapes.toString("StreamRecord", "approximateCreationDateTime", approximateCreationDateTime, "keys",
                keys, "newImage", newImage, "oldImage", oldImage, "sequenceNumber", sequenceNumber, "sizeBytes",
                        sizeBytes, "streamViewType", streamViewType);
    }
}
