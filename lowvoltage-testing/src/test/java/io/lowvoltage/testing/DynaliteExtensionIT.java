package io.lowvoltage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@LocalDynamoDB
@Timeout(180)
class DynaliteExtensionIT {
    private static final AtomicReference<Dynalite> FIRST = new AtomicReference<>();

    private final Dynalite fromConstructor;
    private Dynalite fromBeforeEach;

    DynaliteExtensionIT(Dynalite dynalite) {
        this.fromConstructor = dynalite;
    }

    @BeforeAll
    static void remember(Dynalite dynalite) {
        FIRST.set(dynalite);
    }

    @BeforeEach
    void setUp(Dynalite dynalite) {
        fromBeforeEach = dynalite;
    }

    @Test
    void injectsARunningDynalite(Dynalite dynalite) throws Exception {
        assertThat(dynalite.isRunning()).isTrue();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(DynaliteIT.listTables(dynalite), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void injectsOneDynaliteEverywhere(Dynalite dynalite) {
        DynaliteExtensionAcrossClassesIT.SEEN.add(dynalite);

        assertThat(DynaliteExtensionAcrossClassesIT.SEEN).containsExactly(dynalite);
        assertThat(dynalite).isSameAs(FIRST.get()).isSameAs(fromConstructor).isSameAs(fromBeforeEach);
    }
}
