package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Exports a table, as of a point in time, to Amazon S3: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportTableToPointInTime.html">ExportTableToPointInTime</a>.
 * The table needs point-in-time recovery.
 *
 * <pre>{@code
 * connection.request(new ExportTableToPointInTime(tableArn, "bucket").exportFormatIon().exportTime(instant));
 * }</pre>
 * Mandatory: the table's ARN and the bucket, in the constructor or chained. Without a client token, each
 * {@code request} call sends a new random one, which its retries repeat. Not thread-safe: a builder.
 */
public final class ExportTableToPointInTime extends Action<ExportTableToPointInTimeResponse> {
    private String tableArn;
    private Instant exportTime;
    private String clientToken;
    private String clientTokenToSend;
    private String s3Bucket;
    private String s3BucketOwner;
    private String s3Prefix;
    private S3SseAlgorithm s3SseAlgorithm;
    private String s3SseKmsKeyId;
    private ExportFormat exportFormat;
    private ExportType exportType;
    private IncrementalExportSpecification incrementalExportSpecification;

    /** An empty ExportTableToPointInTime: set the table's ARN and the bucket by chaining. */
    public ExportTableToPointInTime() {
    }

    /**
     * @param tableArn the ARN of the table to export
     * @param s3Bucket the name of the bucket to export to
     */
    public ExportTableToPointInTime(String tableArn, String s3Bucket) {
        tableArn(tableArn);
        s3Bucket(s3Bucket);
    }

    @Override
    protected String operation() {
        return "ExportTableToPointInTime";
    }

    /**
     * @param tableArn the ARN of the table to export (API member {@code TableArn})
     * @return this action
     */
    public ExportTableToPointInTime tableArn(String tableArn) {
        this.tableArn = Objects.requireNonNull(tableArn, "tableArn");
        return this;
    }

    /**
     * @param exportTime the point in time to export the table as of (API member {@code ExportTime}); by
     *                   default, now
     * @return this action
     */
    public ExportTableToPointInTime exportTime(Instant exportTime) {
        this.exportTime = Objects.requireNonNull(exportTime, "exportTime");
        return this;
    }

    /**
     * @param clientToken the idempotency token (API member {@code ClientToken}): requests with the same token
     *                    start one export; by default, a random one per {@code request} call
     * @return this action
     */
    public ExportTableToPointInTime clientToken(String clientToken) {
        this.clientToken = Objects.requireNonNull(clientToken, "clientToken");
        return this;
    }

    /**
     * @param s3Bucket the name of the bucket to export to (API member {@code S3Bucket})
     * @return this action
     */
    public ExportTableToPointInTime s3Bucket(String s3Bucket) {
        this.s3Bucket = Objects.requireNonNull(s3Bucket, "s3Bucket");
        return this;
    }

    /**
     * @param s3BucketOwner the account id of the bucket's owner (API member {@code S3BucketOwner})
     * @return this action
     */
    public ExportTableToPointInTime s3BucketOwner(String s3BucketOwner) {
        this.s3BucketOwner = Objects.requireNonNull(s3BucketOwner, "s3BucketOwner");
        return this;
    }

    /**
     * @param s3Prefix the prefix of the exported objects (API member {@code S3Prefix})
     * @return this action
     */
    public ExportTableToPointInTime s3Prefix(String s3Prefix) {
        this.s3Prefix = Objects.requireNonNull(s3Prefix, "s3Prefix");
        return this;
    }

    /**
     * @param s3SseAlgorithm how the exported objects are encrypted (API member {@code S3SseAlgorithm})
     * @return this action
     */
    public ExportTableToPointInTime s3SseAlgorithm(S3SseAlgorithm s3SseAlgorithm) {
        this.s3SseAlgorithm = Shapes.known(s3SseAlgorithm, "S3SseAlgorithm");
        return this;
    }

    /** @return this action, encrypting with keys managed by Amazon S3 */
    public ExportTableToPointInTime s3SseAlgorithmAes256() {
        return s3SseAlgorithm(S3SseAlgorithm.AES256);
    }

