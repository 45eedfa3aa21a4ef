package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What {@link BatchExecuteStatement} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchExecuteStatement.html#API_BatchExecuteStatement_ResponseSyntax">BatchExecuteStatement response</a>.
 * Immutable; lists are empty when DynamoDB sent nothing.
 */
public final class BatchExecuteStatementResponse {
    private final List<BatchStatementResponse> responses;
    private final List<ConsumedCapacity> consumedCapacity;

    private BatchExecuteStatementResponse(List<BatchStatementResponse> responses,
            List<ConsumedCapacity> consumedCapacity) {
        this.responses = responses;
        this.consumedCapacity = consumedCapacity;
    }

    static BatchExecuteStatementResponse read(JsonParser parser) {
        List<BatchStatementResponse> responses = List.of();
        List<ConsumedCapacity> consumedCapacity = List.of();
        for (String name = JsonReads.firstMember(parser); name != null; name = JsonReads.nextMember(parser)) {
            switch (name) {
                case "Responses" -> responses = JsonReads.list(parser, BatchStatementResponse::read);
                case "ConsumedCapacity" -> consumedCapacity = JsonReads.list(parser, ConsumedCapacity::read);
                default -> parser.skipChildren();
            }
        }
        return new BatchExecuteStatementResponse(responses, consumedCapacity);
    }

    /**
     * @return the outcome of each statement, in request order (API member {@code Responses}); unmodifiable
     */
    public List<BatchStatementResponse> responses() {
        return responses;
    }

    /** @return the capacity consumed on each table, when the request asked for it; else empty */
    public List<ConsumedCapacity> consumedCapacity() {
        return consumedCapacity;
    }

    @Override
    public String toString() {
        return Shapes.toString("BatchExecuteStatementResponse", "responses", responses, "consumedCapacity",
                consumedCapacity);
    }
}
