package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Adds replicas to or removes them from a global table of version 2017.11.29 (legacy): DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateGlobalTable.html">UpdateGlobalTable</a>.
 *
 * <pre>{@code
 * connection.request(new UpdateGlobalTable("T").createReplica("ap-south-1").deleteReplica("eu-west-1"));
 * }</pre>
 * Mandatory: the global table name, in the constructor or chained, and at least one replica update. Not
 * thread-safe: a builder.
 */
public final class UpdateGlobalTable extends Action<UpdateGlobalTableResponse> {
    private String globalTableName;
    private final List<ReplicaUpdate> replicaUpdates = new ArrayList<>();

    /** An empty UpdateGlobalTable: set the name and replica updates by chaining. */
    public UpdateGlobalTable() {
    }

    /** @param globalTableName the global table's name */
    public UpdateGlobalTable(String globalTableName) {
        globalTableName(globalTableName);
    }

    @Override
    protected String operation() {
        return "UpdateGlobalTable";
    }

    /**
     * @param globalTableName the global table's name (API member {@code GlobalTableName})
     * @return this action
     */
    public UpdateGlobalTable globalTableName(String globalTableName) {
        this.globalTableName = Objects.requireNonNull(globalTableName, "globalTableName");
        return this;
    }

    /**
     * Adds a replica in a region (a {@code Create} in API member {@code ReplicaUpdates}).
     *
     * @param regionName the region, which holds an empty table of the same name
     * @return this action
     */
    public UpdateGlobalTable createReplica(String regionName) {
        return replicaUpdates(ReplicaUpdate.create(regionName));
    }

    /**
     * Removes the replica of a region (a {@code Delete} in API member {@code ReplicaUpdates}).
     *
     * @param regionName the region
     * @return this action
     */
    public UpdateGlobalTable deleteReplica(String regionName) {
        return replicaUpdates(ReplicaUpdate.delete(regionName));
    }

    /**
     * @param updates replica updates, added to those already set (API member {@code ReplicaUpdates})
     * @return this action
     */
    public UpdateGlobalTable replicaUpdates(ReplicaUpdate... updates) {
        Variadic.addAll(replicaUpdates, "replicaUpdates", updates);
        return this;
    }

    /**
     * @param updates replica updates, added to those already set (API member {@code ReplicaUpdates})
     * @return this action
     */
    public UpdateGlobalTable replicaUpdates(Iterable<ReplicaUpdate> updates) {
        Variadic.addAll(replicaUpdates, "replicaUpdates", updates);
        return this;
    }

    /**
     * @param updates replica updates, added to those already set (API member {@code ReplicaUpdates})
     * @return this action
     */
    public UpdateGlobalTable replicaUpdates(Stream<ReplicaUpdate> updates) {
        Variadic.addAll(replicaUpdates, "replicaUpdates", updates);
        return this;
    }

    @Override
    protected void validate() {
        Require.present(globalTableName, "UpdateGlobalTable", "GlobalTableName",
                "new UpdateGlobalTable(globalTableName) or .globalTableName(...)");
        Require.present(replicaUpdates, "UpdateGlobalTable", "ReplicaUpdates",
                ".createReplica(regionName), .deleteReplica(regionName) or .replicaUpdates(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, GlobalTableMembers.GLOBAL_TABLE_NAME, globalTableName);
        Shapes.array(generator, Members.REPLICA_UPDATES, replicaUpdates, ReplicaUpdate::write);
        generator.writeEndObject();
    }

    @Override
    protected UpdateGlobalTableResponse readResponse(JsonParser parser) {
        return UpdateGlobalTableResponse.read(parser);
    }
}
