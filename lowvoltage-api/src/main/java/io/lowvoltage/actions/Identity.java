package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * Who made a change that a stream record describes, such as the TTL service: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Identity.html">Identity</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class Identity {
    private final String principalId;
    private final String type;

    private Identity(String principalId, String type) {
        this.principalId = principalId;
        this.type = type;
    }

    static Identity read(JsonParser parser) {
        String principalId = null;
        String type = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "PrincipalId" -> principalId = JsonReads.string(parser);
                case "Type" -> type = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new Identity(principalId, type);
    }

    /** @return the principal, {@code dynamodb.amazonaws.com} for a deletion by TTL (API member {@code PrincipalId}), or {@code null} */
    public String principalId() {
        return principalId;
    }

    /** @return the kind of identity, {@code Service} for a deletion by TTL (API member {@code Type}), or {@code null} */
    public String type() {
        return type;
    }

    @Override
    public String toString() {
        return Shapes.toString("Identity", "principalId", principalId, "type", type);
    }
}
