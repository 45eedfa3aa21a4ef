package io.lowvoltage.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportRequestTest {
    private static final URI URI = java.net.URI.create("https://dynamodb.us-east-1.amazonaws.com/");

    @Test
    void hostAndContentLengthAreLeftToTheTransport() {
        assertThatThrownBy(() -> TransportRequest.of("POST", URI, Map.of("host", "x"), new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Header host is derived");
        assertThatThrownBy(() -> TransportRequest.of("POST", URI, Map.of("Content-Length", "0"), new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullHeaderValueIsRefused() {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-Amz-Target", null);
        assertThatThrownBy(() -> TransportRequest.of("POST", URI, headers, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Amz-Target has a null value");
    }

    @Test
    void withHeadersReplacesSameNamedHeadersWhateverTheirCaseAndLeavesTheOriginalAlone() {
        TransportRequest original = TransportRequest.of("POST", URI, Map.of("Authorization", "old"), new byte[] {1});

        TransportRequest signed = original.withHeaders(Map.of("authorization", "new", "X-Amz-Date", "d"));

        assertThat(signed.headers()).containsOnly(Map.entry("authorization", "new"), Map.entry("X-Amz-Date", "d"));
        assertThat(original.headers()).containsExactly(Map.entry("Authorization", "old"));
        assertThat(signed.body()).isSameAs(original.body());
    }

    @Test
    void responsesLookUpHeadersWithoutCase() {
        TransportResponse response = TransportResponse.of(200, Map.of("X-Amzn-RequestId", "abc"), new byte[0]);
        assertThat(response.header("x-amzn-requestid")).isEqualTo("abc");
        assertThat(response.header("X-AMZN-REQUESTID")).isEqualTo("abc");
    }
}
