package io.lowvoltage.actions;

import io.lowvoltage.Action;
import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads the resource-based policy of a table or stream: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetResourcePolicy.html">GetResourcePolicy</a>.
 *
 * <pre>{@code
 * String policy = connection.request(new GetResourcePolicy(tableArn)).policy();
 * }</pre>
 * Mandatory: resourceArn, in the constructor or chained. Not thread-safe: a builder.
 */
public final class GetResourcePolicy extends Action<GetResourcePolicyResponse> {
    private String resourceArn;

    /** An empty GetResourcePolicy: set resourceArn by chaining. */
    public GetResourcePolicy() {
    }

    /**
     * @param resourceArn the ARN of the table or stream
     */
    public GetResourcePolicy(String resourceArn) {
        resourceArn(resourceArn);
    }

    @Override
    protected String operation() {
        return "GetResourcePolicy";
    }

    /**
     * @param resourceArn the ARN of the table or stream (API member {@code ResourceArn})
     * @return this action
     */
    public GetResourcePolicy resourceArn(String resourceArn) {
        this.resourceArn = Objects.requireNonNull(resourceArn, "resourceArn");
        return this;
    }

    @Override
    protected void validate() {
        Require.present(resourceArn, "GetResourcePolicy", "ResourceArn",
                "new GetResourcePolicy(resourceArn) or .resourceArn(...)");
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, FeatureMembers.RESOURCE_ARN, resourceArn);
        generator.writeEndObject();
    }

    @Override
    protected GetResourcePolicyResponse readResponse(JsonParser parser) {
        return GetResourcePolicyResponse.read(parser);
    }
}
