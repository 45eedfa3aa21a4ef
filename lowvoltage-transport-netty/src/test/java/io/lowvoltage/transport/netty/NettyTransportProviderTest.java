package io.lowvoltage.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportProvider;
import io.lowvoltage.spi.TransportSettings;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NettyTransportProviderTest {
    @Test
    void serviceLoaderFindsTheProviderWithIdNetty() {
        List<TransportProvider> providers = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());

        assertThat(providers).singleElement().satisfies(provider -> {
            assertThat(provider).isInstanceOf(NettyTransportProvider.class);
            assertThat(provider.id()).isEqualTo("netty");
            assertThat(provider.priority()).isEqualTo(300);
        });
    }

    @Test
    void createMakesANewTransportWithTheGivenSettings() {
        TransportSettings settings = TransportSettings.builder().requestTimeout(Duration.ofSeconds(7)).build();
        NettyTransportProvider provider = new NettyTransportProvider();

        try (Transport first = provider.create(settings); Transport second = provider.create(settings)) {
            assertThat(first).isInstanceOf(NettyTransport.class).isNotSameAs(second);
            assertThat(first.toString()).contains("connectTimeout=PT10S", "requestTimeout=PT7S");
        }
    }
}
