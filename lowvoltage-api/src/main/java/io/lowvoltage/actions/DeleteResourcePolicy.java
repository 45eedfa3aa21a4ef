package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Removes the resource-based policy of a table or stream: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteResourcePolicy.html">DeleteResourcePolicy</a>.
 *
 * <pre>{@code
 * connection.request(new DeleteResourcePolicy(arn).expectedRevisionId(r));
 * }</pre>
 * Mandatory: resourceArn, in the constructor or chained. Not thread-safe: a builder.
 */
public final class DeleteResourcePolicy extends Action<DeleteResourcePolicyResponse> {
    private String resourceArn;
    private String expectedRevisionId;

    /** An empty DeleteResourcePolicy: set resourceArn by chaining. */
    public DeleteResourcePolicy() {
    }

    /**
     * @param resourceArn the ARN of the table or stream
     */
    public DeleteResourcePolicy(String resourceArn) {
        resourceArn(resourceArn);
    }

    @Override
    protected String operation() {
        return "DeleteResourcePolicy";
    }

    /**
     * @param resourceArn the ARN of the table or stream (API member {@code ResourceArn})
     * @return this action
     */
    public DeleteResourcePolicy resourceArn(String resourceArn) {
        this.resourceArn = Objects.requireNonNull(resourceArn, "resourceArn");
        return this;
    }

    /**
     * @param expectedRevisionId the revision the current policy must have, else the request fails (API member {@code ExpectedRevisionId})
     * @return this action
     */
    public DeleteResourcePolicy expectedRevisionId(String expectedRevisionId) {
        this.expectedRevisionId = Objects.requireNonNull(expectedRevisionId, "expectedRevisionId");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(resourceArn, "DeleteResourcePolicy", "ResourceArn",
                "new DeleteResourcePolicy(resourceArn) or .resourceArn(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.RESOURCE_ARN, resourceArn);
        JsonWrites.string(generator, FeatureMembers.EXPECTED_REVISION_ID, expectedRevisionId);
        generator.writeEndObject();
    }

    @Override
    protected DeleteResourcePolicyResponse readResponse(JsonParser parser) {
        return DeleteResourcePolicyResponse.read(parser);
    }
}
