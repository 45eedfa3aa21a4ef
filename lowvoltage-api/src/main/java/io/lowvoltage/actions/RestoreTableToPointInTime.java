package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.Variadic;
import io.lowvoltage.internal.json.JsonWrites;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Creates a table from the state another table had at a point in time: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableToPointInTime.html">RestoreTableToPointInTime</a>.
 *
 * <pre>{@code
 * connection.request(new RestoreTableToPointInTime("Restored").sourceTableName("T").useLatestRestorableTime(true));
 * connection.request(new RestoreTableToPointInTime("Restored").sourceTableName("T").restoreDateTime(instant));
 * }</pre>
 * Mandatory: the new table's name, in the constructor or chained; the source table by name or ARN. Not
 * thread-safe: a builder.
 */
public final class RestoreTableToPointInTime extends Action<RestoreTableToPointInTimeResponse> {
    private String sourceTableArn;
    private String sourceTableName;
    private String targetTableName;
    private Boolean useLatestRestorableTime;
    private Instant restoreDateTime;
    private final RestoreOverrides overrides = new RestoreOverrides();

    /** An empty RestoreTableToPointInTime: set the target table name and the source by chaining. */
    public RestoreTableToPointInTime() {
    }

    /** @param targetTableName the name of the table to create */
    public RestoreTableToPointInTime(String targetTableName) {
        targetTableName(targetTableName);
    }

    @Override
    protected String operation() {
        return "RestoreTableToPointInTime";
    }

    /**
     * @param sourceTableArn the ARN of the table to restore from (API member {@code SourceTableArn})
     * @return this action
     */
    public RestoreTableToPointInTime sourceTableArn(String sourceTableArn) {
        this.sourceTableArn = Objects.requireNonNull(sourceTableArn, "sourceTableArn");
        return this;
    }

    /**
     * @param sourceTableName the name of the table to restore from (API member {@code SourceTableName})
     * @return this action
     */
    public RestoreTableToPointInTime sourceTableName(String sourceTableName) {
        this.sourceTableName = Objects.requireNonNull(sourceTableName, "sourceTableName");
        return this;
    }

    /**
     * @param targetTableName the name of the table to create (API member {@code TargetTableName})
     * @return this action
     */
    public RestoreTableToPointInTime targetTableName(String targetTableName) {
        this.targetTableName = Objects.requireNonNull(targetTableName, "targetTableName");
        return this;
    }

    /**
     * @param useLatestRestorableTime whether to restore the latest state that can be restored, about five minutes
     *                                before now (API member {@code UseLatestRestorableTime})
     * @return this action
     */
    public RestoreTableToPointInTime useLatestRestorableTime(boolean useLatestRestorableTime) {
        this.useLatestRestorableTime = useLatestRestorableTime;
        return this;
    }

    /**
     * @param restoreDateTime the point in time to restore (API member {@code RestoreDateTime})
     * @return this action
     */
    public RestoreTableToPointInTime restoreDateTime(Instant restoreDateTime) {
        this.restoreDateTime = Objects.requireNonNull(restoreDateTime, "restoreDateTime");
        return this;
    }

    /**
     * @param billingMode how the restored table is charged (API member {@code BillingModeOverride}); by default,
     *                    as the source table
     * @return this action
     */
    public RestoreTableToPointInTime billingModeOverride(BillingMode billingMode) {
        overrides.billingModeOverride(billingMode);
        return this;
    }

    /** @return this action, restoring the table with provisioned capacity */
    public RestoreTableToPointInTime billingModeOverrideProvisioned() {
        return billingModeOverride(BillingMode.PROVISIONED);
    }

    /** @return this action, restoring the table on demand */
    public RestoreTableToPointInTime billingModeOverridePayPerRequest() {
        return billingModeOverride(BillingMode.PAY_PER_REQUEST);
    }

