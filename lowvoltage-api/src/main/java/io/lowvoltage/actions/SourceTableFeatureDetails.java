package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * The indexes, stream, time to live and encryption of a table when it was backed up: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SourceTableFeatureDetails.html">SourceTableFeatureDetails</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class SourceTableFeatureDetails {
    private final List<LocalSecondaryIndexInfo> localSecondaryIndexes;
    private final List<GlobalSecondaryIndexInfo> globalSecondaryIndexes;
    private final StreamSpecification streamDescription;
    private final TimeToLiveDescription timeToLiveDescription;
    private final SSEDescription sseDescription;
    private final List<VectorIndexInfo> vectorIndexes;

    private SourceTableFeatureDetails(List<LocalSecondaryIndexInfo> localSecondaryIndexes,
            List<GlobalSecondaryIndexInfo> globalSecondaryIndexes, StreamSpecification streamDescription,
            TimeToLiveDescription timeToLiveDescription, SSEDescription sseDescription,
            List<VectorIndexInfo> vectorIndexes) {
        this.localSecondaryIndexes = localSecondaryIndexes;
        this.globalSecondaryIndexes = globalSecondaryIndexes;
        this.streamDescription = streamDescription;
        this.timeToLiveDescription = timeToLiveDescription;
        this.sseDescription = sseDescription;
        this.vectorIndexes = vectorIndexes;
    }

    static SourceTableFeatureDetails read(JsonParser parser) {
        List<LocalSecondaryIndexInfo> localSecondaryIndexes = List.of();
        List<GlobalSecondaryIndexInfo> globalSecondaryIndexes = List.of();
        StreamSpecification streamDescription = null;
        TimeToLiveDescription timeToLiveDescription = null;
        SSEDescription sseDescription = null;
        List<VectorIndexInfo> vectorIndexes = List.of();
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "LocalSecondaryIndexes" -> localSecondaryIndexes = JsonReads.list(parser,
                        LocalSecondaryIndexInfo::read);
                case "GlobalSecondaryIndexes" -> globalSecondaryIndexes = JsonReads.list(parser,
                        GlobalSecondaryIndexInfo::read);
                case "StreamDescription" -> streamDescription = StreamSpecification.read(parser);
                case "TimeToLiveDescription" -> timeToLiveDescription = TimeToLiveDescription.read(parser);
                case "SSEDescription" -> sseDescription = SSEDescription.read(parser);
                case "VectorIndexes" -> vectorIndexes = JsonReads.list(parser, VectorIndexInfo::read);
                default -> parser.skipChildren();
            }
        }
        return new SourceTableFeatureDetails(localSecondaryIndexes, globalSecondaryIndexes, streamDescription,
                timeToLiveDescription, sseDescription, vectorIndexes);
    }

    /**
     * @return represents the LSI properties for the table when the backup was created (API member
     *         {@code LocalSecondaryIndexes})
     */
    public List<LocalSecondaryIndexInfo> localSecondaryIndexes() {
        return localSecondaryIndexes;
    }

    /**
     * @return represents the GSI properties for the table when the backup was created (API member
     *         {@code GlobalSecondaryIndexes})
     */
    public List<GlobalSecondaryIndexInfo> globalSecondaryIndexes() {
        return globalSecondaryIndexes;
    }

    /**
     * @return stream settings on the table when the backup was created (API member {@code StreamDescription}), or
     *         {@code null}
     */
    public StreamSpecification streamDescription() {
        return streamDescription;
    }

    /**
     * @return time to Live settings on the table when the backup was created (API member
     *         {@code TimeToLiveDescription}), or {@code null}
     */
    public TimeToLiveDescription timeToLiveDescription() {
        return timeToLiveDescription;
    }

    /**
     * @return the description of the server-side encryption status on the table when the backup was created (API member
     *         {@code SSEDescription}), or {@code null}
     */
    public SSEDescription sseDescription() {
        return sseDescription;
    }

    /** @return the vector indexes (API member {@code VectorIndexes}) */
    public List<VectorIndexInfo> vectorIndexes() {
        return vectorIndexes;
    }

    @Override
    public String toString() {
        return Shapes.toString("SourceTableFeatureDetails", "localSecondaryIndexes", localSecondaryIndexes,
                "globalSecondaryIndexes", globalSecondaryIndexes, "streamDescription", streamDescription,
                "timeToLiveDescription", timeToLiveDescription, "sseDescription", sseDescription, "vectorIndexes",
                vectorIndexes);
    }
}
