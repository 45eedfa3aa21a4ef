package io.lowvoltage.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportProvider;
import io.lowvoltage.spi.TransportSettings;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JdkTransportProviderTest {
    @Test
    void serviceLoaderFindsTheProviderWithIdJdk() {
        List<TransportProvider> providers = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());

        assertThat(providers).singleElement().satisfies(provider -> {
            assertThat(provider).isInstanceOf(JdkTransportProvider.class);
            assertThat(provider.id()).isEqualTo("jdk");
            assertThat(provider.priority()).isEqualTo(100);
        });
    }

    @Test
    void createMakesANewTransportWithTheGivenSettings() {
        TransportSettings settings = TransportSettings.builder().requestTimeout(Duration.ofSeconds(7)).build();
        JdkTransportProvider provider = new JdkTransportProvider();

        try (Transport first = provider.create(settings); Transport second = provider.create(settings)) {
            assertThat(first).isInstanceOf(JdkTransport.class).isNotSameAs(second);
            assertThat(first.toString()).contains("connectTimeout=PT10S", "requestTimeout=PT7S");
        }
    }
}