    /**
     * The global secondary indexes of the restored table, among those of the source (API member {@code GlobalSecondaryIndexOverride}), added to those
     * already set. Called with none, the table is restored without global secondary indexes; never called, it keeps them all.
     *
     * @param indexes the indexes to keep
     * @return this action
     */
    public RestoreTableToPointInTime globalSecondaryIndexOverride(GlobalSecondaryIndex... indexes) {
        Variadic.addAll(overrides.globalSecondaryIndexOverride(), "globalSecondaryIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #globalSecondaryIndexOverride(GlobalSecondaryIndex...)
     */
    public RestoreTableToPointInTime globalSecondaryIndexOverride(Iterable<GlobalSecondaryIndex> indexes) {
        Variadic.addAll(overrides.globalSecondaryIndexOverride(), "globalSecondaryIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #globalSecondaryIndexOverride(GlobalSecondaryIndex...)
     */
    public RestoreTableToPointInTime globalSecondaryIndexOverride(Stream<GlobalSecondaryIndex> indexes) {
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
    public RestoreTableToPointInTime localSecondaryIndexOverride(LocalSecondaryIndex... indexes) {
        Variadic.addAll(overrides.localSecondaryIndexOverride(), "localSecondaryIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #localSecondaryIndexOverride(LocalSecondaryIndex...)
     */
    public RestoreTableToPointInTime localSecondaryIndexOverride(Iterable<LocalSecondaryIndex> indexes) {
        Variadic.addAll(overrides.localSecondaryIndexOverride(), "localSecondaryIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #localSecondaryIndexOverride(LocalSecondaryIndex...)
     */
    public RestoreTableToPointInTime localSecondaryIndexOverride(Stream<LocalSecondaryIndex> indexes) {
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
    public RestoreTableToPointInTime vectorIndexOverride(VectorIndex... indexes) {
        Variadic.addAll(overrides.vectorIndexOverride(), "vectorIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #vectorIndexOverride(VectorIndex...)
     */
    public RestoreTableToPointInTime vectorIndexOverride(Iterable<VectorIndex> indexes) {
        Variadic.addAll(overrides.vectorIndexOverride(), "vectorIndexOverride", indexes);
        return this;
    }

    /**
     * @param indexes the indexes to keep, added to those already set
     * @return this action
     * @see #vectorIndexOverride(VectorIndex...)
     */
    public RestoreTableToPointInTime vectorIndexOverride(Stream<VectorIndex> indexes) {
        Variadic.addAll(overrides.vectorIndexOverride(), "vectorIndexOverride", indexes);
        return this;
    }

    /**
     * @param throughput the provisioned throughput of the restored table (API member
     *                   {@code ProvisionedThroughputOverride})
     * @return this action
     */
    public RestoreTableToPointInTime provisionedThroughputOverride(ProvisionedThroughput throughput) {
        overrides.provisionedThroughputOverride(throughput);
        return this;
    }

    /**
     * @param throughput the maximum on-demand throughput of the restored table (API member
     *                   {@code OnDemandThroughputOverride})
     * @return this action
     */
    public RestoreTableToPointInTime onDemandThroughputOverride(OnDemandThroughput throughput) {
        overrides.onDemandThroughputOverride(throughput);
        return this;
    }

    /**
     * @param specification the encryption of the restored table (API member {@code SSESpecificationOverride})
     * @return this action
     */
    public RestoreTableToPointInTime sseSpecificationOverride(SSESpecification specification) {
        overrides.sseSpecificationOverride(specification);
        return this;
    }

    @Override
    protected void validate() {
        Require.present(targetTableName, "RestoreTableToPointInTime", "TargetTableName",
                "new RestoreTableToPointInTime(targetTableName) or .targetTableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, BackupMembers.SOURCE_TABLE_ARN, sourceTableArn);
        JsonWrites.string(generator, BackupMembers.SOURCE_TABLE_NAME, sourceTableName);
        JsonWrites.string(generator, BackupMembers.TARGET_TABLE_NAME, targetTableName);
        JsonWrites.bool(generator, BackupMembers.USE_LATEST_RESTORABLE_TIME, useLatestRestorableTime);
        EpochSeconds.write(generator, BackupMembers.RESTORE_DATE_TIME, restoreDateTime);
        overrides.write(generator);
        generator.writeEndObject();
    }

    @Override
    protected RestoreTableToPointInTimeResponse readResponse(JsonParser parser) {
        return RestoreTableToPointInTimeResponse.read(parser);
    }
}
