package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.Service;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads the next records of a shard of a stream: DynamoDB Streams's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html">GetRecords</a>.
 *
 * <pre>{@code
 * GetRecordsResponse page = connection.request(new GetRecords(iterator).limit(100));
 * }</pre>
 * Mandatory: shardIterator, in the constructor or chained. Not thread-safe: a builder.
 */
public final class GetRecords extends Action<GetRecordsResponse> {
    private String shardIterator;
    private Integer limit;

    /** An empty GetRecords: set shardIterator by chaining. */
    public GetRecords() {
    }

    /**
     * @param shardIterator the iterator, from GetShardIterator or the previous page's {@code nextShardIterator()}
     */
    public GetRecords(String shardIterator) {
        shardIterator(shardIterator);
    }

    @Override
    protected String operation() {
        return "GetRecords";
    }

    @Override
    protected Service service() {
        return Service.STREAMS;
    }

    /**
     * @param shardIterator the iterator, from GetShardIterator or the previous page's {@code nextShardIterator()} (API member {@code ShardIterator})
     * @return this action
     */
    public GetRecords shardIterator(String shardIterator) {
        this.shardIterator = Objects.requireNonNull(shardIterator, "shardIterator");
        return this;
    }

    /**
     * @param limit the most records to return (API member {@code Limit})
     * @return this action
     */
    public GetRecords limit(int limit) {
        this.limit = limit;
        return this;
    }

    @Override
    protected void validate() {
        Require.present(shardIterator, "GetRecords", "ShardIterator",
                "new GetRecords(shardIterator) or .shardIterator(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.SHARD_ITERATOR, shardIterator);
        JsonWrites.number(generator, Members.LIMIT, limit);
        generator.writeEndObject();
    }

    @Override
    protected GetRecordsResponse readResponse(JsonParser parser) {
        return GetRecordsResponse.read(parser);
    }
}
