package io.lowvoltage.internal.spi;

import java.lang.System.Logger.Level;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Picks one provider of an SPI among those found: the pinned one if the user named an id, else the highest
 * priority, ties broken by id, so that class-path order never decides.
 *
 * @param <P> the provider interface
 */
public final class ProviderSelector<P> {
    private static final System.Logger LOG = System.getLogger("io.lowvoltage.spi");
    /** The SPIs whose multiple-candidate choice was logged already: once per JVM is enough. */
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private final Class<P> spi;
    private final Function<P, String> id;
    private final ToIntFunction<P> priority;
    private final String property;
    private final String noneFoundAdvice;

    /**
     * @param spi             the provider interface
     * @param id              a provider's id
     * @param priority        a provider's priority
     * @param property        the system property that pins an id, such as {@code lowvoltage.transport}
     * @param noneFoundAdvice what to tell the user when none is found: which artifacts to add
     */
    public ProviderSelector(Class<P> spi, Function<P, String> id, ToIntFunction<P> priority, String property,
            String noneFoundAdvice) {
        this.spi = spi;
        this.id = id;
        this.priority = priority;
        this.property = property;
        this.noneFoundAdvice = noneFoundAdvice;
    }

    /**
     * @param source where to find providers
     * @param pinned the id the user pinned, or {@code null} for none
     * @return the chosen provider
     * @throws IllegalStateException when none was found, or the pinned id was not among those found
     */
    public P select(ProviderSource source, String pinned) {
        List<P> candidates = source.load(spi).stream()
                .sorted(Comparator.comparingInt(priority).reversed().thenComparing(id))
                .collect(Collectors.toList());
        if (candidates.isEmpty()) {
            throw new IllegalStateException("No " + spi.getSimpleName() + " was found on the class path. "
                    + noneFoundAdvice);
        }
        if (pinned != null && !pinned.isBlank()) {
            return candidates.stream()
                    .filter(candidate -> id.apply(candidate).equals(pinned.trim()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("-D" + property + "=" + pinned
                            + " names no " + spi.getSimpleName() + " on the class path; found: "
                            + describe(candidates) + ". Pin one of those ids, or add the artifact of "
                            + pinned + " to your dependencies"));
        }
        P chosen = candidates.get(0);
        if (candidates.size() > 1 && LOGGED.add(spi.getName())) {
            LOG.log(Level.DEBUG, () -> "Found " + candidates.size() + " " + spi.getSimpleName() + "s: "
                    + describe(candidates) + "; chose " + id.apply(chosen) + " (highest priority). Pin another"
                    + " with -D" + property + "=<id> or pass one to Connection.builder()");
        }
        return chosen;
    }

    private String describe(List<P> candidates) {
        return candidates.stream()
                .map(candidate -> id.apply(candidate) + " (" + candidate.getClass().getName() + ", priority "
                        + priority.applyAsInt(candidate) + ")")
                .collect(Collectors.joining(", "));
    }
}
