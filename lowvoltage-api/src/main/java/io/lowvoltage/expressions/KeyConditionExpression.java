package io.lowvoltage.expressions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.internal.expressions.Placeholders;
import java.util.Objects;

/**
 * The key condition of a Query ({@code KeyConditionExpression}): the partition key equal to a value, and at most
 * one condition on the sort key, such as {@code partitionKey("h").eq(1).and(sortKey("r").between(1, 9))}.
 *
 * <p>The types admit only the shape DynamoDB accepts: {@code =} on the partition key; one of
 * {@code = < <= > >= BETWEEN begins_with} on the sort key; values, never attributes, on the right; top-level key
 * names; no OR and no NOT. Immutable and thread-safe.
 *
 * @see <a href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.KeyConditionExpressions.html">Key
 *      condition expressions</a>
 */
public final class KeyConditionExpression {
    static {
        Rendering.install();
    }

    private final Attribute partitionKey;
    private final ConditionExpression partition;
    private final SortKeyCondition sort;

    KeyConditionExpression(Attribute partitionKey, ConditionExpression partition, SortKeyCondition sort) {
        this.partitionKey = partitionKey;
        this.partition = partition;
        this.sort = sort;
    }

    /**
     * @param sortKeyCondition the condition on the sort key
     * @return this key condition with the sort key condition added
     * @throws BuilderException when a sort key condition is already set, or the sort key is the partition key
     */
    public KeyConditionExpression and(SortKeyCondition sortKeyCondition) {
        Objects.requireNonNull(sortKeyCondition, "sortKeyCondition");
        if (sort != null) {
            throw new BuilderException("A key condition takes at most one sort key condition, and " + this
                    + " gets another: " + sortKeyCondition + ". Keep one, and filter on the rest with a"
                    + " FilterExpression or use BETWEEN");
        }
        if (sortKeyCondition.key.equals(partitionKey)) {
            throw new BuilderException("A key condition names " + partitionKey + " as both the partition key and"
                    + " the sort key: use the table's (or index's) sort key name in sortKey(...)");
        }
        return new KeyConditionExpression(partitionKey, partition, sortKeyCondition);
    }

    void render(StringBuilder out, Placeholders placeholders) {
        (sort == null ? partition : partition.and(sort.condition)).render(out, placeholders);
    }

    /** @return the key condition in DynamoDB's syntax, with names and values in place of placeholders */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(out, Placeholders.forDisplay());
        return out.toString();
    }
}
