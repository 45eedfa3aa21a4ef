package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link UpdateGlobalTableSettings} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateGlobalTableSettings.html#API_UpdateGlobalTableSettings_ResponseSyntax">UpdateGlobalTableSettings response</a>.
 * Immutable.
 */
public final class UpdateGlobalTableSettingsResponse extends GlobalTableSettingsResponse {
    private UpdateGlobalTableSettingsResponse(JsonParser parser) {
        super(parser);
    }

    static UpdateGlobalTableSettingsResponse read(JsonParser parser) {
        return new UpdateGlobalTableSettingsResponse(parser);
    }
}
