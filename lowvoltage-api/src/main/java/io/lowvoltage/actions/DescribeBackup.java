package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Describes a backup, with the table and table features it holds: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeBackup.html">DescribeBackup</a>.
 *
 * <pre>{@code
 * connection.request(new DescribeBackup(backupArn)).backupDescription().backupDetails().backupStatus()
 * }</pre>
 * Mandatory: the backup arn, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DescribeBackup extends Action<DescribeBackupResponse> {
    private String backupArn;

    /** An empty DescribeBackup: set the backup arn by chaining. */
    public DescribeBackup() {
    }

    /** @param backupArn the ARN of the backup to describe */
    public DescribeBackup(String backupArn) {
        backupArn(backupArn);
    }

    @Override
    protected String operation() {
        return "DescribeBackup";
    }

    /**
     * @param backupArn the ARN of the backup to describe (API member {@code BackupArn})
     * @return this action
     */
    public DescribeBackup backupArn(String backupArn) {
        this.backupArn = Objects.requireNonNull(backupArn, "backupArn");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(backupArn, "DescribeBackup", "BackupArn", "new DescribeBackup(backupArn) or .backupArn(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, BackupMembers.BACKUP_ARN, backupArn);
        generator.writeEndObject();
    }

    @Override
    protected DescribeBackupResponse readResponse(JsonParser parser) {
        return DescribeBackupResponse.read(parser);
    }
}
