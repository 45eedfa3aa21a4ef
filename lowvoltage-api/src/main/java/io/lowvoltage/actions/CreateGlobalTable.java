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
 * Makes a global table of version 2017.11.29 (legacy) out of identical tables in several regions: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateGlobalTable.html">CreateGlobalTable</a>.
 * Global tables of version 2019.11.21 are made with {@link UpdateTable} instead.
 *
 * <pre>{@code
 * connection.request(new CreateGlobalTable("T").replicationGroup("us-east-1", "eu-west-1"));
 * }</pre>
 * Mandatory: the global table name, in the constructor or chained, and at least one replica. Not thread-safe: a
 * builder.
 */
public final class CreateGlobalTable extends Action<CreateGlobalTableResponse> {
    private String globalTableName;
    private final List<Replica> replicationGroup = new ArrayList<>();

    /** An empty CreateGlobalTable: set the name and replicas by chaining. */
    public CreateGlobalTable() {
    }

    /** @param globalTableName the global table's name, which is the name of the table in each region */
    public CreateGlobalTable(String globalTableName) {
        globalTableName(globalTableName);
    }

    @Override
    protected String operation() {
        return "CreateGlobalTable";
    }

    /**
     * @param globalTableName the global table's name (API member {@code GlobalTableName})
     * @return this action
     */
    public CreateGlobalTable globalTableName(String globalTableName) {
        this.globalTableName = Objects.requireNonNull(globalTableName, "globalTableName");
        return this;
    }

    /**
     * Adds replicas by region (API member {@code ReplicationGroup}).
     *
     * @param regionNames the regions, each holding a table of that name
     * @return this action
     */
    public CreateGlobalTable replicationGroup(String... regionNames) {
        Objects.requireNonNull(regionNames, "replicationGroup");
        for (String regionName : regionNames) {
            replicationGroup.add(Replica.of(regionName));
        }
        return this;
    }

    /**
     * @param replicas the replicas, added to those already set (API member {@code ReplicationGroup})
     * @return this action
     */
    public CreateGlobalTable replicationGroup(Replica... replicas) {
        Variadic.addAll(replicationGroup, "replicationGroup", replicas);
        return this;
    }

    /**
     * @param replicas the replicas, added to those already set (API member {@code ReplicationGroup})
     * @return this action
     */
    public CreateGlobalTable replicationGroup(Iterable<Replica> replicas) {
        Variadic.addAll(replicationGroup, "replicationGroup", replicas);
        return this;
    }

    /**
     * @param replicas the replicas, added to those already set (API member {@code ReplicationGroup})
     * @return this action
     */
    public CreateGlobalTable replicationGroup(Stream<Replica> replicas) {
        Variadic.addAll(replicationGroup, "replicationGroup", replicas);
        return this;
    }

    @Override
    protected void validate() {
        Require.present(globalTableName, "CreateGlobalTable", "GlobalTableName",
                "new CreateGlobalTable(globalTableName) or .globalTableName(...)");
        Require.present(replicationGroup, "CreateGlobalTable", "ReplicationGroup", ".replicationGroup(regionNames...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, GlobalTableMembers.GLOBAL_TABLE_NAME, globalTableName);
        Shapes.array(generator, GlobalTableMembers.REPLICATION_GROUP, replicationGroup, Replica::write);
        generator.writeEndObject();
    }

    @Override
    protected CreateGlobalTableResponse readResponse(JsonParser parser) {
        return CreateGlobalTableResponse.read(parser);
    }
}
