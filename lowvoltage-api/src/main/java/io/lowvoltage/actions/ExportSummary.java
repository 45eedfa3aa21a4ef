package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * One export in the list that ListExports returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportSummary.html">ExportSummary</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ExportSummary {
    private final String exportArn;
    private final ExportStatus exportStatus;
    private final ExportType exportType;

    private ExportSummary(String exportArn, ExportStatus exportStatus, ExportType exportType) {
        this.exportArn = exportArn;
        this.exportStatus = exportStatus;
        this.exportType = exportType;
    }

    static ExportSummary read(JsonParser parser) {
        String exportArn = null;
        ExportStatus exportStatus = null;
        ExportType exportType = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ExportArn" -> exportArn = JsonReads.string(parser);
                case "ExportStatus" -> exportStatus = Enums.read(parser, ExportStatus.class);
                case "ExportType" -> exportType = Enums.read(parser, ExportType.class);
                default -> parser.skipChildren();
            }
        }
        return new ExportSummary(exportArn, exportStatus, exportType);
    }

    /** @return the export's ARN (API member {@code ExportArn}), or {@code null} */
    public String exportArn() {
        return exportArn;
    }

    /** @return where the export stands (API member {@code ExportStatus}), or {@code null} */
    public ExportStatus exportStatus() {
        return exportStatus;
    }

    /** @return whether the export is full or incremental (API member {@code ExportType}), or {@code null} */
    public ExportType exportType() {
        return exportType;
    }

    @Override
    public String toString() {
        return Shapes.toString("ExportSummary", "exportArn", exportArn, "exportStatus", exportStatus, "exportType",
                exportType);
    }
}
