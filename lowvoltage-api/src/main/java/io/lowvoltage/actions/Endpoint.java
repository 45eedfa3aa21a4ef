package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * A DynamoDB endpoint address and how long to cache it: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Endpoint.html">Endpoint</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class Endpoint {
    private final String address;
    private final Long cachePeriodInMinutes;

    private Endpoint(String address, Long cachePeriodInMinutes) {
        this.address = address;
        this.cachePeriodInMinutes = cachePeriodInMinutes;
    }

    static Endpoint read(JsonParser parser) {
        String address = null;
        Long cachePeriodInMinutes = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "Address" -> address = JsonReads.string(parser);
                case "CachePeriodInMinutes" -> cachePeriodInMinutes = JsonReads.longValue(parser);
                default -> parser.skipChildren();
            }
        }
        return new Endpoint(address, cachePeriodInMinutes);
    }

    /** @return IP address of the endpoint (API member {@code Address}), or {@code null} */
    public String address() {
        return address;
    }

    /** @return endpoint cache time to live (TTL) value (API member {@code CachePeriodInMinutes}), or {@code null} */
    public Long cachePeriodInMinutes() {
        return cachePeriodInMinutes;
    }

    @Override
    public String toString() {
        return Shapes.toString("Endpoint", "address", address, "cachePeriodInMinutes", cachePeriodInMinutes);
    }
}
