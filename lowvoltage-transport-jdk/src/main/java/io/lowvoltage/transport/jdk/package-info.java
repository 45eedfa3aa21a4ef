/**
 * The LowVoltage transport on {@link java.net.http.HttpClient}: no dependency beyond the JDK.
 *
 * <p>Put {@code io.lowvoltage:lowvoltage-transport-jdk} on the class path and {@code Connection.builder().build()}
 * finds {@link io.lowvoltage.transport.jdk.JdkTransportProvider} (id {@code jdk}, priority 100), or pass
 * {@link io.lowvoltage.transport.jdk.JdkTransport#create(io.lowvoltage.spi.TransportSettings)} to the builder.
 */
package io.lowvoltage.transport.jdk;
