package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link ExportTableToPointInTime} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportTableToPointInTime.html#API_ExportTableToPointInTime_ResponseSyntax">ExportTableToPointInTime response</a>.
 * Immutable.
 */
public final class ExportTableToPointInTimeResponse extends ExportDescriptionResponse {
    private ExportTableToPointInTimeResponse(JsonParser parser) {
        super(parser);
    }

    static ExportTableToPointInTimeResponse read(JsonParser parser) {
        return new ExportTableToPointInTimeResponse(parser);
    }
}
