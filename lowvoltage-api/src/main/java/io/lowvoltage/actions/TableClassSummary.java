package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * The storage class of a table, and since when: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableClassSummary.html">TableClassSummary</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class TableClassSummary {
    private final TableClass tableClass;
    private final Instant lastUpdateDateTime;

    private TableClassSummary(TableClass tableClass, Instant lastUpdateDateTime) {
        this.tableClass = tableClass;
        this.lastUpdateDateTime = lastUpdateDateTime;
    }

    static TableClassSummary read(JsonParser parser) {
        TableClass tableClass = null;
        Instant lastUpdateDateTime = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "TableClass" -> tableClass = Enums.read(parser, TableClass.class);
                case "LastUpdateDateTime" -> lastUpdateDateTime = JsonReads.instant(parser);
                default -> parser.skipChildren();
            }
        }
        return new TableClassSummary(tableClass, lastUpdateDateTime);
    }

    /** @return the storage class (API member {@code TableClass}), or {@code null} */
    public TableClass tableClass() {
        return tableClass;
    }

    /** @return when the storage class last changed (API member {@code LastUpdateDateTime}), or {@code null} */
    public Instant lastUpdateDateTime() {
        return lastUpdateDateTime;
    }

    @Override
    public String toString() {
        return Shapes.toString("TableClassSummary", "tableClass", tableClass, "lastUpdateDateTime", lastUpdateDateTime);
    }
}
