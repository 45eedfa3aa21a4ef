package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.Service;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Lists the streams of a table, or of every table, a page at a time: DynamoDB Streams's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_ListStreams.html">ListStreams</a>.
 *
 * <pre>{@code
 * ListStreamsResponse page = connection.request(new ListStreams().tableName("T"));
 * }</pre>
 * Every member is optional. Not thread-safe: a builder.
 */
public final class ListStreams extends Action<ListStreamsResponse> {
    private String tableName;
    private Integer limit;
    private String exclusiveStartStreamArn;

    /** An empty ListStreams. */
    public ListStreams() {
    }

    @Override
    protected String operation() {
        return "ListStreams";
    }

    @Override
    protected Service service() {
        return Service.STREAMS;
    }

    /**
     * @param tableName the name of the table whose streams to list; by default, every table's (API member {@code TableName})
     * @return this action
     */
    public ListStreams tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param limit the most streams to return in one page (API member {@code Limit})
     * @return this action
     */
    public ListStreams limit(int limit) {
        this.limit = limit;
        return this;
    }

    /**
     * @param exclusiveStartStreamArn the stream to start after, from the previous page's {@code lastEvaluatedStreamArn()} (API member {@code ExclusiveStartStreamArn})
     * @return this action
     */
    public ListStreams exclusiveStartStreamArn(String exclusiveStartStreamArn) {
        this.exclusiveStartStreamArn = Objects.requireNonNull(exclusiveStartStreamArn, "exclusiveStartStreamArn");
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        // Every member is optional.
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.number(generator, Members.LIMIT, limit);
        JsonWrites.string(generator, FeatureMembers.EXCLUSIVE_START_STREAM_ARN, exclusiveStartStreamArn);
        generator.writeEndObject();
    }

    @Override
    protected ListStreamsResponse readResponse(JsonParser parser) {
        return ListStreamsResponse.read(parser);
    }
}
