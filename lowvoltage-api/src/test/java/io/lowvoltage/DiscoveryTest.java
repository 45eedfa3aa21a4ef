package io.lowvoltage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.credentials.StaticCredentials;
import io.lowvoltage.internal.spi.ProviderSource;
import io.lowvoltage.spi.Signer;
import io.lowvoltage.spi.SignerProvider;
import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportProvider;
import io.lowvoltage.spi.TransportSettings;
import io.lowvoltage.support.CannedTransport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How {@code build()} picks a transport and a signer among the providers found. */
class DiscoveryTest {
    private static final class FakeTransports implements TransportProvider {
        private final String id;
        private final int priority;
        private final CannedTransport created = new CannedTransport();

        FakeTransports(String id, int priority) {
            this.id = id;
            this.priority = priority;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public Transport create(TransportSettings settings) {
            return created;
        }
    }

    private static final SignerProvider SIGV4 = new SignerProvider() {
        @Override
        public String id() {
            return "sigv4";
        }

        @Override
        public int priority() {
            return 100;
        }

        @Override
        public Signer create() {
            return (request, parameters) -> request;
        }
    };

    private static ProviderSource source(List<TransportProvider> transports, List<SignerProvider> signers) {
        return new ProviderSource() {
            @Override
            @SuppressWarnings("unchecked")
            public <P> List<P> load(Class<P> spi) {
                return (List<P>) (spi == TransportProvider.class ? transports : signers);
            }
        };
    }

    private static Connection build(ProviderSource source) {
        return Connection.builder().region("us-east-1").credentials(new StaticCredentials("A", "S"))
                .providerSource(source).build();
    }

    @AfterEach
    void unpin() {
        System.clearProperty("lowvoltage.transport");
    }

    @Test
    void theOnlyTransportFoundIsUsedAndClosedWithTheConnection() {
        FakeTransports jdk = new FakeTransports("jdk", 100);
        Connection connection = build(source(List.of(jdk), List.of(SIGV4)));

        assertThat(connection.toString()).contains("transport=jdk", "signer=sigv4");
        connection.close();
        assertThat(jdk.created.isClosed()).isTrue();
    }

    @Test
    void severalTransportsPickHighestPriorityWhateverTheOrder() {
        FakeTransports jdk = new FakeTransports("jdk", 100);
        FakeTransports netty = new FakeTransports("netty", 300);
        FakeTransports apache = new FakeTransports("apache", 200);

        assertThat(build(source(List.of(jdk, netty, apache), List.of(SIGV4))).toString()).contains("transport=netty");
        assertThat(build(source(List.of(apache, jdk, netty), List.of(SIGV4))).toString()).contains("transport=netty");
    }

    @Test
    void equalPrioritiesAreOrderedById() {
        FakeTransports b = new FakeTransports("b", 1);
        FakeTransports a = new FakeTransports("a", 1);

        assertThat(build(source(List.of(b, a), List.of(SIGV4))).toString()).contains("transport=a");
    }

    @Test
    void aPinnedIdWinsOverPriority() {
        System.setProperty("lowvoltage.transport", "jdk");

        Connection connection = build(source(
                List.of(new FakeTransports("netty", 300), new FakeTransports("jdk", 100)), List.of(SIGV4)));

        assertThat(connection.toString()).contains("transport=jdk");
    }

    @Test
    void anUnknownPinnedIdListsTheIdsFound() {
        System.setProperty("lowvoltage.transport", "okhttp");

        assertThatThrownBy(() -> build(source(List.of(new FakeTransports("jdk", 100)), List.of(SIGV4))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dlowvoltage.transport=okhttp names no TransportProvider")
                .hasMessageContaining("found: jdk (");
    }

    @Test
    void noTransportFoundNamesTheArtifactsToAdd() {
        assertThatThrownBy(() -> build(source(List.of(), List.of(SIGV4))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No TransportProvider was found on the class path")
                .hasMessageContaining("lowvoltage-transport-jdk")
                .hasMessageContaining("lowvoltage-transport-netty")
                .hasMessageContaining("lowvoltage-transport-apache")
                .hasMessageContaining("ServicesResourceTransformer")
                .hasMessageContaining("#no-transport");
    }

    @Test
    void noSignerFoundNamesTheSigningArtifact() {
        assertThatThrownBy(() -> build(source(List.of(new FakeTransports("jdk", 100)), List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No SignerProvider was found")
                .hasMessageContaining("lowvoltage-signing");
    }

    @Test
    void anExplicitTransportSkipsDiscovery() {
        CannedTransport mine = new CannedTransport();
        Connection connection = Connection.builder().region("us-east-1").transport(mine)
                .credentials(new StaticCredentials("A", "S"))
                .providerSource(source(List.of(), List.of(SIGV4))).build();

        assertThat(connection.toString()).contains("transport=" + CannedTransport.class.getName());
    }

    @Test
    void aMissingRegionSaysHowToSetIt() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("AWS_REGION") == null
                && System.getenv("AWS_DEFAULT_REGION") == null);
        assertThatThrownBy(() -> Connection.builder().transport(new CannedTransport()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("region(\"us-east-1\")")
                .hasMessageContaining("AWS_REGION");
    }
}
