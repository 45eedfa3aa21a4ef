package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link UpdateContinuousBackups} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContinuousBackups.html#API_UpdateContinuousBackups_ResponseSyntax">UpdateContinuousBackups response</a>.
 * Immutable.
 */
public final class UpdateContinuousBackupsResponse extends ContinuousBackupsResponse {
    private UpdateContinuousBackupsResponse(JsonParser parser) {
        super(parser);
    }

    static UpdateContinuousBackupsResponse read(JsonParser parser) {
        return new UpdateContinuousBackupsResponse(parser);
    }
}
