package io.lowvoltage.actions;

import io.lowvoltage.Action;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Returns the regional endpoint to send requests to, for endpoint discovery: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeEndpoints.html">DescribeEndpoints</a>.
 *
 * <pre>{@code
 * connection.request(new DescribeEndpoints()).endpoints().get(0).address()
 * }</pre>
 * The request has no members.
 */
public final class DescribeEndpoints extends Action<DescribeEndpointsResponse> {
    /** The request, which has no members. */
    public DescribeEndpoints() {
    }

    @Override
    protected String operation() {
        return "DescribeEndpoints";
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
    protected DescribeEndpointsResponse readResponse(JsonParser parser) {
        return DescribeEndpointsResponse.read(parser);
    }
}
