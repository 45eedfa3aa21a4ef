package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * The response of an operation whose output has no members, such as {@link TagResourceResponse}. DynamoDB
 * answers those with an empty body, or {@code {}}; either reads as the one empty response. Immutable.
 */
abstract class EmptyResponse {
    /** Reads the response body, which may be empty, skipping any member DynamoDB adds later. */
    EmptyResponse(JsonParser parser) {
        if (parser.currentToken() != null) {
            parser.skipChildren();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{}";
    }
}
