package io.lowvoltage.actions;

import io.lowvoltage.Action;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Returns the provisioned capacity quotas of the account in the region: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeLimits.html">DescribeLimits</a>.
 *
 * <pre>{@code
 * connection.request(new DescribeLimits()).tableMaxReadCapacityUnits()
 * }</pre>
 * The request has no members.
 */
public final class DescribeLimits extends Action<DescribeLimitsResponse> {
    /** The request, which has no members. */
    public DescribeLimits() {
    }

    @Override
    protected String operation() {
        return "DescribeLimits";
    }

    @Override
    protected void validate() {
        // The request has no members.
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeEndObject();
    }

    @Override
    protected DescribeLimitsResponse readResponse(JsonParser parser) {
        return DescribeLimitsResponse.read(parser);
    }
}
