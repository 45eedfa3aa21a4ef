package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Describes CloudWatch Contributor Insights of a table or global secondary index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeContributorInsights.html">DescribeContributorInsights</a>.
 *
 * <pre>{@code
 * connection.request(new DescribeContributorInsights("T").indexName("gsi")).contributorInsightsStatus();
 * }</pre>
 * Mandatory: tableName, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DescribeContributorInsights extends Action<DescribeContributorInsightsResponse> {
    private String tableName;
    private String indexName;

    /** An empty DescribeContributorInsights: set tableName by chaining. */
    public DescribeContributorInsights() {
    }

    /**
     * @param tableName the table's name or ARN
     */
    public DescribeContributorInsights(String tableName) {
        tableName(tableName);
    }

    @Override
    protected String operation() {
        return "DescribeContributorInsights";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public DescribeContributorInsights tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param indexName the global secondary index's name, to describe it rather than the table (API member {@code IndexName})
     * @return this action
     */
    public DescribeContributorInsights indexName(String indexName) {
        this.indexName = Objects.requireNonNull(indexName, "indexName");
        return this;
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.present(tableName, "DescribeContributorInsights", "TableName",
                "new DescribeContributorInsights(tableName) or .tableName(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
        generator.writeEndObject();
    }

    @Override
    protected DescribeContributorInsightsResponse readResponse(JsonParser parser) {
        return DescribeContributorInsightsResponse.read(parser);
    }
}
