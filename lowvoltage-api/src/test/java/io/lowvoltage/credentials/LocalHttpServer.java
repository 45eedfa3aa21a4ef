package io.lowvoltage.credentials;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A JDK HTTP server on 127.0.0.1 and a free port that answers by path and records every request. */
final class LocalHttpServer implements AutoCloseable {
    /** A request as it arrived. */
    record Recorded(String method, String path, Map<String, String> headers, String body) {
    }

    /** An answer: status and body. */
    record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final List<Recorded> requests = new ArrayList<>();
    private final Map<String, Function<Recorded, Answer>> routes = new HashMap<>();

    LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers {@code method path} with the function's answer. */
    synchronized LocalHttpServer route(String method, String path, Function<Recorded, Answer> answer) {
        routes.put(method + " " + path, answer);
        return this;
    }

    synchronized LocalHttpServer route(String method, String path, int status, String body) {
        return route(method, path, request -> new Answer(status, body));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body);
        Function<Recorded, Answer> route;
        synchronized (this) {
            requests.add(request);
            route = routes.get(request.method() + " " + request.path());
        }
        Answer answer = route == null ? new Answer(404, "not found") : route.apply(request);
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
