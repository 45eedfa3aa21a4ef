package io.lowvoltage.internal.spi;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds providers with {@link ServiceLoader} through the api's own class loader, once per JVM and SPI.
 * A provider that fails to load is logged at WARNING and skipped: the others still count.
 */
public final class ServiceLoaderSource implements ProviderSource {
    /** The one instance: what it finds is cached for the life of the JVM. */
    public static final ServiceLoaderSource INSTANCE = new ServiceLoaderSource();

    private static final System.Logger LOG = System.getLogger("io.lowvoltage.spi");

    private final ConcurrentMap<Class<?>, List<?>> found = new ConcurrentHashMap<>();

    private ServiceLoaderSource() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <P> List<P> load(Class<P> spi) {
        return (List<P>) found.computeIfAbsent(spi, ServiceLoaderSource::discover);
    }

    private static <P> List<P> discover(Class<P> spi) {
        List<P> providers = new ArrayList<>();
        Iterator<P> iterator = ServiceLoader.load(spi, spi.getClassLoader()).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    return List.copyOf(providers);
                }
                providers.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                LOG.log(Level.WARNING, "Skipping a " + spi.getSimpleName() + " that failed to load: "
                        + e.getMessage(), e);
            }
        }
    }
}
