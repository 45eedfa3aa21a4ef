package io.lowvoltage.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** A botocore service model read from test resources: operations, shapes and their members. */
final class ServiceModel {
    final String name;
    final Map<String, Object> operations;
    final Map<String, Object> shapes;

    private ServiceModel(String name, Map<String, Object> model) {
        this.name = name;
        this.operations = map(model.get("operations"));
        this.shapes = map(model.get("shapes"));
    }

    static ServiceModel load(String resource) {
        try (InputStream in = ServiceModel.class.getResourceAsStream("/models/" + resource);
                JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), in)) {
            parser.nextToken();
            return new ServiceModel(resource, map(read(parser)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            String name;
            while ((name = parser.nextName()) != null) {
                parser.nextToken();
                object.put(name, read(parser));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(parser));
            }
            return array;
        }
        return token.isScalarValue() ? parser.getText() : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    Map<String, Object> shape(String name) {
        return map(shapes.get(name));
    }

    String inputShape(String operation) {
        return (String) map(map(operations.get(operation)).get("input")).get("shape");
    }

    String outputShape(String operation) {
        return (String) map(map(operations.get(operation)).get("output")).get("shape");
    }

    /** @return member name → shape name, in model order */
    Map<String, String> members(String shape) {
        Map<String, String> members = new LinkedHashMap<>();
        map(shape(shape).get("members")).forEach((member, target) -> members.put(member, (String) map(target).get("shape")));
        return members;
    }

    boolean isStructure(String shape) {
        return "structure".equals(shape(shape).get("type"));
    }

    boolean isError(String shape) {
        return "true".equals(String.valueOf(shape(shape).get("exception")));
    }

    @SuppressWarnings("unchecked")
    List<String> enumValues(String shape) {
        Object values = shape(shape).get("enum");
        return values == null ? List.of() : (List<String>) values;
    }

    /** Adds to {@code found} every shape reachable from {@code shape}, itself included. */
    void reachable(String shape, Set<String> found) {
        if (shape == null || !found.add(shape)) {
            return;
        }
        Map<String, Object> definition = shape(shape);
        switch (String.valueOf(definition.get("type"))) {
            case "structure" -> members(shape).values().forEach(target -> reachable(target, found));
            case "list" -> reachable((String) map(definition.get("member")).get("shape"), found);
            case "map" -> {
                reachable((String) map(definition.get("key")).get("shape"), found);
                reachable((String) map(definition.get("value")).get("shape"), found);
            }
            default -> {
            }
        }
    }

    Set<String> errorShapes() {
        Set<String> errors = new LinkedHashSet<>();
        shapes.keySet().stream().filter(this::isError).forEach(errors::add);
        return errors;
    }
}
