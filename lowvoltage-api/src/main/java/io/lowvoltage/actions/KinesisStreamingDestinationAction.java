package io.lowvoltage.actions;

import io.lowvoltage.Action;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * What {@link EnableKinesisStreamingDestination}, {@link DisableKinesisStreamingDestination} and
 * {@link UpdateKinesisStreamingDestination} share: their {@link KinesisStreamingDestinationRequest}, its public
 * setters, its checks and its write. Each setter returns the concrete action, so chains keep their type.
 *
 * @param <A> the concrete action
 * @param <R> its response
 */
abstract class KinesisStreamingDestinationAction<A extends KinesisStreamingDestinationAction<A, R>, R>
        extends Action<R> {
    private final KinesisStreamingDestinationRequest request;

    /**
     * @param operation           the action's operation, for error messages
     * @param configurationMember the API member the configuration is written to
     */
    KinesisStreamingDestinationAction(String operation, SerializableString configurationMember) {
        request = new KinesisStreamingDestinationRequest(operation, configurationMember);
    }

    @SuppressWarnings("unchecked")
    private A self() {
        return (A) this;
    }

    /**
     * @param tableName the table's name or ARN (API member {@code TableName})
     * @return this action
     */
    public A tableName(String tableName) {
        request.tableName(tableName);
        return self();
    }

    /**
     * @param streamArn the Kinesis data stream's ARN (API member {@code StreamArn})
     * @return this action
     */
    public A streamArn(String streamArn) {
        request.streamArn(streamArn);
        return self();
    }

    /** The subclass's public configuration setter, named after its API member, calls this. */
    A configuration(KinesisStreamingConfiguration configuration) {
        request.configuration(configuration);
        return self();
    }

    @Override
    protected void validate() {
        request.validate();
    }

    @Override
    protected void writeRequest(JsonGenerator generator) {
        request.write(generator);
    }
}
