package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link ListExports} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListExports.html#API_ListExports_ResponseSyntax">ListExports response</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ListExportsResponse {
    private final List<ExportSummary> exportSummaries;
    private final String nextToken;

    private ListExportsResponse(List<ExportSummary> exportSummaries, String nextToken) {
        this.exportSummaries = exportSummaries;
        this.nextToken = nextToken;
    }

    static ListExportsResponse read(JsonParser parser) {
        List<ExportSummary> exportSummaries = List.of();
        String nextToken = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ExportSummaries" -> exportSummaries = JsonReads.list(parser, ExportSummary::read);
                case "NextToken" -> nextToken = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new ListExportsResponse(exportSummaries, nextToken);
    }

    /** @return the exports of this page (API member {@code ExportSummaries}) */
    public List<ExportSummary> exportSummaries() {
        return exportSummaries;
    }

    /** @return the token of the next page; {@code null} when this is the last page (API member {@code NextToken}), or {@code null} */
    public String nextToken() {
        return nextToken;
    }

    @Override
    public String toString() {
        return Shapes.toString("ListExportsResponse", "exportSummaries", exportSummaries, "nextToken", nextToken);
    }
}
