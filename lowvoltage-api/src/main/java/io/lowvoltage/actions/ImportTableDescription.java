package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * What an import is and where it stands: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTableDescription.html">ImportTableDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ImportTableDescription {
    private final String importArn;
    private final ImportStatus importStatus;
    private final String tableArn;
    private final String tableId;
    private final String clientToken;
    private final S3BucketSource s3BucketSource;
    private final Long errorCount;
    private final String cloudWatchLogGroupArn;
    private final InputFormat inputFormat;
    private final InputFormatOptions inputFormatOptions;
    private final InputCompressionType inputCompressionType;
    private final TableCreationParameters tableCreationParameters;
    private final Instant startTime;
    private final Instant endTime;
    private final Long processedSizeBytes;
    private final Long processedItemCount;
    private final Long importedItemCount;
    private final String failureCode;
    private final String failureMessage;

    private ImportTableDescription(String importArn, ImportStatus importStatus, String tableArn, String tableId,
            String clientToken, S3BucketSource s3BucketSource, Long errorCount, String cloudWatchLogGroupArn,
                    InputFormat inputFormat, InputFormatOptions inputFormatOptions,
                            InputCompressionType inputCompressionType,
                                    TableCreationParameters tableCreationParameters, Instant startTime,
                                            Instant endTime, Long processedSizeBytes, Long processedItemCount,
                                                    Long importedItemCount, String failureCode, String failureMessage) {
        this.importArn = importArn;
        this.importStatus = importStatus;
        this.tableArn = tableArn;
        this.tableId = tableId;
        this.clientToken = clientToken;
        this.s3BucketSource = s3BucketSource;
        this.errorCount = errorCount;
        this.cloudWatchLogGroupArn = cloudWatchLogGroupArn;
        this.inputFormat = inputFormat;
        this.inputFormatOptions = inputFormatOptions;
        this.inputCompressionType = inputCompressionType;
        this.tableCreationParameters = tableCreationParameters;
        this.startTime = startTime;
        this.endTime = endTime;
        this.processedSizeBytes = processedSizeBytes;
        this.processedItemCount = processedItemCount;
        this.importedItemCount = importedItemCount;
        this.failureCode = failureCode;
        this.failureMessage = failureMessage;
    }

    static ImportTableDescription read(JsonParser parser) {
        String importArn = null;
        ImportStatus importStatus = null;
        String tableArn = null;
        String tableId = null;
        String clientToken = null;
        S3BucketSource s3BucketSource = null;
        Long errorCount = null;
        String cloudWatchLogGroupArn = null;
        InputFormat inputFormat = null;
        InputFormatOptions inputFormatOptions = null;
        InputCompressionType inputCompressionType = null;
        TableCreationParameters tableCreationParameters = null;
        Instant startTime = null;
        Instant endTime = null;
        Long processedSizeBytes = null;
        Long processedItemCount = null;
        Long importedItemCount = null;
        String failureCode = null;
        String failureMessage = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ImportArn" -> importArn = JsonReads.string(parser);
                case "ImportStatus" -> importStatus = Enums.read(parser, ImportStatus.class);
                case "TableArn" -> tableArn = JsonReads.string(parser);
                case "TableId" -> tableId = JsonReads.string(parser);
                case "ClientToken" -> clientToken = JsonReads.string(parser);
                case "S3BucketSource" -> s3BucketSource = S3BucketSource.read(parser);
                case "ErrorCount" -> errorCount = JsonReads.longValue(parser);
                case "CloudWatchLogGroupArn" -> cloudWatchLogGroupArn = JsonReads.string(parser);
                case "InputFormat" -> inputFormat = Enums.read(parser, InputFormat.class);
                case "InputFormatOptions" -> inputFormatOptions = InputFormatOptions.read(parser);
                case "InputCompressionType" -> inputCompressionType = Enums.read(parser, InputCompressionType.class);
                case "TableCreationParameters" -> tableCreationParameters = TableCreationParameters.read(parser);
                case "StartTime" -> startTime = JsonReads.instant(parser);
                case "EndTime" -> endTime = JsonReads.instant(parser);
                case "ProcessedSizeBytes" -> processedSizeBytes = JsonReads.longValue(parser);
                case "ProcessedItemCount" -> processedItemCount = JsonReads.longValue(parser);
                case "ImportedItemCount" -> importedItemCount = JsonReads.longValue(parser);
                case "FailureCode" -> failureCode = JsonReads.string(parser);
                case "FailureMessage" -> failureMessage = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new ImportTableDescription(importArn, importStatus, tableArn, tableId, clientToken, s3BucketSource,
                errorCount, cloudWatchLogGroupArn, inputFormat, inputFormatOptions, inputCompressionType,
                        tableCreationParameters, startTime, endTime, processedSizeBytes, processedItemCount,
                                importedItemCount, failureCode, failureMessage);
    }

    /** @return the import's ARN (API member {@code ImportArn}), or {@code null} */
    public String importArn() {
        return importArn;
    }

    /** @return where the import stands (API member {@code ImportStatus}), or {@code null} */
    public ImportStatus importStatus() {
        return importStatus;
    }

    /** @return the ARN of the table being created (API member {@code TableArn}), or {@code null} */
    public String tableArn() {
        return tableArn;
    }

    /** @return the id of the table being created (API member {@code TableId}), or {@code null} */
    public String tableId() {
        return tableId;
    }

    /** @return the idempotency token of the request that started the import (API member {@code ClientToken}), or {@code null} */
    public String clientToken() {
        return clientToken;
    }

    /** @return where the imported files are (API member {@code S3BucketSource}), or {@code null} */
    public S3BucketSource s3BucketSource() {
        return s3BucketSource;
    }

    /** @return the number of errors met (API member {@code ErrorCount}), or {@code null} */
    public Long errorCount() {
        return errorCount;
    }

    /** @return the ARN of the CloudWatch log group the errors are logged to (API member {@code CloudWatchLogGroupArn}), or {@code null} */
    public String cloudWatchLogGroupArn() {
        return cloudWatchLogGroupArn;
    }

    /** @return the format of the imported files (API member {@code InputFormat}), or {@code null} */
    public InputFormat inputFormat() {
        return inputFormat;
    }

    /** @return the format-specific settings (API member {@code InputFormatOptions}), or {@code null} */
    public InputFormatOptions inputFormatOptions() {
        return inputFormatOptions;
    }

    /** @return how the imported files are compressed (API member {@code InputCompressionType}), or {@code null} */
    public InputCompressionType inputCompressionType() {
        return inputCompressionType;
    }

    /** @return the table being created (API member {@code TableCreationParameters}), or {@code null} */
    public TableCreationParameters tableCreationParameters() {
        return tableCreationParameters;
    }

    /** @return when the import started (API member {@code StartTime}), or {@code null} */
    public Instant startTime() {
        return startTime;
    }

    /** @return when the import finished (API member {@code EndTime}), or {@code null} */
    public Instant endTime() {
        return endTime;
    }

    /** @return the size of the data processed so far, in bytes (API member {@code ProcessedSizeBytes}), or {@code null} */
    public Long processedSizeBytes() {
        return processedSizeBytes;
    }

    /** @return the number of items processed so far (API member {@code ProcessedItemCount}), or {@code null} */
    public Long processedItemCount() {
        return processedItemCount;
    }

    /** @return the number of items imported so far (API member {@code ImportedItemCount}), or {@code null} */
    public Long importedItemCount() {
        return importedItemCount;
    }

    /** @return why the import failed (API member {@code FailureCode}), or {@code null} */
    public String failureCode() {
        return failureCode;
    }

    /** @return a description of the failure (API member {@code FailureMessage}), or {@code null} */
    public String failureMessage() {
        return failureMessage;
    }

    @Override
    public String toString() {
        return Shapes.toString("ImportTableDescription", "importArn", importArn, "importStatus", importStatus,
                "tableArn", tableArn, "tableId", tableId, "clientToken", clientToken, "s3BucketSource",
                        s3BucketSource, "errorCount", errorCount, "cloudWatchLogGroupArn", cloudWatchLogGroupArn,
                                "inputFormat", inputFormat, "inputFormatOptions", inputFormatOptions,
                                        "inputCompressionType", inputCompressionType, "tableCreationParameters",
                                                tableCreationParameters, "startTime", startTime, "endTime", endTime,
                                                        "processedSizeBytes", processedSizeBytes,
                                                                "processedItemCount", processedItemCount,
                                                                        "importedItemCount", importedItemCount,
                                                                                "failureCode", failureCode,
                                                                                        "failureMessage", failureMessage);
    }
}
