package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A global table (version 2017.11.29) and its replicas: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalTableDescription.html">GlobalTableDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class GlobalTableDescription {
    private final List<ReplicaDescription> replicationGroup;
    private final String globalTableArn;
    private final Instant creationDateTime;
    private final GlobalTableStatus globalTableStatus;
    private final String globalTableName;

    private GlobalTableDescription(List<ReplicaDescription> replicationGroup, String globalTableArn,
            Instant creationDateTime, GlobalTableStatus globalTableStatus, String globalTableName) {
        this.replicationGroup = replicationGroup;
        this.globalTableArn = globalTableArn;
        this.creationDateTime = creationDateTime;
        this.globalTableStatus = globalTableStatus;
        this.globalTableName = globalTableName;
    }

    static GlobalTableDescription read(JsonParser parser) {
        List<ReplicaDescription> replicationGroup = List.of();
        String globalTableArn = null;
        Instant creationDateTime = null;
        GlobalTableStatus globalTableStatus = null;
        String globalTableName = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ReplicationGroup" -> replicationGroup = JsonReads.list(parser, ReplicaDescription::read);
                case "GlobalTableArn" -> globalTableArn = JsonReads.string(parser);
                case "CreationDateTime" -> creationDateTime = JsonReads.instant(parser);
                case "GlobalTableStatus" -> globalTableStatus = Enums.read(parser, GlobalTableStatus.class);
                case "GlobalTableName" -> globalTableName = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new GlobalTableDescription(replicationGroup, globalTableArn, creationDateTime, globalTableStatus,
                globalTableName);
    }

    /** @return the Regions where the global table has replicas (API member {@code ReplicationGroup}) */
    public List<ReplicaDescription> replicationGroup() {
        return replicationGroup;
    }

    /** @return the unique identifier of the global table (API member {@code GlobalTableArn}), or {@code null} */
    public String globalTableArn() {
        return globalTableArn;
    }

    /** @return the creation time of the global table (API member {@code CreationDateTime}), or {@code null} */
    public Instant creationDateTime() {
        return creationDateTime;
    }

    /** @return the global table status (API member {@code GlobalTableStatus}), or {@code null} */
    public GlobalTableStatus globalTableStatus() {
        return globalTableStatus;
    }

    /** @return the global table name (API member {@code GlobalTableName}), or {@code null} */
    public String globalTableName() {
        return globalTableName;
    }

    @Override
    public String toString() {
        return Shapes.toString("GlobalTableDescription", "replicationGroup", replicationGroup, "globalTableArn",
                globalTableArn, "creationDateTime", creationDateTime, "globalTableStatus", globalTableStatus,
                "globalTableName", globalTableName);
    }
}
