package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * The Kinesis streaming settings that {@link UpdateKinesisStreamingDestination} takes: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateKinesisStreamingConfiguration.html">UpdateKinesisStreamingConfiguration</a>.
 * Immutable.
 *
 * <pre>{@code
 * UpdateKinesisStreamingConfiguration.microsecond()
 * }</pre>
 */
public final class UpdateKinesisStreamingConfiguration extends KinesisStreamingConfiguration {
    private UpdateKinesisStreamingConfiguration(ApproximateCreationDateTimePrecision precision) {
        super(precision);
    }

    /**
     * @param precision the precision of the records' {@code ApproximateCreationDateTime} (API member
     *                  {@code ApproximateCreationDateTimePrecision})
     * @return the configuration
     */
    public static UpdateKinesisStreamingConfiguration of(ApproximateCreationDateTimePrecision precision) {
        return new UpdateKinesisStreamingConfiguration(Shapes.known(precision, "ApproximateCreationDateTimePrecision"));
    }

    /** @return a configuration with creation times to the millisecond */
    public static UpdateKinesisStreamingConfiguration millisecond() {
        return of(ApproximateCreationDateTimePrecision.MILLISECOND);
    }

    /** @return a configuration with creation times to the microsecond */
    public static UpdateKinesisStreamingConfiguration microsecond() {
        return of(ApproximateCreationDateTimePrecision.MICROSECOND);
    }

    static UpdateKinesisStreamingConfiguration read(JsonParser parser) {
        return new UpdateKinesisStreamingConfiguration(readPrecision(parser));
    }
}
