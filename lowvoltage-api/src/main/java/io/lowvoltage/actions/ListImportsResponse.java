package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link ListImports} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListImports.html#API_ListImports_ResponseSyntax">ListImports response</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ListImportsResponse {
    private final List<ImportSummary> importSummaryList;
    private final String nextToken;

    private ListImportsResponse(List<ImportSummary> importSummaryList, String nextToken) {
        this.importSummaryList = importSummaryList;
        this.nextToken = nextToken;
    }

    static ListImportsResponse read(JsonParser parser) {
        List<ImportSummary> importSummaryList = List.of();
        String nextToken = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ImportSummaryList" -> importSummaryList = JsonReads.list(parser, ImportSummary::read);
                case "NextToken" -> nextToken = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new ListImportsResponse(importSummaryList, nextToken);
    }

    /** @return the imports of this page (API member {@code ImportSummaryList}) */
    public List<ImportSummary> importSummaryList() {
        return importSummaryList;
    }

    /** @return the token of the next page; {@code null} when this is the last page (API member {@code NextToken}), or {@code null} */
    public String nextToken() {
        return nextToken;
    }

    @Override
    public String toString() {
        return Shapes.toString("ListImportsResponse", "importSummaryList", importSummaryList, "nextToken", nextToken);
    }
}
