package io.lowvoltage.actions;

import tools.jackson.core.JsonParser;

/**
 * The Kinesis streaming settings that {@link EnableKinesisStreamingDestination} and {@link DisableKinesisStreamingDestination} take: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_EnableKinesisStreamingConfiguration.html">EnableKinesisStreamingConfiguration</a>.
 * Immutable.
 *
 * <pre>{@code
 * EnableKinesisStreamingConfiguration.microsecond()
 * }</pre>
 */
public final class EnableKinesisStreamingConfiguration extends KinesisStreamingConfiguration {
    private EnableKinesisStreamingConfiguration(ApproximateCreationDateTimePrecision precision) {
        super(precision);
    }

    /**
     * @param precision the precision of the records' {@code ApproximateCreationDateTime} (API member
     *                  {@code ApproximateCreationDateTimePrecision})
     * @return the configuration
     */
    public static EnableKinesisStreamingConfiguration of(ApproximateCreationDateTimePrecision precision) {
        return new EnableKinesisStreamingConfiguration(Shapes.known(precision, "ApproximateCreationDateTimePrecision"));
    }

    /** @return a configuration with creation times to the millisecond */
    public static EnableKinesisStreamingConfiguration millisecond() {
        return of(ApproximateCreationDateTimePrecision.MILLISECOND);
    }

    /** @return a configuration with creation times to the microsecond */
    public static EnableKinesisStreamingConfiguration microsecond() {
        return of(ApproximateCreationDateTimePrecision.MICROSECOND);
    }

    static EnableKinesisStreamingConfiguration read(JsonParser parser) {
        return new EnableKinesisStreamingConfiguration(readPrecision(parser));
    }
}
