package io.lowvoltage.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK HTTP client with no network: it reads the request body, as a real client writes it, and answers every
 * request with the same canned 200 response. The SDK's side of {@link InMemoryTransport}.
 */
final class StubSdkHttpClient implements SdkHttpClient {
    private final byte[] body;
    private final SdkHttpResponse response;

    StubSdkHttpClient(byte[] body) {
        this.body = body;
        SdkHttpResponse.Builder builder = SdkHttpResponse.builder().statusCode(200);
        for (Map.Entry<String, String> header : Fixtures.responseHeaders(body).entrySet()) {
            builder.putHeader(header.getKey(), header.getValue());
        }
        this.response = builder.build();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                request.contentStreamProvider().ifPresent(content -> {
                    try (InputStream in = content.newStream()) {
                        in.transferTo(OutputStreamSink.INSTANCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return HttpExecuteResponse.builder()
                        .response(response)
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
            }
        };
    }

    @Override
    public void close() {
    }

    /** Where request bodies go. */
    static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
