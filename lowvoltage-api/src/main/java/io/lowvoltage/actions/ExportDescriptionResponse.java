package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The one response member that {@link ExportTableToPointInTimeResponse} and {@link DescribeExportResponse} have:
 * the export's description. Immutable.
 */
abstract class ExportDescriptionResponse {
    private final ExportDescription exportDescription;

    /** Reads the response body in one pass. */
    ExportDescriptionResponse(JsonParser parser) {
        ExportDescription exportDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("ExportDescription")) {
                exportDescription = ExportDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        this.exportDescription = exportDescription;
    }

    /** @return the export (API member {@code ExportDescription}), or {@code null} if DynamoDB left it out */
    public ExportDescription exportDescription() {
        return exportDescription;
    }

    @Override
    public String toString() {
        return Shapes.toString(getClass().getSimpleName(), "exportDescription", exportDescription);
    }
}
