package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Lists the global tables of version 2017.11.29 (legacy), one page at a time: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListGlobalTables.html">ListGlobalTables</a>.
 *
 * <pre>{@code
 * ListGlobalTablesResponse page = connection.request(new ListGlobalTables().regionName("eu-west-1"));
 * while (page.hasMorePages()) {
 *     page = connection.request(new ListGlobalTables().regionName("eu-west-1")
 *             .exclusiveStartGlobalTableName(page.lastEvaluatedGlobalTableName()));
 * }
 * }</pre>
 * Nothing is mandatory. Not thread-safe: a builder.
 */
public final class ListGlobalTables extends Action<ListGlobalTablesResponse> {
    private String exclusiveStartGlobalTableName;
    private Integer limit;
    private String regionName;

    /** A ListGlobalTables of the first page. */
    public ListGlobalTables() {
    }

    @Override
    protected String operation() {
        return "ListGlobalTables";
    }

    /**
     * @param exclusiveStartGlobalTableName the name after which the page starts: the previous page's
     *                                      {@link ListGlobalTablesResponse#lastEvaluatedGlobalTableName()} (API
     *                                      member {@code ExclusiveStartGlobalTableName})
     * @return this action
     */
    public ListGlobalTables exclusiveStartGlobalTableName(String exclusiveStartGlobalTableName) {
        this.exclusiveStartGlobalTableName = Objects.requireNonNull(exclusiveStartGlobalTableName,
                "exclusiveStartGlobalTableName");
        return this;
    }

    /**
     * @param limit the most global tables in the page, at least 1 (API member {@code Limit})
     * @return this action
     */
    public ListGlobalTables limit(int limit) {
        this.limit = limit;
        return this;
    }

    /**
     * @param regionName lists only the global tables with a replica in this region (API member
     *                   {@code RegionName})
     * @return this action
     */
    public ListGlobalTables regionName(String regionName) {
        this.regionName = Objects.requireNonNull(regionName, "regionName");
        return this;
    }

    @Override
    protected void validate() {
        // Every member is optional.
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, GlobalTableMembers.EXCLUSIVE_START_GLOBAL_TABLE_NAME,
                exclusiveStartGlobalTableName);
        JsonWrites.number(generator, Members.LIMIT, limit);
        JsonWrites.string(generator, Members.REGION_NAME, regionName);
        generator.writeEndObject();
    }

    @Override
    protected ListGlobalTablesResponse readResponse(JsonParser parser) {
        return ListGlobalTablesResponse.read(parser);
    }
}
