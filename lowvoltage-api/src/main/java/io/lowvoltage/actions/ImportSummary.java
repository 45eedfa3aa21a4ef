package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.time.Instant;
import tools.jackson.core.JsonParser;

/**
 * One import in the list that ListImports returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportSummary.html">ImportSummary</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class ImportSummary {
    private final String importArn;
    private final ImportStatus importStatus;
    private final String tableArn;
    private final S3BucketSource s3BucketSource;
    private final String cloudWatchLogGroupArn;
    private final InputFormat inputFormat;
    private final Instant startTime;
    private final Instant endTime;

    private ImportSummary(String importArn, ImportStatus importStatus, String tableArn,
            S3BucketSource s3BucketSource, String cloudWatchLogGroupArn, InputFormat inputFormat, Instant startTime,
                    Instant endTime) {
        this.importArn = importArn;
        this.importStatus = importStatus;
        this.tableArn = tableArn;
        this.s3BucketSource = s3BucketSource;
        this.cloudWatchLogGroupArn = cloudWatchLogGroupArn;
        this.inputFormat = inputFormat;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    static ImportSummary read(JsonParser parser) {
        String importArn = null;
        ImportStatus importStatus = null;
        String tableArn = null;
        S3BucketSource s3BucketSource = null;
        String cloudWatchLogGroupArn = null;
        InputFormat inputFormat = null;
        Instant startTime = null;
        Instant endTime = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ImportArn" -> importArn = JsonReads.string(parser);
                case "ImportStatus" -> importStatus = Enums.read(parser, ImportStatus.class);
                case "TableArn" -> tableArn = JsonReads.string(parser);
                case "S3BucketSource" -> s3BucketSource = S3BucketSource.read(parser);
                case "CloudWatchLogGroupArn" -> cloudWatchLogGroupArn = JsonReads.string(parser);
                case "InputFormat" -> inputFormat = Enums.read(parser, InputFormat.class);
                case "StartTime" -> startTime = JsonReads.instant(parser);
                case "EndTime" -> endTime = JsonReads.instant(parser);
                default -> parser.skipChildren();
            }
        }
        return new ImportSummary(importArn, importStatus, tableArn, s3BucketSource, cloudWatchLogGroupArn,
                inputFormat, startTime, endTime);
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

    /** @return where the imported files are (API member {@code S3BucketSource}), or {@code null} */
    public S3BucketSource s3BucketSource() {
        return s3BucketSource;
    }

    /** @return the ARN of the CloudWatch log group the errors are logged to (API member {@code CloudWatchLogGroupArn}), or {@code null} */
    public String cloudWatchLogGroupArn() {
        return cloudWatchLogGroupArn;
    }

    /** @return the format of the imported files (API member {@code InputFormat}), or {@code null} */
    public InputFormat inputFormat() {
        return inputFormat;
    }

    /** @return when the import started (API member {@code StartTime}), or {@code null} */
    public Instant startTime() {
        return startTime;
    }

    /** @return when the import finished (API member {@code EndTime}), or {@code null} */
    public Instant endTime() {
        return endTime;
    }

    @Override
    public String toString() {
        return Shapes.toString("ImportSummary", "importArn", importArn, "importStatus", importStatus, "tableArn",
                tableArn, "s3BucketSource", s3BucketSource, "cloudWatchLogGroupArn", cloudWatchLogGroupArn,
                        "inputFormat", inputFormat, "startTime", startTime, "endTime", endTime);
    }
}
