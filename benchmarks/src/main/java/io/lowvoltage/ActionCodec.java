package io.lowvoltage;

import io.lowvoltage.internal.json.Json;

/**
 * Benchmark access to the two JSON steps of {@link Connection#request(Action)}, which are protected in
 * {@link Action}: this class sits in the same package (on the class path, not in the api jar) and does exactly
 * what the connection does with an action's bytes.
 */
public final class ActionCodec {
    private ActionCodec() {
    }

    /** @return the request body, as {@code Connection} writes it */
    public static byte[] write(Action<?> action) {
        return Json.toBytes(action::writeRequest);
    }

    /** @return the response, as {@code Connection} reads it */
    public static <R> R read(Action<R> action, byte[] body) {
        return Json.fromBytes(body, action::readResponse, "benchmark response");
    }
}
