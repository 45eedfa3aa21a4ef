package io.lowvoltage.actions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * Writing steps of the export, import, Kinesis streaming, contributor insights, resource policy and Streams
 * actions that {@link io.lowvoltage.internal.json.JsonWrites} has no counterpart for: timestamps and
 * idempotency tokens.
 */
final class FeatureShapes {
    private FeatureShapes() {
    }

    /**
     * Writes {@code "name": 1700000000.123456789} unless value is null: seconds since the epoch, exact to the
     * nanosecond, the form DynamoDB reads timestamps in.
     */
    static void instant(JsonGenerator generator, SerializableString name, Instant value) {
        if (value != null) {
            generator.writeName(name);
            BigDecimal seconds = BigDecimal.valueOf(value.getEpochSecond()).add(BigDecimal.valueOf(value.getNano(), 9));
            generator.writeNumber(seconds.stripTrailingZeros().toPlainString());
        }
    }

    /**
     * @param callerToken the idempotency token the caller set, or {@code null}
     * @return the token to send: the caller's, or a new random UUID so that retries of one call stay idempotent
     */
    static String clientToken(String callerToken) {
        return callerToken != null ? callerToken : UUID.randomUUID().toString();
    }
}
