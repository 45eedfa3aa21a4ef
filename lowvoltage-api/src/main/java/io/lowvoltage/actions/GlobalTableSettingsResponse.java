package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * The response members that {@link DescribeGlobalTableSettingsResponse} and {@link UpdateGlobalTableSettingsResponse}
 * have: the global table's name and the settings of each replica. Immutable.
 */
abstract class GlobalTableSettingsResponse {
    private final String globalTableName;
    private final List<ReplicaSettingsDescription> replicaSettings;

    /** Reads the response body in one pass. */
    GlobalTableSettingsResponse(JsonParser parser) {
        String globalTableName = null;
        List<ReplicaSettingsDescription> replicaSettings = List.of();
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "GlobalTableName" -> globalTableName = JsonReads.string(parser);
                case "ReplicaSettings" -> replicaSettings = JsonReads.list(parser, ReplicaSettingsDescription::read);
                default -> parser.skipChildren();
            }
        }
        this.globalTableName = globalTableName;
        this.replicaSettings = replicaSettings;
    }

    /** @return the global table's name (API member {@code GlobalTableName}), or {@code null} */
    public String globalTableName() {
        return globalTableName;
    }

    /** @return the settings of each replica (API member {@code ReplicaSettings}) */
    public List<ReplicaSettingsDescription> replicaSettings() {
        return replicaSettings;
    }

    @Override
    public String toString() {
        return Shapes.toString(getClass().getSimpleName(), "globalTableName", globalTableName, "replicaSettings",
                replicaSettings);
    }
}
