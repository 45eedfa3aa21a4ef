package io.lowvoltage.actions;

import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/** Writes request timestamps the way DynamoDB sends them: seconds since the epoch, with an exact fraction. */
final class EpochSeconds {
    private EpochSeconds() {
    }

    /** Writes {@code "name": 1700000000.125} unless the instant is null. */
    static void write(JsonGenerator generator, SerializableString name, Instant instant) {
        if (instant != null) {
            generator.writeName(name);
            // Through BigDecimal so that no digit of the fraction is lost to a double.
            BigDecimal seconds = BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
            generator.writeNumber(seconds.stripTrailingZeros().toPlainString());
        }
    }
}
