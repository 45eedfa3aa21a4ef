package io.lowvoltage.spi;

/**
 * Makes a {@link Transport}: what each transport module registers in
 * {@code META-INF/services/io.lowvoltage.spi.TransportProvider}.
 *
 * <p>Implementations MUST be public with a public no-argument constructor, cheap to instantiate and free of
 * side effects: several may be found and only one is used. The transport itself is made only after selection,
 * by {@link #create(TransportSettings)}.
 *
 * <p>When several providers are on the class path, the one with the highest {@link #priority()} wins (ties by
 * {@link #id()}), unless the user passed a transport to the builder or pinned one with the system property
 * {@code lowvoltage.transport}. The first-party priorities:
 * <table>
 *   <caption>First-party transports</caption>
 *   <tr><th>id</th><th>artifact</th><th>priority</th></tr>
 *   <tr><td>{@code jdk}</td><td>{@code lowvoltage-transport-jdk}</td><td>100</td></tr>
 *   <tr><td>{@code apache}</td><td>{@code lowvoltage-transport-apache}</td><td>200</td></tr>
 *   <tr><td>{@code netty}</td><td>{@code lowvoltage-transport-netty}</td><td>300</td></tr>
 * </table>
 * A heavier transport ranks higher: whoever added it meant to use it.
 */
public interface TransportProvider {
    /** @return the short, stable name users pin with {@code -Dlowvoltage.transport}, such as {@code jdk} */
    String id();

    /** @return the rank among the providers found; higher wins */
    int priority();

    /**
     * Creates a transport. Called once per {@code Connection}, on the selected provider only.
     *
     * @param settings the settings to honour
     * @return a new transport, owned (and closed) by the caller
     */
    Transport create(TransportSettings settings);
}
