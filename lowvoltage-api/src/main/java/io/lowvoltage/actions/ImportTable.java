package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Creates a table from files in Amazon S3: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTable.html">ImportTable</a>.
 *
 * <pre>{@code
 * connection.request(new ImportTable(S3BucketSource.of("bucket"), InputFormat.CSV,
 *         TableCreationParameters.builder("T").hashKey("h", ScalarAttributeType.S).billingModePayPerRequest().build())
 *         .inputCompressionTypeGzip());
 * }</pre>
 * Mandatory: the source, the input format and the table to create, in the constructor or chained. Without a
 * client token, each {@code request} call sends a new random one, which its retries repeat. Not thread-safe: a
 * builder.
 */
public final class ImportTable extends Action<ImportTableResponse> {
    private String clientToken;
    private String clientTokenToSend;
    private S3BucketSource s3BucketSource;
    private InputFormat inputFormat;
    private InputFormatOptions inputFormatOptions;
    private InputCompressionType inputCompressionType;
    private TableCreationParameters tableCreationParameters;

    /** An empty ImportTable: set the source, input format and table by chaining. */
    public ImportTable() {
    }

    /**
     * @param s3BucketSource          where the files to import are
     * @param inputFormat             their format
     * @param tableCreationParameters the table to create
     */
    public ImportTable(S3BucketSource s3BucketSource, InputFormat inputFormat,
            TableCreationParameters tableCreationParameters) {
        s3BucketSource(s3BucketSource);
        inputFormat(inputFormat);
        tableCreationParameters(tableCreationParameters);
    }

    @Override
    protected String operation() {
        return "ImportTable";
    }

    /**
     * @param clientToken the idempotency token (API member {@code ClientToken}): requests with the same token
     *                    start one import; by default, a random one per {@code request} call
     * @return this action
     */
    public ImportTable clientToken(String clientToken) {
        this.clientToken = Objects.requireNonNull(clientToken, "clientToken");
        return this;
    }

    /**
     * @param s3BucketSource where the files to import are (API member {@code S3BucketSource})
     * @return this action
     */
    public ImportTable s3BucketSource(S3BucketSource s3BucketSource) {
        this.s3BucketSource = Objects.requireNonNull(s3BucketSource, "s3BucketSource");
        return this;
    }

    /**
     * @param inputFormat the format of the files (API member {@code InputFormat})
     * @return this action
     */
    public ImportTable inputFormat(InputFormat inputFormat) {
        this.inputFormat = Shapes.known(inputFormat, "InputFormat");
        return this;
    }

    /** @return this action, reading DynamoDB JSON */
    public ImportTable inputFormatDynamodbJson() {
        return inputFormat(InputFormat.DYNAMODB_JSON);
    }

    /** @return this action, reading Amazon Ion */
    public ImportTable inputFormatIon() {
        return inputFormat(InputFormat.ION);
    }

    /** @return this action, reading CSV; see {@link #inputFormatOptions(InputFormatOptions)} */
    public ImportTable inputFormatCsv() {
        return inputFormat(InputFormat.CSV);
    }

    /**
     * @param inputFormatOptions the format-specific settings (API member {@code InputFormatOptions})
     * @return this action
     */
    public ImportTable inputFormatOptions(InputFormatOptions inputFormatOptions) {
        this.inputFormatOptions = Objects.requireNonNull(inputFormatOptions, "inputFormatOptions");
        return this;
    }

    /**
     * @param inputCompressionType how the files are compressed (API member {@code InputCompressionType})
     * @return this action
     */
    public ImportTable inputCompressionType(InputCompressionType inputCompressionType) {
        this.inputCompressionType = Shapes.known(inputCompressionType, "InputCompressionType");
        return this;
    }

    /** @return this action, reading GZIP-compressed files */
    public ImportTable inputCompressionTypeGzip() {
        return inputCompressionType(InputCompressionType.GZIP);
    }

    /** @return this action, reading Zstandard-compressed files */
    public ImportTable inputCompressionTypeZstd() {
        return inputCompressionType(InputCompressionType.ZSTD);
    }

    /** @return this action, reading uncompressed files */
    public ImportTable inputCompressionTypeNone() {
        return inputCompressionType(InputCompressionType.NONE);
    }

    /**
     * @param tableCreationParameters the table to create (API member {@code TableCreationParameters})
     * @return this action
     */
    public ImportTable tableCreationParameters(TableCreationParameters tableCreationParameters) {
        this.tableCreationParameters = Objects.requireNonNull(tableCreationParameters, "tableCreationParameters");
        return this;
    }

    @Override
    protected void validate() {
        String howToSet = "new ImportTable(s3BucketSource, inputFormat, tableCreationParameters) or .";
        Require.present(s3BucketSource, "ImportTable", "S3BucketSource", howToSet + "s3BucketSource(...)");
        Require.present(inputFormat, "ImportTable", "InputFormat", howToSet + "inputFormat(...)");
        Require.present(tableCreationParameters, "ImportTable", "TableCreationParameters",
                howToSet + "tableCreationParameters(...)");
        clientTokenToSend = FeatureShapes.clientToken(clientToken);
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.CLIENT_TOKEN, clientTokenToSend);
        Shapes.object(generator, FeatureMembers.S3_BUCKET_SOURCE, s3BucketSource, S3BucketSource::write);
        JsonWrites.constant(generator, FeatureMembers.INPUT_FORMAT, inputFormat);
        Shapes.object(generator, FeatureMembers.INPUT_FORMAT_OPTIONS, inputFormatOptions, InputFormatOptions::write);
        JsonWrites.constant(generator, FeatureMembers.INPUT_COMPRESSION_TYPE, inputCompressionType);
        Shapes.object(generator, FeatureMembers.TABLE_CREATION_PARAMETERS, tableCreationParameters,
                TableCreationParameters::write);
        generator.writeEndObject();
    }

    @Override
    protected ImportTableResponse readResponse(JsonParser parser) {
        return ImportTableResponse.read(parser);
    }
}
