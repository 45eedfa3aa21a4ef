/**
 * The transport conformance kit: {@link io.lowvoltage.transport.tck.TransportContract}, the tests every
 * LowVoltage transport must pass, and the fault-injecting {@link io.lowvoltage.transport.tck.LocalServer} (plain
 * or TLS, with a {@link io.lowvoltage.transport.tck.TestCertificate} made at test time) they run against.
 *
 * <p>Use it in a transport module's test scope:
 * <pre>{@code
 * class MyTransportTest extends TransportContract {
 *     protected Transport newTransport(TransportSettings settings) {
 *         return MyTransport.create(settings);
 *     }
 * }
 * }</pre>
 */
package io.lowvoltage.transport.tck;
