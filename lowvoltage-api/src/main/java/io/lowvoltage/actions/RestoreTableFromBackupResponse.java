package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link RestoreTableFromBackup} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableFromBackup.html#API_RestoreTableFromBackup_ResponseSyntax">RestoreTableFromBackup response</a>.
 * Immutable.
 */
public final class RestoreTableFromBackupResponse extends TableDescriptionResponse {
    private RestoreTableFromBackupResponse(JsonParser parser) {
        super(parser);
    }

    static RestoreTableFromBackupResponse read(JsonParser parser) {
        return new RestoreTableFromBackupResponse(parser);
    }
}
