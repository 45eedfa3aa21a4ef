package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.JsonWrites;

import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Creates a table from a backup: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableFromBackup.html">RestoreTableFromBackup</a>.
 *
 * <pre>{@code
 * connection.request(new RestoreTableFromBackup("Restored", backupArn).billingModeOverridePayPerRequest());
 * }</pre>
 * Mandatory: the new table's name and the backup's ARN, in the constructor or chained. Not thread-safe: a builder.
 */
public final class RestoreTableFromBackup extends Action<RestoreTableFromBackupResponse> {
    private String targetTableName;
    private String backupArn;
    private final RestoreOverrides overrides = new RestoreOverrides();

    /** An empty RestoreTableFromBackup: set the target table name and backup ARN by chaining. */
    public RestoreTableFromBackup() {
    }

    /**
     * @param targetTableName the name of the table to create
     * @param backupArn       the ARN of the backup to restore
     */
    public RestoreTableFromBackup(String targetTableName, String backupArn) {
        targetTableName(targetTableName);
        backupArn(backupArn);
    }

    @Override
    protected String operation() {
        return "RestoreTableFromBackup";
    }

    /**
     * @param targetTableName the name of the table to create (API member {@code TargetTableName})
     * @return this action
     */
    public RestoreTableFromBackup targetTableName(String targetTableName) {
        this.targetTableName = Objects.requireNonNull(targetTableName, "targetTableName");
        return this;
    }

    /**
     * @param backupArn the ARN of the backup to restore (API member {@code BackupArn})
     * @return this action
     */
    public RestoreTableFromBackup backupArn(String backupArn) {
        this.backupArn = Objects.requireNonNull(backupArn, "backupArn");
        return this;
    }

    /**
     * @param billingMode how the restored table is charged (API member {@code BillingModeOverride}); by default,
     *                    as the source table
     * @return this action
     */
    public RestoreTableFromBackup billingModeOverride(BillingMode billingMode) {
        overrides.billingModeOverride(billingMode);
        return this;
    }

    /** @return this action, restoring the table with provisioned capacity */
    public RestoreTableFromBackup billingModeOverrideProvisioned() {
        return billingModeOverride(BillingMode.PROVISIONED);
    }

    /** @return this action, restoring the table on demand */
    public RestoreTableFromBackup billingModeOverridePayPerRequest() {
        return billingModeOverride(BillingMode.PAY_PER_REQUEST);
    }

    /**
     * The global secondary indexes of the restored table, among those of the source (API member {@code GlobalSecondaryIndexOverride}), added to those
     * already set. Called with none, the table is restored without global secondary indexes; never called, it keeps them all.
     *
     * @param indexes the indexes to keep
     * @return this action
     */
    public RestoreTableFromBackup globalSecondaryIndexOverride(GlobalSecondaryIndex... indexes) {
        Variadic.addAll(overrides.globalSecondaryIndexOverride(), "globalSecondaryIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #globalSecondaryIndexOverride(GlobalSecondaryIndex...)
     */
    public RestoreTableFromBackup globalSecondaryIndexOverride(Iterable<GlobalSecondaryIndex> indexes) {
        Variadic.addAll(overrides.globalSecondaryIndexOverride(), "globalSecondaryIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #globalSecondaryIndexOverride(GlobalSecondaryIndex...)
     */
    public RestoreTableFromBackup globalSecondaryIndexOverride(Stream<GlobalSecondaryIndex> indexes) {
        Variadic.addAll(overrides.globalSecondaryIndexOverride(), "globalSecondaryIndexOverride", indexes);
        return this;
    }

    /**
     * The local secondary indexes of the restored table, among those of the source (API member {@code LocalSecondaryIndexOverride}), added to those
     * already set. Called with none, the table is restored without local secondary indexes; never called, it keeps them all.
     *
     * @param indexes the indexes to keep
     * @return this action
     */
    public RestoreTableFromBackup localSecondaryIndexOverride(LocalSecondaryIndex... indexes) {
        Variadic.addAll(overrides.localSecondaryIndexOverride(), "localSecondaryIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #localSecondaryIndexOverride(LocalSecondaryIndex...)
     */
    public RestoreTableFromBackup localSecondaryIndexOverride(Iterable<LocalSecondaryIndex> indexes) {
        Variadic.addAll(overrides.localSecondaryIndexOverride(), "localSecondaryIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #localSecondaryIndexOverride(LocalSecondaryIndex...)
     */
    public RestoreTableFromBackup localSecondaryIndexOverride(Stream<LocalSecondaryIndex> indexes) {
        Variadic.addAll(overrides.localSecondaryIndexOverride(), "localSecondaryIndexOverride", indexes);
        return this;
    }

    /**
     * The vector indexes of the restored table, among those of the source (API member {@code VectorIndexOverride}), added to those
     * already set. Called with none, the table is restored without vector indexes; never called, it keeps them all.
     *
     * @param indexes the indexes to keep
     * @return this action
     */
    public RestoreTableFromBackup vectorIndexOverride(VectorIndex... indexes) {
        Variadic.addAll(overrides.vectorIndexOverride(), "vectorIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #vectorIndexOverride(VectorIndex...)
     */
    public RestoreTableFromBackup vectorIndexOverride(Iterable<VectorIndex> indexes) {
        Variadic.addAll(overrides.vectorIndexOverride(), "vectorIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #vectorIndexOverride(VectorIndex...)
     */
    public RestoreTableFromBackup vectorIndexOverride(Stream<VectorIndex> indexes) {
        Variadic.addAll(overrides.vectorIndexOverride(), "vectorIndexOverride", indexes);
        return this;
    }

    /**
     * @param throughput the provisioned throughput of the restored table (API member
     *                   {@code ProvisionedThroughputOverride})
     * @return this action
     */
    public RestoreTableFromBackup provisionedThroughputOverride(ProvisionedThroughput throughput) {
        overrides.provisionedThroughputOverride(throughput);
        return this;
    }

    /**
     * @param throughput the maximum on-demand throughput of the restored table (API member
     *                   {@code OnDemandThroughputOverride})
     * @return this action
     */
    public RestoreTableFromBackup onDemandThroughputOverride(OnDemandThroughput throughput) {
        overrides.onDemandThroughputOverride(throughput);
        return this;
    }

    /**
     * @param specification the encryption of the restored table (API member {@code SSESpecificationOverride})
     * @return this action
     */
    public RestoreTableFromBackup sseSpecificationOverride(SSESpecification specification) {
        overrides.sseSpecificationOverride(specification);
        return this;
    }

    @Override
    protected void validate() {
        Require.present(targetTableName, "RestoreTableFromBackup", "TargetTableName",
                "new RestoreTableFromBackup(targetTableName, backupArn) or .targetTableName(...)");
        Require.present(backupArn, "RestoreTableFromBackup", "BackupArn",
                "new RestoreTableFromBackup(targetTableName, backupArn) or .backupArn(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, BackupMembers.TARGET_TABLE_NAME, targetTableName);
        JsonWrites.string(generator, BackupMembers.BACKUP_ARN, backupArn);
        overrides.write(generator);
        generator.writeEndObject();
    }

    @Override
    protected RestoreTableFromBackupResponse readResponse(JsonParser parser) {
        return RestoreTableFromBackupResponse.read(parser);
    }
}
