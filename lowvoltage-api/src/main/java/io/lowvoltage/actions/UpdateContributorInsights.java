package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Turns CloudWatch Contributor Insights on or off for a table or global secondary index: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContributorInsights.html">UpdateContributorInsights</a>.
 *
 * <pre>{@code
 * connection.request(new UpdateContributorInsights("T", ContributorInsightsAction.ENABLE).contributorInsightsModeThrottledKeys());
 * }</pre>
 * Mandatory: tableName, contributorInsightsAction, in the constructor or chained. Not thread-safe: a builder.
 */
public final class UpdateContributorInsights extends Action<UpdateContributorInsightsResponse> {
    private String tableName;
    private String indexName;
    private ContributorInsightsAction contributorInsightsAction;
    private ContributorInsightsMode contributorInsightsMode;

    /** An empty UpdateContributorInsights: set tableName, contributorInsightsAction by chaining. */
    public UpdateContributorInsights() {
    }

    /**
     * @param tableName the table's name or ARN
     * @param contributorInsightsAction whether to turn Contributor Insights on or off
     */
    public UpdateContributorInsights(String tableName, ContributorInsightsAction contributorInsightsAction) {
        tableName(tableName);
        contributorInsightsAction(contributorInsightsAction);
    }

    @Override
    protected String operation() {
        return "UpdateContributorInsights";
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public UpdateContributorInsights tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        return this;
    }

    /**
     * @param indexName the global secondary index's name, to update it rather than the table (API member {@code IndexName})
     * @return this action
     */
    public UpdateContributorInsights indexName(String indexName) {
        this.indexName = Objects.requireNonNull(indexName, "indexName");
        return this;
    }

    /**
     * @param contributorInsightsAction whether to turn Contributor Insights on or off (API member {@code ContributorInsightsAction})
     * @return this action
     */
    public UpdateContributorInsights contributorInsightsAction(ContributorInsightsAction contributorInsightsAction) {
        this.contributorInsightsAction = Objects.requireNonNull(contributorInsightsAction, "contributorInsightsAction");
        return this;
    }

    /** @return this action, turning Contributor Insights on */
    public UpdateContributorInsights contributorInsightsActionEnable() {
        return contributorInsightsAction(ContributorInsightsAction.ENABLE);
    }

    /** @return this action, turning Contributor Insights off */
    public UpdateContributorInsights contributorInsightsActionDisable() {
        return contributorInsightsAction(ContributorInsightsAction.DISABLE);
    }

    /**
     * @param contributorInsightsMode which keys to report on (API member {@code ContributorInsightsMode})
     * @return this action
     */
    public UpdateContributorInsights contributorInsightsMode(ContributorInsightsMode contributorInsightsMode) {
        this.contributorInsightsMode = Shapes.known(contributorInsightsMode, "ContributorInsightsMode");
        return this;
    }

    /** @return this action, reporting the most accessed and the most throttled keys */
    public UpdateContributorInsights contributorInsightsModeAccessedAndThrottledKeys() {
        return contributorInsightsMode(ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS);
    }

    /** @return this action, reporting the most throttled keys only */
    public UpdateContributorInsights contributorInsightsModeThrottledKeys() {
        return contributorInsightsMode(ContributorInsightsMode.THROTTLED_KEYS);
    }

    @Override
    protected String tableName() {
        return tableName;
    }

    @Override
    protected void validate() {
        Require.present(tableName, "UpdateContributorInsights", "TableName",
                "new UpdateContributorInsights(tableName, contributorInsightsAction) or .tableName(...)");
        Require.present(contributorInsightsAction, "UpdateContributorInsights", "ContributorInsightsAction",
                "new UpdateContributorInsights(tableName, contributorInsightsAction) or .contributorInsightsAction(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.string(generator, Members.INDEX_NAME, indexName);
        JsonWrites.constant(generator, FeatureMembers.CONTRIBUTOR_INSIGHTS_ACTION, contributorInsightsAction);
        JsonWrites.constant(generator, FeatureMembers.CONTRIBUTOR_INSIGHTS_MODE, contributorInsightsMode);
        generator.writeEndObject();
    }

    @Override
    protected UpdateContributorInsightsResponse readResponse(JsonParser parser) {
        return UpdateContributorInsightsResponse.read(parser);
    }
}
