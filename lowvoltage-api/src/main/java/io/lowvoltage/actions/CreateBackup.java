package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Makes an on-demand backup of a table: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateBackup.html">CreateBackup</a>.
 *
 * <pre>{@code
 * String backupArn = connection.request(new CreateBackup("T", "before-migration")).backupDetails().backupArn();
 * }</pre>
 * Mandatory: the table name and the backup name, in the constructor or chained. Not thread-safe: a builder.
 */
public final class CreateBackup extends Action<CreateBackupResponse> {
    private String tableName;
    private String backupName;

    /** An empty CreateBackup: set the table name and backup name by chaining. */
    public CreateBackup() {
    }

    /**
     * @param tableName  the table to back up, by name or ARN
     * @param backupName the backup's name
     */
    public CreateBackup(String tableName, String backupName) {
        tableName(tableName);
        backupName(backupName);
    }

    @Override
    protected String operation() {
        return "CreateBackup";
    }

    /**
     * @param tableName the table to back up, by name or ARN (API member {@code TableName})
     * @return this action
     */
    public CreateBackup tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param backupName the backup's name (API member {@code BackupName})
     * @return this action
     */
    public CreateBackup backupName(String backupName) {
        this.backupName = Objects.requireNonNull(backupName, "backupName");
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.present(tableName, "CreateBackup", "TableName",
                "new CreateBackup(tableName, backupName) or .tableName(...)");
        Require.present(backupName, "CreateBackup", "BackupName",
                "new CreateBackup(tableName, backupName) or .backupName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.string(generator, BackupMembers.BACKUP_NAME, backupName);
        generator.writeEndObject();
    }

    @Override
    protected CreateBackupResponse readResponse(JsonParser parser) {
        return CreateBackupResponse.read(parser);
    }
}
