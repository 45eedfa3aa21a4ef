package io.lowvoltage.compounds.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Canned DynamoDB JSON for unit tests: items and keys with one number attribute {@code h}. */
public final class Json {
    private static final Pattern H = Pattern.compile("\"h\":\\{\"N\":\"(\\d+)\"}");

    private Json() {
    }

    /** @return {@code {"h":{"N":"h"}}} */
    public static String key(int h) {
        return "{\"h\":{\"N\":\"" + h + "\"}}";
    }

    /** @return a JSON array of keys */
    public static String keys(IntStream hs) {
        return hs.mapToObj(Json::key).collect(Collectors.joining(",", "[", "]"));
    }

    /** @return a Query or Scan page; {@code next} is the LastEvaluatedKey's h, or negative for the last page */
    public static String page(IntStream hs, int next) {
        String items = keys(hs);
        return "{\"Items\":" + items + ",\"Count\":0,\"ScannedCount\":0"
                + (next >= 0 ? ",\"LastEvaluatedKey\":" + key(next) : "") + "}";
    }

    /** @return every value of {@code h} in a request body, in order */
    public static List<Integer> hs(String body) {
        List<Integer> hs = new ArrayList<>();
        Matcher matcher = H.matcher(body);
        while (matcher.find()) {
            hs.add(Integer.parseInt(matcher.group(1)));
        }
        return hs;
    }

    /** @return how many times {@code part} occurs in {@code text} */
    public static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** @return a DynamoDB error body */
    public static String error(String type) {
        return "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + type + "\",\"message\":\"canned " + type + "\"}";
    }
}
