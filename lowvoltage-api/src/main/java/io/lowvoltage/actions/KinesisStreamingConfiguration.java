package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * What {@link EnableKinesisStreamingConfiguration} and {@link UpdateKinesisStreamingConfiguration}, two model
 * shapes with the same one member, share: the precision of the records' creation times. Immutable.
 */
abstract class KinesisStreamingConfiguration {
    private final ApproximateCreationDateTimePrecision approximateCreationDateTimePrecision;

    KinesisStreamingConfiguration(ApproximateCreationDateTimePrecision approximateCreationDateTimePrecision) {
        this.approximateCreationDateTimePrecision = approximateCreationDateTimePrecision;
    }

    /** @return the member of the configuration object the parser is on, or {@code null} when absent */
    static ApproximateCreationDateTimePrecision readPrecision(JsonParser parser) {
        ApproximateCreationDateTimePrecision precision = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("ApproximateCreationDateTimePrecision")) {
                precision = Enums.read(parser, ApproximateCreationDateTimePrecision.class);
            } else {
                parser.skipChildren();
            }
        }
        return precision;
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.constant(generator, FeatureMembers.APPROXIMATE_CREATION_DATE_TIME_PRECISION,
                approximateCreationDateTimePrecision);
        generator.writeEndObject();
    }

    /**
     * @return the precision of the {@code ApproximateCreationDateTime} of the records sent to the Kinesis data
     *         stream (API member {@code ApproximateCreationDateTimePrecision}), or {@code null}
     */
    public ApproximateCreationDateTimePrecision approximateCreationDateTimePrecision() {
        return approximateCreationDateTimePrecision;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && approximateCreationDateTimePrecision
                == ((KinesisStreamingConfiguration) other).approximateCreationDateTimePrecision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), approximateCreationDateTimePrecision);
    }

    @Override
    public String toString() {
        return Shapes.toString(getClass().getSimpleName(), "approximateCreationDateTimePrecision",
                approximateCreationDateTimePrecision);
    }
}
