package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Lists the table names of the account and region, one page at a time: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html">ListTables</a>.
 *
 * <pre>{@code
 * ListTablesResponse page = connection.request(new ListTables().limit(10));
 * while (page.hasMorePages()) {
 *     page = connection.request(new ListTables().limit(10).exclusiveStartTableName(page.lastEvaluatedTableName()));
 * }
 * }</pre>
 * Nothing is mandatory. Not thread-safe: a builder.
 */
public final class ListTables extends Action<ListTablesResponse> {
    private String exclusiveStartTableName;
    private Integer limit;

    /** A ListTables of the first page, of up to 100 names. */
    public ListTables() {
    }

    @Override
    protected String operation() {
        return "ListTables";
    }

    /**
     * @param exclusiveStartTableName the name after which the page starts: the previous page's
     *                                {@link ListTablesResponse#lastEvaluatedTableName()} (API member
     *                                {@code ExclusiveStartTableName})
     * @return this action
     */
    public ListTables exclusiveStartTableName(String exclusiveStartTableName) {
        this.exclusiveStartTableName = Objects.requireNonNull(exclusiveStartTableName, "exclusiveStartTableName");
        return this;
    }

    /**
     * @param limit the most names in the page, 1 to 100 (API member {@code Limit})
     * @return this action
     */
    public ListTables limit(int limit) {
        this.limit = limit;
        return this;
    }

    @Override
    protected void validate() {
        // Every member is optional.
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.EXCLUSIVE_START_TABLE_NAME, exclusiveStartTableName);
        JsonWrites.number(generator, Members.LIMIT, limit);
        generator.writeEndObject();
    }

    @Override
    protected ListTablesResponse readResponse(JsonParser parser) {
        return ListTablesResponse.read(parser);
    }
}
