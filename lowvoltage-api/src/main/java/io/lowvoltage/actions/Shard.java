package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * A shard of a stream: a sequence of stream records: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Shard.html">Shard</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class Shard {
    private final String shardId;
    private final SequenceNumberRange sequenceNumberRange;
    private final String parentShardId;

    private Shard(String shardId, SequenceNumberRange sequenceNumberRange, String parentShardId) {
        this.shardId = shardId;
        this.sequenceNumberRange = sequenceNumberRange;
        this.parentShardId = parentShardId;
    }

    static Shard read(JsonParser parser) {
        String shardId = null;
        SequenceNumberRange sequenceNumberRange = null;
        String parentShardId = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ShardId" -> shardId = JsonReads.string(parser);
                case "SequenceNumberRange" -> sequenceNumberRange = SequenceNumberRange.read(parser);
                case "ParentShardId" -> parentShardId = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new Shard(shardId, sequenceNumberRange, parentShardId);
    }

    /** @return the shard's id (API member {@code ShardId}), or {@code null} */
    public String shardId() {
        return shardId;
    }

    /** @return the sequence numbers of the shard's records (API member {@code SequenceNumberRange}), or {@code null} */
    public SequenceNumberRange sequenceNumberRange() {
        return sequenceNumberRange;
    }

    /** @return the id of the shard this one follows (API member {@code ParentShardId}), or {@code null} */
    public String parentShardId() {
        return parentShardId;
    }

    @Override
    public String toString() {
        return Shapes.toString("Shard", "shardId", shardId, "sequenceNumberRange", sequenceNumberRange,
                "parentShardId", parentShardId);
    }
}
