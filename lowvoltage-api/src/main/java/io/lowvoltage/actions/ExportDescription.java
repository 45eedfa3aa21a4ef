package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * What an export is and where it stands: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportDescription.html">ExportDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ExportDescription {
    private final String exportArn;
    private final ExportStatus exportStatus;
    private final Instant startTime;
    private final Instant endTime;
    private final String exportManifest;
    private final String tableArn;
    private final String tableId;
    private final Instant exportTime;
    private final String clientToken;
    private final String s3Bucket;
    private final String s3BucketOwner;
    private final String s3Prefix;
    private final S3SseAlgorithm s3SseAlgorithm;
    private final String s3SseKmsKeyId;
    private final String failureCode;
    private final String failureMessage;
    private final ExportFormat exportFormat;
    private final Long billedSizeBytes;
    private final Long itemCount;
    private final ExportType exportType;
    private final IncrementalExportSpecification incrementalExportSpecification;

    private ExportDescription(String exportArn, ExportStatus exportStatus, Instant startTime, Instant endTime,
            String exportManifest, String tableArn, String tableId, Instant exportTime, String clientToken,
                    String s3Bucket, String s3BucketOwner, String s3Prefix, S3SseAlgorithm s3SseAlgorithm,
                            String s3SseKmsKeyId, String failureCode, String failureMessage,
                                    ExportFormat exportFormat, Long billedSizeBytes, Long itemCount,
                                            ExportType exportType,
                                                    IncrementalExportSpecification incrementalExportSpecification) {
        this.exportArn = exportArn;
        this.exportStatus = exportStatus;
        this.startTime = startTime;
        this.endTime = endTime;
        this.exportManifest = exportManifest;
        this.tableArn = tableArn;
        this.tableId = tableId;
        this.exportTime = exportTime;
        this.clientToken = clientToken;
        this.s3Bucket = s3Bucket;
        this.s3BucketOwner = s3BucketOwner;
        this.s3Prefix = s3Prefix;
        this.s3SseAlgorithm = s3SseAlgorithm;
        this.s3SseKmsKeyId = s3SseKmsKeyId;
        this.failureCode = failureCode;
        this.failureMessage = failureMessage;
        this.exportFormat = exportFormat;
        this.billedSizeBytes = billedSizeBytes;
        this.itemCount = itemCount;
        this.exportType = exportType;
        this.incrementalExportSpecification = incrementalExportSpecification;
    }

    static ExportDescription read(JsonParser parser) {
        String exportArn = null;
        ExportStatus exportStatus = null;
        Instant startTime = null;
        Instant endTime = null;
        String exportManifest = null;
        String tableArn = null;
        String tableId = null;
        Instant exportTime = null;
        String clientToken = null;
        String s3Bucket = null;
        String s3BucketOwner = null;
        String s3Prefix = null;
        S3SseAlgorithm s3SseAlgorithm = null;
        String s3SseKmsKeyId = null;
        String failureCode = null;
        String failureMessage = null;
        ExportFormat exportFormat = null;
        Long billedSizeBytes = null;
        Long itemCount = null;
        ExportType exportType = null;
        IncrementalExportSpecification incrementalExportSpecification = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ExportArn" -> exportArn = JsonReads.string(parser);
                case "ExportStatus" -> exportStatus = Enums.read(parser, ExportStatus.class);
                case "StartTime" -> startTime = JsonReads.instant(parser);
                case "EndTime" -> endTime = JsonReads.instant(parser);
                case "ExportManifest" -> exportManifest = JsonReads.string(parser);
                case "TableArn" -> tableArn = JsonReads.string(parser);
                case "TableId" -> tableId = JsonReads.string(parser);
                case "ExportTime" -> exportTime = JsonReads.instant(parser);
                case "ClientToken" -> clientToken = JsonReads.string(parser);
                case "S3Bucket" -> s3Bucket = JsonReads.string(parser);
                case "S3BucketOwner" -> s3BucketOwner = JsonReads.string(parser);
                case "S3Prefix" -> s3Prefix = JsonReads.string(parser);
                case "S3SseAlgorithm" -> s3SseAlgorithm = Enums.read(parser, S3SseAlgorithm.class);
                case "S3SseKmsKeyId" -> s3SseKmsKeyId = JsonReads.string(parser);
                case "FailureCode" -> failureCode = JsonReads.string(parser);
                case "FailureMessage" -> failureMessage = JsonReads.string(parser);
                case "ExportFormat" -> exportFormat = Enums.read(parser, ExportFormat.class);
                case "BilledSizeBytes" -> billedSizeBytes = JsonReads.longValue(parser);
                case "ItemCount" -> itemCount = JsonReads.longValue(parser);
                case "ExportType" -> exportType = Enums.read(parser, ExportType.class);
                case "IncrementalExportSpecification" -> incrementalExportSpecification = IncrementalExportSpecification.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new ExportDescription(exportArn, exportStatus, startTime, endTime, exportManifest, tableArn, tableId,
                exportTime, clientToken, s3Bucket, s3BucketOwner, s3Prefix, s3SseAlgorithm, s3SseKmsKeyId,
                        failureCode, failureMessage, exportFormat, billedSizeBytes, itemCount, exportType,
                                incrementalExportSpecification);
    }

    /** @return the export's ARN (API member {@code ExportArn}), or {@code null} */
    public String exportArn() {
        return exportArn;
    }

    /** @return where the export stands (API member {@code ExportStatus}), or {@code null} */
    public ExportStatus exportStatus() {
        return exportStatus;
    }

    /** @return when the export started (API member {@code StartTime}), or {@code null} */
    public Instant startTime() {
        return startTime;
    }

    /** @return when the export finished (API member {@code EndTime}), or {@code null} */
    public Instant endTime() {
        return endTime;
    }

    /** @return the name of the manifest file of the export (API member {@code ExportManifest}), or {@code null} */
    public String exportManifest() {
        return exportManifest;
    }

    /** @return the exported table's ARN (API member {@code TableArn}), or {@code null} */
    public String tableArn() {
        return tableArn;
    }

    /** @return the exported table's id (API member {@code TableId}), or {@code null} */
    public String tableId() {
        return tableId;
    }

    /** @return the point in time the table was exported as of (API member {@code ExportTime}), or {@code null} */
    public Instant exportTime() {
        return exportTime;
    }

    /** @return the idempotency token of the request that started the export (API member {@code ClientToken}), or {@code null} */
    public String clientToken() {
        return clientToken;
    }

    /** @return the bucket the export went to (API member {@code S3Bucket}), or {@code null} */
    public String s3Bucket() {
        return s3Bucket;
    }

    /** @return the account id of the bucket's owner (API member {@code S3BucketOwner}), or {@code null} */
    public String s3BucketOwner() {
        return s3BucketOwner;
    }

    /** @return the prefix of the exported objects (API member {@code S3Prefix}), or {@code null} */
    public String s3Prefix() {
        return s3Prefix;
    }

    /** @return how the exported objects are encrypted (API member {@code S3SseAlgorithm}), or {@code null} */
    public S3SseAlgorithm s3SseAlgorithm() {
        return s3SseAlgorithm;
    }

    /** @return the KMS key encrypting the exported objects (API member {@code S3SseKmsKeyId}), or {@code null} */
    public String s3SseKmsKeyId() {
        return s3SseKmsKeyId;
    }

    /** @return why the export failed (API member {@code FailureCode}), or {@code null} */
    public String failureCode() {
        return failureCode;
    }

    /** @return a description of the failure (API member {@code FailureMessage}), or {@code null} */
    public String failureMessage() {
        return failureMessage;
    }

    /** @return the format of the data files (API member {@code ExportFormat}), or {@code null} */
    public ExportFormat exportFormat() {
        return exportFormat;
    }

    /** @return the size billed for the export, in bytes (API member {@code BilledSizeBytes}), or {@code null} */
    public Long billedSizeBytes() {
        return billedSizeBytes;
    }

    /** @return the number of items exported (API member {@code ItemCount}), or {@code null} */
    public Long itemCount() {
        return itemCount;
    }

    /** @return whether the export is full or incremental (API member {@code ExportType}), or {@code null} */
    public ExportType exportType() {
        return exportType;
    }

    /** @return the period and view of an incremental export (API member {@code IncrementalExportSpecification}), or {@code null} */
    public IncrementalExportSpecification incrementalExportSpecification() {
        return incrementalExportSpecification;
    }

    @Override
    public String toString() {
        return Shapes.toString("ExportDescription", "exportArn", exportArn, "exportStatus", exportStatus,
                "startTime", startTime, "endTime", endTime, "exportManifest", exportManifest, "tableArn", tableArn,
                        "tableId", tableId, "exportTime", exportTime, "clientToken", clientToken, "s3Bucket",
                                s3Bucket, "s3BucketOwner", s3BucketOwner, "s3Prefix", s3Prefix, "s3SseAlgorithm",
                                        s3SseAlgorithm, "s3SseKmsKeyId", s3SseKmsKeyId, "failureCode", failureCode,
                                                "failureMessage", failureMessage, "exportFormat", exportFormat,
                                                        "billedSizeBytes", billedSizeBytes, "itemCount", itemCount,
                                                                "exportType", exportType,
                                                                        "incrementalExportSpecification",
                                                                                incrementalExportSpecification);
    }
}
