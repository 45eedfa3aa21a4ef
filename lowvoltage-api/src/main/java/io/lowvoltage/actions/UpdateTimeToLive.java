package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Turns a table's time to live on or off: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html">UpdateTimeToLive</a>.
 *
 * <pre>{@code
 * connection.request(new UpdateTimeToLive("T").enabled("expiresAt"));
 * }</pre>
 * Mandatory: the table name, in the constructor or chained, and the specification, with {@link #enabled(String)},
 * {@link #disabled(String)} or {@link #timeToLiveSpecification(TimeToLiveSpecification)}. Not thread-safe: a
 * builder.
 */
public final class UpdateTimeToLive extends Action<UpdateTimeToLiveResponse> {
    private String tableName;
    private TimeToLiveSpecification timeToLiveSpecification;

    /** An empty UpdateTimeToLive: set the table name and specification by chaining. */
    public UpdateTimeToLive() {
    }

    /** @param tableName the table's name or ARN */
    public UpdateTimeToLive(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "UpdateTimeToLive";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public UpdateTimeToLive tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param timeToLiveSpecification whether to expire items and on which attribute (API member
     *                                {@code TimeToLiveSpecification})
     * @return this action
     */
    public UpdateTimeToLive timeToLiveSpecification(TimeToLiveSpecification timeToLiveSpecification) {
        this.timeToLiveSpecification = Objects.requireNonNull(timeToLiveSpecification, "timeToLiveSpecification");
        return this;
    }

    /**
     * @param attributeName the attribute holding each item's expiry in epoch seconds
     * @return this action, turning time to live on
     */
    public UpdateTimeToLive enabled(String attributeName) {
        return timeToLiveSpecification(TimeToLiveSpecification.enabled(attributeName));
    }

    /**
     * @param attributeName the attribute time to live uses now
     * @return this action, turning time to live off
     */
    public UpdateTimeToLive disabled(String attributeName) {
        return timeToLiveSpecification(TimeToLiveSpecification.disabled(attributeName));
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.present(tableName, "UpdateTimeToLive", "TableName",
                "new UpdateTimeToLive(tableName) or .tableName(...)");
        Require.present(timeToLiveSpecification, "UpdateTimeToLive", "TimeToLiveSpecification",
                ".enabled(attributeName) or .disabled(attributeName)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        generator.writeName(TransactionMembers.TIME_TO_LIVE_SPECIFICATION);
        timeToLiveSpecification.write(generator);
        generator.writeEndObject();
    }

    @Override
    protected UpdateTimeToLiveResponse readResponse(JsonParser parser) {
        return UpdateTimeToLiveResponse.read(parser);
    }
}
