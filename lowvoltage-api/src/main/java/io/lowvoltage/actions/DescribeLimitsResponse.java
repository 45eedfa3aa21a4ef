package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeLimits} returns, the provisioned capacity quotas of the account in the region: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeLimits.html#API_DescribeLimits_ResponseSyntax">DescribeLimits response</a>.
 * Immutable; a value DynamoDB did not report is {@code null}.
 */
public final class DescribeLimitsResponse {
    private final Long accountMaxReadCapacityUnits;
    private final Long accountMaxWriteCapacityUnits;
    private final Long tableMaxReadCapacityUnits;
    private final Long tableMaxWriteCapacityUnits;

    private DescribeLimitsResponse(Long accountMaxReadCapacityUnits, Long accountMaxWriteCapacityUnits,
            Long tableMaxReadCapacityUnits, Long tableMaxWriteCapacityUnits) {
        this.accountMaxReadCapacityUnits = accountMaxReadCapacityUnits;
        this.accountMaxWriteCapacityUnits = accountMaxWriteCapacityUnits;
        this.tableMaxReadCapacityUnits = tableMaxReadCapacityUnits;
        this.tableMaxWriteCapacityUnits = tableMaxWriteCapacityUnits;
    }

    static DescribeLimitsResponse read(JsonParser parser) {
        Long accountRead = null;
        Long accountWrite = null;
        Long tableRead = null;
        Long tableWrite = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "AccountMaxReadCapacityUnits" -> accountRead = JsonReads.longValue(parser);
                case "AccountMaxWriteCapacityUnits" -> accountWrite = JsonReads.longValue(parser);
                case "TableMaxReadCapacityUnits" -> tableRead = JsonReads.longValue(parser);
                case "TableMaxWriteCapacityUnits" -> tableWrite = JsonReads.longValue(parser);
                default -> parser.skipChildren();
            }
        }
        return new DescribeLimitsResponse(accountRead, accountWrite, tableRead, tableWrite);
    }

    /**
     * @return the most read capacity units all tables and indexes of the account may provision together (API
     *         member {@code AccountMaxReadCapacityUnits}), or {@code null}
     */
    public Long accountMaxReadCapacityUnits() {
        return accountMaxReadCapacityUnits;
    }

    /**
     * @return the most write capacity units all tables and indexes of the account may provision together (API
     *         member {@code AccountMaxWriteCapacityUnits}), or {@code null}
     */
    public Long accountMaxWriteCapacityUnits() {
        return accountMaxWriteCapacityUnits;
    }

    /**
     * @return the most read capacity units one table or index may provision (API member
     *         {@code TableMaxReadCapacityUnits}), or {@code null}
     */
    public Long tableMaxReadCapacityUnits() {
        return tableMaxReadCapacityUnits;
    }

    /**
     * @return the most write capacity units one table or index may provision (API member
     *         {@code TableMaxWriteCapacityUnits}), or {@code null}
     */
    public Long tableMaxWriteCapacityUnits() {
        return tableMaxWriteCapacityUnits;
    }

    @Override
    public String toString() {
        return Shapes.toString("DescribeLimitsResponse", "accountMaxRead", accountMaxReadCapacityUnits,
                "accountMaxWrite", accountMaxWriteCapacityUnits, "tableMaxRead", tableMaxReadCapacityUnits,
                "tableMaxWrite", tableMaxWriteCapacityUnits);
    }
}
