package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.core.JsonParser;

/**
 * The capacity an operation consumed, when the request asked with {@code ReturnConsumedCapacity}: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html">ConsumedCapacity</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a map it did not report is empty.
 */
public final class ConsumedCapacity {
    private final String tableName;
    private final BigDecimal capacityUnits;
    private final BigDecimal readCapacityUnits;
    private final BigDecimal writeCapacityUnits;
    private final Capacity table;
    private final Map<String, Capacity> localSecondaryIndexes;
    private final Map<String, Capacity> globalSecondaryIndexes;
    private final Map<String, VectorCapacity> vectorIndexes;

    private ConsumedCapacity(String tableName, BigDecimal capacityUnits, BigDecimal readCapacityUnits,
            BigDecimal writeCapacityUnits, Capacity table, Map<String, Capacity> localSecondaryIndexes,
            Map<String, Capacity> globalSecondaryIndexes, Map<String, VectorCapacity> vectorIndexes) {
        this.tableName = tableName;
        this.capacityUnits = capacityUnits;
        this.readCapacityUnits = readCapacityUnits;
        this.writeCapacityUnits = writeCapacityUnits;
        this.table = table;
        this.localSecondaryIndexes = localSecondaryIndexes;
        this.globalSecondaryIndexes = globalSecondaryIndexes;
        this.vectorIndexes = vectorIndexes;
    }

    static ConsumedCapacity read(JsonParser parser) {
        String tableName = null;
        BigDecimal total = null;
        BigDecimal read = null;
        BigDecimal write = null;
        Capacity table = null;
        Map<String, Capacity> local = Map.of();
        Map<String, Capacity> global = Map.of();
        Map<String, VectorCapacity> vector = Map.of();
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "TableName" -> tableName = JsonReads.string(parser);
                case "CapacityUnits" -> total = JsonReads.decimal(parser);
                case "ReadCapacityUnits" -> read = JsonReads.decimal(parser);
                case "WriteCapacityUnits" -> write = JsonReads.decimal(parser);
                case "Table" -> table = Capacity.read(parser);
                case "LocalSecondaryIndexes" -> local = JsonReads.map(parser, Capacity::read);
                case "GlobalSecondaryIndexes" -> global = JsonReads.map(parser, Capacity::read);
                case "VectorIndexes" -> vector = JsonReads.map(parser, VectorCapacity::read);
                default -> parser.skipChildren();
            }
        }
        return new ConsumedCapacity(tableName, total, read, write, table, local, global, vector);
    }

    /** @return the table (name or ARN) the capacity was consumed on */
    public String tableName() {
        return tableName;
    }

    /** @return the total capacity units consumed */
    public BigDecimal capacityUnits() {
        return capacityUnits;
    }

    /** @return the read capacity units consumed, or {@code null} */
    public BigDecimal readCapacityUnits() {
        return readCapacityUnits;
    }

    /** @return the write capacity units consumed, or {@code null} */
    public BigDecimal writeCapacityUnits() {
        return writeCapacityUnits;
    }

    /** @return the capacity consumed on the table itself (with {@code INDEXES}), or {@code null} */
    public Capacity table() {
        return table;
    }

    /** @return the capacity consumed on each local secondary index (with {@code INDEXES}), by index name */
    public Map<String, Capacity> localSecondaryIndexes() {
        return localSecondaryIndexes;
    }

    /** @return the capacity consumed on each global secondary index (with {@code INDEXES}), by index name */
    public Map<String, Capacity> globalSecondaryIndexes() {
        return globalSecondaryIndexes;
    }

    /** @return the capacity consumed on each vector index (with {@code INDEXES}), by index name */
    public Map<String, VectorCapacity> vectorIndexes() {
        return vectorIndexes;
    }

    @Override
    public String toString() {
        return "ConsumedCapacity{tableName=" + tableName + ", capacityUnits=" + capacityUnits
                + (table == null ? "" : ", table=" + table)
                + (localSecondaryIndexes.isEmpty() ? "" : ", localSecondaryIndexes=" + localSecondaryIndexes)
                + (globalSecondaryIndexes.isEmpty() ? "" : ", globalSecondaryIndexes=" + globalSecondaryIndexes)
                + (vectorIndexes.isEmpty() ? "" : ", vectorIndexes=" + vectorIndexes) + "}";
    }
}
