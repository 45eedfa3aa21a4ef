package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * How a table is billed, and since when: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BillingModeSummary.html">BillingModeSummary</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class BillingModeSummary {
    private final BillingMode billingMode;
    private final Instant lastUpdateToPayPerRequestDateTime;

    private BillingModeSummary(BillingMode billingMode, Instant lastUpdateToPayPerRequestDateTime) {
        this.billingMode = billingMode;
        this.lastUpdateToPayPerRequestDateTime = lastUpdateToPayPerRequestDateTime;
    }

    static BillingModeSummary read(JsonParser parser) {
        BillingMode billingMode = null;
        Instant lastUpdateToPayPerRequestDateTime = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "BillingMode" -> billingMode = Enums.read(parser, BillingMode.class);
                case "LastUpdateToPayPerRequestDateTime" -> lastUpdateToPayPerRequestDateTime =
                        JsonReads.instant(parser);
                default -> parser.skipChildren();
            }
        }
        return new BillingModeSummary(billingMode, lastUpdateToPayPerRequestDateTime);
    }

    /** @return how reads and writes are charged (API member {@code BillingMode}), or {@code null} */
    public BillingMode billingMode() {
        return billingMode;
    }

    /**
     * @return when the table last switched to on-demand (API member {@code LastUpdateToPayPerRequestDateTime}), or
     * {@code null}
     */
    public Instant lastUpdateToPayPerRequestDateTime() {
        return lastUpdateToPayPerRequestDateTime;
    }

    @Override
    public String toString() {
        return Shapes.toString("BillingModeSummary", "billingMode", billingMode, "lastUpdateToPayPerRequestDateTime",
                lastUpdateToPayPerRequestDateTime);
    }
}
