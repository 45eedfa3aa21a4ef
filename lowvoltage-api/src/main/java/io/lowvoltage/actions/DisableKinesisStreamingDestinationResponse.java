package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link DisableKinesisStreamingDestination} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DisableKinesisStreamingDestination.html#API_DisableKinesisStreamingDestination_ResponseSyntax">DisableKinesisStreamingDestination response</a>.
 * Immutable.
 */
public final class DisableKinesisStreamingDestinationResponse
        extends KinesisStreamingDestinationResponse<EnableKinesisStreamingConfiguration> {
    private DisableKinesisStreamingDestinationResponse(JsonParser parser) {
        super(parser, "EnableKinesisStreamingConfiguration", EnableKinesisStreamingConfiguration::read);
    }

    static DisableKinesisStreamingDestinationResponse read(JsonParser parser) {
        return new DisableKinesisStreamingDestinationResponse(parser);
    }

    /**
     * @return the streaming settings (API member {@code EnableKinesisStreamingConfiguration}), or {@code null}
     */
    public EnableKinesisStreamingConfiguration enableKinesisStreamingConfiguration() {
        return configuration();
    }
}
