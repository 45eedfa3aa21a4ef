package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Deletes an on-demand backup: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteBackup.html">DeleteBackup</a>.
 *
 * <pre>{@code
 * connection.request(new DeleteBackup(backupArn)).backupDescription()
 * }</pre>
 * Mandatory: the backup arn, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DeleteBackup extends Action<DeleteBackupResponse> {
    private String backupArn;

    /** An empty DeleteBackup: set the backup arn by chaining. */
    public DeleteBackup() {
    }

    /** @param backupArn the ARN of the backup to delete */
    public DeleteBackup(String backupArn) {
        backupArn(backupArn);
    }

    @Override
    protected String operation() {
        return "DeleteBackup";
    }

    /**
     * @param backupArn the ARN of the backup to delete (API member {@code BackupArn})
     * @return this action
     */
    public DeleteBackup backupArn(String backupArn) {
        this.backupArn = Objects.requireNonNull(backupArn, "backupArn");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(backupArn, "DeleteBackup", "BackupArn", "new DeleteBackup(backupArn) or .backupArn(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, BackupMembers.BACKUP_ARN, backupArn);
        generator.writeEndObject();
    }

    @Override
    protected DeleteBackupResponse readResponse(JsonParser parser) {
        return DeleteBackupResponse.read(parser);
    }
}
