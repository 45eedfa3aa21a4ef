package io.lowvoltage.transport.apache;

import io.lowvoltage.spi.TransportRequest;
import io.lowvoltage.spi.TransportResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;

/** Turns LowVoltage's requests into HttpClient's and HttpClient's responses into LowVoltage's, for both clients. */
final class HttpMessages {
    /** Headers that HttpClient writes itself, from its own state. */
    private static final Set<String> MANAGED_HEADERS = Set.of("connection", "expect", "transfer-encoding", "upgrade");

    private HttpMessages() {
    }

    /**
     * @param request the request whose headers to copy
     * @param target  gets every header but those HttpClient writes itself
     * @return the value of the request's Content-Type header, or null
     */
    static String copyHeaders(TransportRequest request, HttpRequest target) {
        String contentType = null;
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("content-type")) {
                contentType = header.getValue();
            }
            if (!MANAGED_HEADERS.contains(name)) {
                target.addHeader(header.getKey(), header.getValue());
            }
        }
        return contentType;
    }

    /**
     * @param response the status and headers
     * @param body     the body, or null for none
     * @return the response, its repeated headers joined with commas under lower-case names
     */
    static TransportResponse toTransportResponse(HttpResponse response, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.merge(header.getName().toLowerCase(Locale.ROOT), header.getValue(), (a, b) -> a + "," + b);
        }
        return TransportResponse.of(response.getCode(), headers, body == null ? new byte[0] : body);
    }
}
