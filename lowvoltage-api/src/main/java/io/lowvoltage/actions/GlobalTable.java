package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A global table (version 2017.11.29) as {@link ListGlobalTables} lists it: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalTable.html">GlobalTable</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class GlobalTable {
    private final String globalTableName;
    private final List<Replica> replicationGroup;

    private GlobalTable(String globalTableName, List<Replica> replicationGroup) {
        this.globalTableName = globalTableName;
        this.replicationGroup = replicationGroup;
    }

    static GlobalTable read(JsonParser parser) {
        String globalTableName = null;
        List<Replica> replicationGroup = List.of();
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "GlobalTableName" -> globalTableName = JsonReads.string(parser);
                case "ReplicationGroup" -> replicationGroup = JsonReads.list(parser, Replica::read);
                default -> parser.skipChildren();
            }
        }
        return new GlobalTable(globalTableName, replicationGroup);
    }

    /** @return the global table name (API member {@code GlobalTableName}), or {@code null} */
    public String globalTableName() {
        return globalTableName;
    }

    /** @return the Regions where the global table has replicas (API member {@code ReplicationGroup}) */
    public List<Replica> replicationGroup() {
        return replicationGroup;
    }

    @Override
    public String toString() {
        return Shapes.toString("GlobalTable", "globalTableName", globalTableName, "replicationGroup", replicationGroup);
    }
}
