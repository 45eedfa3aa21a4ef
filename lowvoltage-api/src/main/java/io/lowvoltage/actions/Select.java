package io.lowvoltage.actions;

/**
 * Which attributes a Query or Scan returns: DynamoDB's {@code Select}.
 */
public enum Select {
    /** Every attribute of each item (from the table, for an index query). */
    ALL_ATTRIBUTES,
    /** The attributes projected into the index queried. */
    ALL_PROJECTED_ATTRIBUTES,
    /** The attributes named by the projection expression. */
    SPECIFIC_ATTRIBUTES,
    /** No item: only the count of matching items. */
    COUNT
}
