package io.lowvoltage.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings every transport honours: an immutable value, built with {@link #builder()}.
 *
 * <p>Transport-specific tuning (pool sizes, event loops) belongs to each transport's own provider.
 */
public final class TransportSettings {
    private static final TransportSettings DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration requestTimeout;

    private TransportSettings(Builder builder) {
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
    }

    /** @return the defaults: 10 s to connect, 60 s for a whole request */
    public static TransportSettings defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from these settings */
    public Builder toBuilder() {
        return new Builder().connectTimeout(connectTimeout).requestTimeout(requestTimeout);
    }

    /** @return the longest wait for a TCP (and TLS) connection to open */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return the longest wait for a whole exchange, from sending the request to the last byte of the response */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    @Override
    public String toString() {
        return "TransportSettings{connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "}";
    }

    /** Builds {@link TransportSettings}. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        /**
         * @param timeout the longest wait for a connection to open; positive
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * @param timeout the longest wait for a whole exchange; positive
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /** @return the settings */
        public TransportSettings build() {
            return new TransportSettings(this);
        }

        private static Duration positive(Duration timeout, String name) {
            Objects.requireNonNull(timeout, name);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + timeout);
            }
            return timeout;
        }
    }
}
