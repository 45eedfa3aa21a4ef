/**
 * The LowVoltage transport on Apache HttpClient 5: its classic client for blocking calls, its async client for
 * asynchronous ones.
 *
 * <p>Put {@code io.lowvoltage:lowvoltage-transport-apache} on the class path and
 * {@code Connection.builder().build()} finds {@link io.lowvoltage.transport.apache.ApacheTransportProvider} (id
 * {@code apache}, priority 200), or pass {@link io.lowvoltage.transport.apache.ApacheTransport#builder()}'s
 * product to the builder to tune the pool, TLS, or to share an existing client.
 */
package io.lowvoltage.transport.apache;
