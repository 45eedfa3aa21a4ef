package io.lowvoltage.testing;

import io.lowvoltage.spi.Signer;
import io.lowvoltage.spi.SignerProvider;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A test-only signer that writes headers of the right shape with a dummy signature: dynalite checks only the
 * shape. It lets this module test the {@code Connection} it hands out without {@code lowvoltage-signing}; its
 * priority is the lowest, so a real signer on the class path wins.
 */
public final class StandInSignerProvider implements SignerProvider {
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String id() {
        return "testing-stand-in";
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Signer create() {
        return (request, parameters) -> {
            String date = AMZ_DATE.format(parameters.time());
            return request.withHeaders(Map.of(
                    "X-Amz-Date", date,
                    "Authorization", "AWS4-HMAC-SHA256 Credential=" + parameters.credentials().accessKeyId() + "/"
                            + date.substring(0, 8) + "/" + parameters.region() + "/" + parameters.service()
                            + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=00"));
        };
    }
}
