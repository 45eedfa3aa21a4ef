package io.lowvoltage.actions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.internal.expressions.Placeholders;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads every item of a table or an index, in no particular order, optionally in parallel segments: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html">Scan</a>.
 *
 * <pre>{@code
 * ScanResponse page = connection.request(new Scan("Table")
 *         .segment(0, 4)
 *         .filterExpression("#a > :x").expressionAttributeName("#a", "a").expressionAttributeValue(":x", 1)
 *         .limit(100));
 * }</pre>
 * Mandatory: the table name, in the constructor or chained. One request reads one page; see
 * {@link ScanResponse} for the next. Not thread-safe: a builder.
 */
public final class Scan extends QueryScanAction<Scan, ScanResponse> {
    private static final int MAX_TOTAL_SEGMENTS = 1_000_000;

    private Integer totalSegments;
    private Integer segment;

    /** An empty Scan: set the table name by chaining. */
    public Scan() {
        super("Scan");
    }

    /** @param tableName the table's name or ARN */
    public Scan(String tableName) {
        this();
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "Scan";
    }

    /**
     * Adds a legacy filter condition on an attribute (API member {@code ScanFilter}); prefer
     * {@link #filterExpression(String)}.
     *
     * @param attributeName the attribute
     * @param condition     the condition on it
     * @return this action
     */
    public Scan scanFilter(String attributeName, Condition condition) {
        members.filter(attributeName, condition);
        return this;
    }

    /**
     * @param conditions legacy filter conditions by attribute name, added to those already set
     * @return this action
     * @see #scanFilter(String, Condition)
     */
    public Scan scanFilter(Map<String, Condition> conditions) {
        conditions.forEach(this::scanFilter);
        return this;
    }

    /**
     * Makes this request one of {@code totalSegments} parallel scans, each reading its own part of the table
     * (API members {@code Segment} and {@code TotalSegments}). Every worker sends the same Scan with its own
     * segment and pages through it independently.
     *
     * @param segment       this worker's segment, from 0 to {@code totalSegments - 1}
     * @param totalSegments how many segments the table is split into, from 1 to 1000000
     * @return this action
     */
    public Scan segment(int segment, int totalSegments) {
        return segment(segment).totalSegments(totalSegments);
    }

    /**
     * @param segment this worker's segment, from 0 to {@code TotalSegments - 1} (API member {@code Segment});
     *                needs {@link #totalSegments(int)}
     * @return this action
     * @see #segment(int, int)
     */
    public Scan segment(int segment) {
        this.segment = segment;
        return this;
    }

    /**
     * @param totalSegments how many segments the table is split into, from 1 to 1000000 (API member
     *                      {@code TotalSegments}); needs {@link #segment(int)}
     * @return this action
     * @see #segment(int, int)
     */
    public Scan totalSegments(int totalSegments) {
        this.totalSegments = totalSegments;
        return this;
    }

    @Override
    protected void validate() {
        members.validate("new Scan(tableName) or .tableName(...)");
        if (segment == null && totalSegments == null) {
            return;
        }
        if (segment == null || totalSegments == null) {
            throw new BuilderException("Scan needs Segment and TotalSegments together, and only "
                    + (segment == null ? "TotalSegments" : "Segment") + " is set."
                    + " Set both with .segment(segment, totalSegments)");
        }
        if (totalSegments < 1 || totalSegments > MAX_TOTAL_SEGMENTS) {
            throw new BuilderException("Scan needs TotalSegments from 1 to " + MAX_TOTAL_SEGMENTS + ", and it is "
                    + totalSegments + ". Set it with .segment(segment, totalSegments)");
        }
        if (segment < 0 || segment >= totalSegments) {
            throw new BuilderException("Scan needs Segment from 0 to TotalSegments - 1 (" + (totalSegments - 1)
                    + "), and it is " + segment + ". Set it with .segment(segment, totalSegments)");
        }
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        Placeholders placeholders = members.placeholders();
        generator.writeStartObject();
        members.writeTarget(generator);
        members.writeAttributesToGetAndLimit(generator);
        members.writeSelect(generator);
        members.writeFilter(generator, Members.SCAN_FILTER);
        members.writeStartKeyAndCapacity(generator);
        JsonWrites.number(generator, Members.TOTAL_SEGMENTS, totalSegments);
        JsonWrites.number(generator, Members.SEGMENT, segment);
        members.writeProjectionAndFilterExpressions(generator, placeholders);
        members.writeExpressionAttributes(generator, placeholders);
        members.writeConsistentRead(generator);
        generator.writeEndObject();
    }

    @Override
    protected ScanResponse readResponse(JsonParser parser) {
        return ScanResponse.read(parser);
    }
}
