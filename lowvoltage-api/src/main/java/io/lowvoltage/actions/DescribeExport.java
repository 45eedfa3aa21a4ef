package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Describes an export to Amazon S3: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeExport.html">DescribeExport</a>.
 *
 * <pre>{@code
 * ExportDescription export = connection.request(new DescribeExport(exportArn)).exportDescription();
 * }</pre>
 * Mandatory: the export's ARN. Not thread-safe: a builder.
 */
public final class DescribeExport extends Action<DescribeExportResponse> {
    private String exportArn;

    /** An empty DescribeExport: set the export's ARN by chaining. */
    public DescribeExport() {
    }

    /** @param exportArn the export's ARN */
    public DescribeExport(String exportArn) {
        exportArn(exportArn);
    }

    @Override
    protected String operation() {
        return "DescribeExport";
    }

    /**
     * @param exportArn the export's ARN (API member {@code ExportArn})
     * @return this action
     */
    public DescribeExport exportArn(String exportArn) {
        this.exportArn = Objects.requireNonNull(exportArn, "exportArn");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(exportArn, "DescribeExport", "ExportArn", "new DescribeExport(exportArn) or .exportArn(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.EXPORT_ARN, exportArn);
        generator.writeEndObject();
    }

    @Override
    protected DescribeExportResponse readResponse(JsonParser parser) {
        return DescribeExportResponse.read(parser);
    }
}
