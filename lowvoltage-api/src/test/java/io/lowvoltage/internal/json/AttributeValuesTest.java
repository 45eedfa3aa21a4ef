package io.lowvoltage.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.Item;
import io.lowvoltage.exceptions.BuilderException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributeValuesTest {
    private static String write(Map<?, ?> item) {
        return new String(Json.toBytes(g -> AttributeValues.writeItem(g, item, "Item")), StandardCharsets.UTF_8);
    }

    private static Item read(String json) {
        return Json.fromBytes(json.getBytes(StandardCharsets.UTF_8), AttributeValues::readItem, "item");
    }

    @Test
    void everyTypeIsWrittenInItsDynamoDbForm() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("s", "text");
        item.put("n", 42);
        item.put("b", new byte[] {1, 2, 3});
        item.put("bool", true);
        item.put("null", null);
        item.put("l", Arrays.asList("a", 1, null));
        item.put("m", Map.of("x", 1L));
        item.put("ss", new LinkedHashSet<>(List.of("a", "b")));
        item.put("ns", new LinkedHashSet<>(List.of(1, new BigDecimal("2.5"))));
        item.put("bs", Set.of(ByteBuffer.wrap(new byte[] {9})));

        assertThat(write(item)).isEqualTo("{\"s\":{\"S\":\"text\"},\"n\":{\"N\":\"42\"},\"b\":{\"B\":\"AQID\"},"
                + "\"bool\":{\"BOOL\":true},\"null\":{\"NULL\":true},"
                + "\"l\":{\"L\":[{\"S\":\"a\"},{\"N\":\"1\"},{\"NULL\":true}]},\"m\":{\"M\":{\"x\":{\"N\":\"1\"}}},"
                + "\"ss\":{\"SS\":[\"a\",\"b\"]},\"ns\":{\"NS\":[\"1\",\"2.5\"]},\"bs\":{\"BS\":[\"CQ==\"]}}");
    }

    @Test
    void everyTypeReadBackWritesTheSameBytes() {
        String json = "{\"s\":{\"S\":\"text\"},\"n\":{\"N\":\"12345678901234567890123456789012345678\"},"
                + "\"b\":{\"B\":\"AQID\"},\"bool\":{\"BOOL\":false},\"null\":{\"NULL\":true},"
                + "\"l\":{\"L\":[{\"S\":\"a\"},{\"N\":\"1E+5\"},{\"NULL\":true}]},\"m\":{\"M\":{\"x\":{\"N\":\"-0.001\"}}},"
                + "\"ss\":{\"SS\":[\"a\",\"b\"]},\"ns\":{\"NS\":[\"1\",\"2.5\"]},\"bs\":{\"BS\":[\"CQ==\"]}}";

        Item item = read(json);

        assertThat(write(item)).isEqualTo(json);
        assertThat(item.getNumber("n")).isEqualTo(new BigDecimal("12345678901234567890123456789012345678"));
        assertThat(item.getBytes("b")).containsExactly(1, 2, 3);
        assertThat(item.getMap("m").getNumber("x")).isEqualByComparingTo("-0.001");
        assertThat(item.getList("l")).containsExactly("a", new BigDecimal("1E+5"), null);
        assertThat(item.getStringSet("ss")).containsExactly("a", "b");
        assertThat(item.getNumberSet("ns")).containsExactly(BigDecimal.ONE, new BigDecimal("2.5"));
        assertThat(item.getBinarySet("bs")).containsExactly(ByteBuffer.wrap(new byte[] {9}));
        assertThat(item.get("null")).isNull();
        assertThat(item).containsKey("null");
    }

    @Test
    void numbersKeepTheirExactDecimalValue() {
        assertThat(write(Map.of("n", new BigDecimal("0.1000000000000000000000000000000000001"))))
                .contains("\"0.1000000000000000000000000000000000001\"");
        assertThat(write(Map.of("n", 0.1d))).contains("\"0.1\"");
        assertThat(write(Map.of("n", 0.1f))).contains("\"0.1\"");
        assertThat(write(Map.of("n", new BigInteger("99999999999999999999999999999999999999"))))
                .contains("\"99999999999999999999999999999999999999\"");
        assertThat(write(Map.of("n", Long.MIN_VALUE))).contains("\"-9223372036854775808\"");
    }

    @Test
    void valuesWithNoDynamoDbFormNameTheirPath() {
        assertThatThrownBy(() -> write(Map.of("a", Map.of("b", List.of(1, Double.NaN)))))
                .isInstanceOf(BuilderException.class)
                .hasMessageStartingWith("Attribute Item.a.b[1] is NaN")
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> write(Map.of("a", Float.POSITIVE_INFINITY)))
                .isInstanceOf(BuilderException.class).hasMessageContaining("Item.a");
        assertThatThrownBy(() -> write(Map.of("empty", Set.of())))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("Attribute Item.empty is an empty set");
        assertThatThrownBy(() -> write(Map.of("mixed", new LinkedHashSet<>(List.of("a", 1)))))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("Item.mixed is a set that mixes strings with a java.lang.Integer");
        assertThatThrownBy(() -> write(Map.of("t", Thread.State.NEW)))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("Attribute Item.t is a java.lang.Thread$State, which has no DynamoDB form");
        assertThatThrownBy(() -> write(Map.of("m", Map.of(1, "x"))))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("Map Item.m has a key that is a java.lang.Integer (1)");
        assertThatThrownBy(() -> write(Map.of("n", new BigDecimal("1.000000000000000000000000000000000000001"))))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("40 significant digits");
    }

    @Test
    void aNullMapKeyIsNamed() {
        Map<Object, Object> map = new HashMap<>();
        map.put(null, 1);
        assertThatThrownBy(() -> write(Map.of("m", map)))
                .isInstanceOf(BuilderException.class)
                .hasMessageContaining("Map Item.m has a key that is null");
    }

    @Test
    void readItemsAreUnmodifiable() {
        Item item = read("{\"l\":{\"L\":[]},\"ss\":{\"SS\":[\"a\"]}}");
        assertThatThrownBy(() -> item.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.getList("l").add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.getStringSet("ss").add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aByteBufferIsWrittenFromItsRemainingBytesWithoutMovingIt() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {0, 1, 2, 3});
        buffer.position(1);
        assertThat(write(Map.of("b", buffer))).contains("\"AQID\"");
        assertThat(buffer.position()).isEqualTo(1);
    }

    @Test
    void listsOfAnyKindAreLists() {
        List<Object> list = new ArrayList<>(List.of(1, 2));
        assertThat(write(Map.of("l", list))).isEqualTo("{\"l\":{\"L\":[{\"N\":\"1\"},{\"N\":\"2\"}]}}");
    }
}
