package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * The auto scaling settings of a table's replicas: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableAutoScalingDescription.html">TableAutoScalingDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class TableAutoScalingDescription {
    private final String tableName;
    private final TableStatus tableStatus;
    private final List<ReplicaAutoScalingDescription> replicas;

    private TableAutoScalingDescription(String tableName, TableStatus tableStatus,
            List<ReplicaAutoScalingDescription> replicas) {
        this.tableName = tableName;
        this.tableStatus = tableStatus;
        this.replicas = replicas;
    }

    static TableAutoScalingDescription read(JsonParser parser) {
        String tableName = null;
        TableStatus tableStatus = null;
        List<ReplicaAutoScalingDescription> replicas = List.of();
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "TableName" -> tableName = JsonReads.string(parser);
                case "TableStatus" -> tableStatus = Enums.read(parser, TableStatus.class);
                case "Replicas" -> replicas = JsonReads.list(parser, ReplicaAutoScalingDescription::read);
                default -> parser.skipChildren();
            }
        }
        return new TableAutoScalingDescription(tableName, tableStatus, replicas);
    }

    /** @return the name of the table (API member {@code TableName}), or {@code null} */
    public String tableName() {
        return tableName;
    }

    /** @return the table status (API member {@code TableStatus}), or {@code null} */
    public TableStatus tableStatus() {
        return tableStatus;
    }

    /** @return represents replicas of the global table (API member {@code Replicas}) */
    public List<ReplicaAutoScalingDescription> replicas() {
        return replicas;
    }

    @Override
    public String toString() {
        return Shapes.toString("TableAutoScalingDescription", "tableName", tableName, "tableStatus", tableStatus,
                "replicas", replicas);
    }
}
