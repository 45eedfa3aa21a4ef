package io.lowvoltage.actions;

/**
 * Whether a write reports the size of the item collection it touched: DynamoDB's {@code ReturnItemCollectionMetrics}.
 */
public enum ReturnItemCollectionMetrics {
    /** Report the item collection metrics (tables with local secondary indexes only). */
    SIZE,
    /** Report nothing: the default. */
    NONE
}
