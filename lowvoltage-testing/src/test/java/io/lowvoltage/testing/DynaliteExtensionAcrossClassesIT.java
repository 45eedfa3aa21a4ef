package io.lowvoltage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Whichever class asks first, every test class in the run gets the same dynalite. */
@ExtendWith(DynaliteExtension.class)
@Timeout(180)
class DynaliteExtensionAcrossClassesIT {
    /** Every dynalite any extension test saw in this JVM. */
    static final Set<Dynalite> SEEN = ConcurrentHashMap.newKeySet();

    @Test
    void everyClassSharesTheDynaliteOfTheRun(Dynalite dynalite) {
        SEEN.add(dynalite);

        assertThat(SEEN).containsExactly(dynalite);
        assertThat(dynalite.isRunning()).isTrue();
    }
}
