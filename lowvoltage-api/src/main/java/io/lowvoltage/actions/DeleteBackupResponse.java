package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DeleteBackup} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteBackup.html#API_DeleteBackup_ResponseSyntax">DeleteBackup response</a>.
 * Immutable.
 */
public final class DeleteBackupResponse extends BackupDescriptionResponse {
    private DeleteBackupResponse(JsonParser parser) {
        super(parser);
    }

    static DeleteBackupResponse read(JsonParser parser) {
        return new DeleteBackupResponse(parser);
    }
}
