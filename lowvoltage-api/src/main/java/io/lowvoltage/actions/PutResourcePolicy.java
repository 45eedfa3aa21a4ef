package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Attaches a resource-based policy to a table or stream, or replaces it: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutResourcePolicy.html">PutResourcePolicy</a>.
 *
 * <pre>{@code
 * String revision = connection.request(new PutResourcePolicy(arn, policyJson).expectedRevisionId(r)).revisionId();
 * }</pre>
 * Mandatory: resourceArn, policy, in the constructor or chained. Not thread-safe: a builder.
 */
public final class PutResourcePolicy extends Action<PutResourcePolicyResponse> {
    private String resourceArn;
    private String policy;
    private String expectedRevisionId;
    private Boolean confirmRemoveSelfResourceAccess;

    /** An empty PutResourcePolicy: set resourceArn, policy by chaining. */
    public PutResourcePolicy() {
    }

    /**
     * @param resourceArn the ARN of the table or stream
     * @param policy the policy document, JSON
     */
    public PutResourcePolicy(String resourceArn, String policy) {
        resourceArn(resourceArn);
        policy(policy);
    }

    @Override
    protected String operation() {
        return "PutResourcePolicy";
    }

    /**
     * @param resourceArn the ARN of the table or stream (API member {@code ResourceArn})
     * @return this action
     */
    public PutResourcePolicy resourceArn(String resourceArn) {
        this.resourceArn = Objects.requireNonNull(resourceArn, "resourceArn");
        return this;
    }

    /**
     * @param policy the policy document, JSON (API member {@code Policy})
     * @return this action
     */
    public PutResourcePolicy policy(String policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * @param expectedRevisionId the revision the current policy must have, else the request fails; {@code NO_POLICY} to require that there is none (API member {@code ExpectedRevisionId})
     * @return this action
     */
    public PutResourcePolicy expectedRevisionId(String expectedRevisionId) {
        this.expectedRevisionId = Objects.requireNonNull(expectedRevisionId, "expectedRevisionId");
        return this;
    }

    /**
     * @param confirmRemoveSelfResourceAccess whether the caller accepts losing its own right to change the policy (API member {@code ConfirmRemoveSelfResourceAccess})
     * @return this action
     */
    public PutResourcePolicy confirmRemoveSelfResourceAccess(boolean confirmRemoveSelfResourceAccess) {
        this.confirmRemoveSelfResourceAccess = confirmRemoveSelfResourceAccess;
        return this;
    }

    @Override
    protected void validate() {
        Require.present(resourceArn, "PutResourcePolicy", "ResourceArn",
                "new PutResourcePolicy(resourceArn, policy) or .resourceArn(...)");
        Require.present(policy, "PutResourcePolicy", "Policy",
                "new PutResourcePolicy(resourceArn, policy) or .policy(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.RESOURCE_ARN, resourceArn);
        JsonWrites.string(generator, FeatureMembers.POLICY, policy);
        JsonWrites.string(generator, FeatureMembers.EXPECTED_REVISION_ID, expectedRevisionId);
        JsonWrites.bool(generator, FeatureMembers.CONFIRM_REMOVE_SELF_RESOURCE_ACCESS, confirmRemoveSelfResourceAccess);
        generator.writeEndObject();
    }

    @Override
    protected PutResourcePolicyResponse readResponse(JsonParser parser) {
        return PutResourcePolicyResponse.read(parser);
    }
}
