package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * What {@link UpdateKinesisStreamingDestination} returns: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateKinesisStreamingDestination.html#API_UpdateKinesisStreamingDestination_ResponseSyntax">UpdateKinesisStreamingDestination response</a>.
 * Immutable.
 */
public final class UpdateKinesisStreamingDestinationResponse
        extends KinesisStreamingDestinationResponse<UpdateKinesisStreamingConfiguration> {
    private UpdateKinesisStreamingDestinationResponse(JsonParser parser) {
        super(parser, "UpdateKinesisStreamingConfiguration", UpdateKinesisStreamingConfiguration::read);
    }

    static UpdateKinesisStreamingDestinationResponse read(JsonParser parser) {
        return new UpdateKinesisStreamingDestinationResponse(parser);
    }

    /**
     * @return the streaming settings (API member {@code UpdateKinesisStreamingConfiguration}), or {@code null}
     */
    public UpdateKinesisStreamingConfiguration updateKinesisStreamingConfiguration() {
        return configuration();
    }
}
