package io.lowvoltage.transport.apache;

import io.lowvoltage.spi.Transport;
import io.lowvoltage.spi.TransportSettings;
import io.lowvoltage.transport.tck.TransportContract;
import javax.net.ssl.SSLContext;

class ApacheTransportTest extends TransportContract {
    @Override
    protected Transport newTransport(TransportSettings settings) {
        return ApacheTransport.create(settings);
    }

    @Override
    protected Transport newTransport(TransportSettings settings, SSLContext sslContext) {
        return ApacheTransport.builder().settings(settings).sslContext(sslContext).build();
    }
}
