package io.lowvoltage.signing;

import io.lowvoltage.spi.Signer;
import io.lowvoltage.spi.SignerProvider;

/**
 * The provider of {@link SigV4Signer}, registered in {@code META-INF/services/io.lowvoltage.spi.SignerProvider}:
 * id {@code sigv4}, priority 100.
 *
 * <p>Thread-safe, cheap and free of side effects: it holds no state and creates a signer only when
 * {@link #create()} is called on it after selection.
 */
public final class SigV4SignerProvider implements SignerProvider {
    /** The id users pin with {@code -Dlowvoltage.signer=sigv4}. */
    static final String ID = "sigv4";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public SigV4SignerProvider() {
    }

    /** @return {@code sigv4} */
    @Override
    public String id() {
        return ID;
    }

    /** @return 100, the first-party signer's rank */
    @Override
    public int priority() {
        return 100;
    }

    /** @return a new {@link SigV4Signer} with the defaults of {@link SigV4Signer#create()} */
    @Override
    public Signer create() {
        return SigV4Signer.create();
    }
}