    /** @return this action, encrypting with an AWS KMS key; name it with {@link #s3SseKmsKeyId(String)} */
    public ExportTableToPointInTime s3SseAlgorithmKms() {
        return s3SseAlgorithm(S3SseAlgorithm.KMS);
    }

    /**
     * @param s3SseKmsKeyId the KMS key encrypting the exported objects (API member {@code S3SseKmsKeyId})
     * @return this action
     */
    public ExportTableToPointInTime s3SseKmsKeyId(String s3SseKmsKeyId) {
        this.s3SseKmsKeyId = Objects.requireNonNull(s3SseKmsKeyId, "s3SseKmsKeyId");
        return this;
    }

    /**
     * @param exportFormat the format of the data files (API member {@code ExportFormat})
     * @return this action
     */
    public ExportTableToPointInTime exportFormat(ExportFormat exportFormat) {
        this.exportFormat = Shapes.known(exportFormat, "ExportFormat");
        return this;
    }

    /** @return this action, writing DynamoDB JSON (the default) */
    public ExportTableToPointInTime exportFormatDynamodbJson() {
        return exportFormat(ExportFormat.DYNAMODB_JSON);
    }

    /** @return this action, writing Amazon Ion */
    public ExportTableToPointInTime exportFormatIon() {
        return exportFormat(ExportFormat.ION);
    }

    /**
     * @param exportType whether to export the whole table or the changes over a period (API member
     *                   {@code ExportType})
     * @return this action
     */
    public ExportTableToPointInTime exportType(ExportType exportType) {
        this.exportType = Shapes.known(exportType, "ExportType");
        return this;
    }

    /** @return this action, exporting the whole table (the default) */
    public ExportTableToPointInTime exportTypeFullExport() {
        return exportType(ExportType.FULL_EXPORT);
    }

    /** @return this action, exporting the changes over a period; set it with the incremental specification */
    public ExportTableToPointInTime exportTypeIncrementalExport() {
        return exportType(ExportType.INCREMENTAL_EXPORT);
    }

    /**
     * @param incrementalExportSpecification the period and view of an incremental export (API member
     *                                       {@code IncrementalExportSpecification})
     * @return this action
     */
    public ExportTableToPointInTime incrementalExportSpecification(
            IncrementalExportSpecification incrementalExportSpecification) {
        this.incrementalExportSpecification = Objects.requireNonNull(incrementalExportSpecification,
                "incrementalExportSpecification");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(tableArn, "ExportTableToPointInTime", "TableArn",
                "new ExportTableToPointInTime(tableArn, s3Bucket) or .tableArn(...)");
        Require.present(s3Bucket, "ExportTableToPointInTime", "S3Bucket",
                "new ExportTableToPointInTime(tableArn, s3Bucket) or .s3Bucket(...)");
        clientTokenToSend = FeatureShapes.clientToken(clientToken);
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.TABLE_ARN, tableArn);
        FeatureShapes.instant(generator, FeatureMembers.EXPORT_TIME, exportTime);
        JsonWrites.string(generator, FeatureMembers.CLIENT_TOKEN, clientTokenToSend);
        JsonWrites.string(generator, FeatureMembers.S3_BUCKET, s3Bucket);
        JsonWrites.string(generator, FeatureMembers.S3_BUCKET_OWNER, s3BucketOwner);
        JsonWrites.string(generator, FeatureMembers.S3_PREFIX, s3Prefix);
        JsonWrites.constant(generator, FeatureMembers.S3_SSE_ALGORITHM, s3SseAlgorithm);
        JsonWrites.string(generator, FeatureMembers.S3_SSE_KMS_KEY_ID, s3SseKmsKeyId);
        JsonWrites.constant(generator, FeatureMembers.EXPORT_FORMAT, exportFormat);
        JsonWrites.constant(generator, FeatureMembers.EXPORT_TYPE, exportType);
        Shapes.object(generator, FeatureMembers.INCREMENTAL_EXPORT_SPECIFICATION, incrementalExportSpecification,
                IncrementalExportSpecification::write);
        generator.writeEndObject();
    }

    @Override
    protected ExportTableToPointInTimeResponse readResponse(JsonParser parser) {
        return ExportTableToPointInTimeResponse.read(parser);
    }
}
