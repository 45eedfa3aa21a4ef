package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Describes an import from Amazon S3: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeImport.html">DescribeImport</a>.
 *
 * <pre>{@code
 * ImportTableDescription description = connection.request(new DescribeImport(importArn)).importTableDescription();
 * }</pre>
 * Mandatory: the import's ARN. Not thread-safe: a builder.
 */
public final class DescribeImport extends Action<DescribeImportResponse> {
    private String importArn;

    /** An empty DescribeImport: set the import's ARN by chaining. */
    public DescribeImport() {
    }

    /** @param importArn the import's ARN */
    public DescribeImport(String importArn) {
        importArn(importArn);
    }

    @Override
    protected String operation() {
        return "DescribeImport";
    }

    /**
     * @param importArn the import's ARN (API member {@code ImportArn})
     * @return this action
     */
    public DescribeImport importArn(String importArn) {
        this.importArn = Objects.requireNonNull(importArn, "importArn");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(importArn, "DescribeImport", "ImportArn", "new DescribeImport(importArn) or .importArn(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.IMPORT_ARN, importArn);
        generator.writeEndObject();
    }

    @Override
    protected DescribeImportResponse readResponse(JsonParser parser) {
        return DescribeImportResponse.read(parser);
    }
}
