package io.lowvoltage.internal.spi;

import java.util.List;

/** Where providers come from: {@link java.util.ServiceLoader} in production, a fixed list in unit tests. */
@FunctionalInterface
public interface ProviderSource {
    /**
     * @param spi the provider interface
     * @return the providers found, each instantiated; broken ones already skipped (and logged)
     */
    <P> List<P> load(Class<P> spi);
}
