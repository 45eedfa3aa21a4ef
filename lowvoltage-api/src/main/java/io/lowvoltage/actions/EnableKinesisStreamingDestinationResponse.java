package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link EnableKinesisStreamingDestination} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_EnableKinesisStreamingDestination.html#API_EnableKinesisStreamingDestination_ResponseSyntax">EnableKinesisStreamingDestination response</a>.
 * Immutable.
 */
public final class EnableKinesisStreamingDestinationResponse
        extends KinesisStreamingDestinationResponse<EnableKinesisStreamingConfiguration> {
    private EnableKinesisStreamingDestinationResponse(JsonParser parser) {
        super(parser, "EnableKinesisStreamingConfiguration", EnableKinesisStreamingConfiguration::read);
    }

    static EnableKinesisStreamingDestinationResponse read(JsonParser parser) {
        return new EnableKinesisStreamingDestinationResponse(parser);
    }

    /**
     * @return the streaming settings (API member {@code EnableKinesisStreamingConfiguration}), or {@code null}
     */
    public EnableKinesisStreamingConfiguration enableKinesisStreamingConfiguration() {
        return configuration();
    }
}
