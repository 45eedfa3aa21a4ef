package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link DescribeEndpoints} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeEndpoints.html#API_DescribeEndpoints_ResponseSyntax">DescribeEndpoints response</a>.
 * Immutable.
 */
public final class DescribeEndpointsResponse {
    private final List<Endpoint> endpoints;

    private DescribeEndpointsResponse(List<Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    static DescribeEndpointsResponse read(JsonParser parser) {
        List<Endpoint> endpoints = List.of();
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("Endpoints")) {
                endpoints = JsonReads.list(parser, Endpoint::read);
            } else {
                parser.skipChildren();
            }
        }
        return new DescribeEndpointsResponse(endpoints);
    }

    /** @return the endpoints to use, with how long to cache each (API member {@code Endpoints}) */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    @Override
    public String toString() {
        return "DescribeEndpointsResponse{" + endpoints + "}";
    }
}
