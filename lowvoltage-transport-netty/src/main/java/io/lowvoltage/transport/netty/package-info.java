/**
 * The LowVoltage transport on Netty's {@code netty-codec-http}, with Netty's channel pool.
 *
 * <p>Put {@code io.lowvoltage:lowvoltage-transport-netty} on the class path and {@code Connection.builder().build()}
 * finds {@link io.lowvoltage.transport.netty.NettyTransportProvider} (id {@code netty}, priority 300), or pass
 * {@link io.lowvoltage.transport.netty.NettyTransport#builder()}{@code .build()} to the builder. Add
 * {@code io.netty:netty-transport-native-epoll} with the classifier of your platform (such as
 * {@code linux-x86_64}) to run on native epoll instead of NIO.
 */
package io.lowvoltage.transport.netty;
