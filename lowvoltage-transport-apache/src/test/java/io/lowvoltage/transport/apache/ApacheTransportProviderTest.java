package io.lowvoltage.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportProvider;
import io.lowvoltage.spi.TransportSettings;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApacheTransportProviderTest {
    @Test
    void serviceLoaderFindsTheProviderWithIdApache() {
        List<TransportProvider> providers = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());

        assertThat(providers).singleElement().satisfies(provider -> {
            assertThat(provider).isInstanceOf(ApacheTransportProvider.class);
            assertThat(provider.id()).isEqualTo("apache");
            assertThat(provider.priority()).isEqualTo(200);
        });
    }

    @Test
    void createMakesANewTransportWithTheGivenSettings() {
        TransportSettings settings = TransportSettings.builder().requestTimeout(Duration.ofSeconds(7)).build();
        ApacheTransportProvider provider = new ApacheTransportProvider();

        try (Transport first = provider.create(settings); Transport second = provider.create(settings)) {
            assertThat(first).isInstanceOf(ApacheTransport.class).isNotSameAs(second);
            assertThat(first.toString()).contains("connectTimeout=PT10S", "requestTimeout=PT7S");
        }
    }
}
