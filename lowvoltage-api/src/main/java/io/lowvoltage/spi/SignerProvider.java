package io.lowvoltage.spi;

/**
 * Makes a {@link Signer}: what a signing module registers in
 * {@code META-INF/services/io.lowvoltage.spi.SignerProvider}.
 *
 * <p>Same contract as {@link TransportProvider}: public no-argument constructor, cheap, no side effects;
 * highest {@link #priority()} wins, then {@link #id()}; pinned with the system property
 * {@code lowvoltage.signer}. The first-party signer is {@code sigv4} ({@code lowvoltage-signing}), priority 100.
 */
public interface SignerProvider {
    /** @return the short, stable name, such as {@code sigv4} */
    String id();

    /** @return the rank among the providers found; higher wins */
    int priority();

    /** @return a new signer; called once per {@code Connection}, on the selected provider only */
    Signer create();
}
