package io.lowvoltage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemTest {
    private final Item item = Item.copyOf(attributes());

    private static Map<String, Object> attributes() {
        Map<String, Object> map = new HashMap<>();
        map.put("s", "x");
        map.put("n", new BigDecimal("7"));
        map.put("big", new BigDecimal("1E+20"));
        map.put("b", ByteBuffer.wrap(new byte[] {1}).asReadOnlyBuffer());
        map.put("t", Boolean.TRUE);
        map.put("nul", null);
        map.put("l", List.of(1));
        map.put("m", Item.copyOf(Map.of("k", "v")));
        map.put("ns", Set.of(BigDecimal.ONE));
        return map;
    }

    @Test
    void typedAccessorsReadTheirType() {
        assertThat(item.getString("s")).isEqualTo("x");
        assertThat(item.getInt("n")).isEqualTo(7);
        assertThat(item.getLong("n")).isEqualTo(7L);
        assertThat(item.getDouble("n")).isEqualTo(7.0);
        assertThat(item.getBoolean("t")).isTrue();
        assertThat(item.getBytes("b")).containsExactly(1);
        assertThat(item.getList("l")).containsExactly(1);
        assertThat(item.getMap("m").getString("k")).isEqualTo("v");
        assertThat(item.getNumberSet("ns")).containsExactly(BigDecimal.ONE);
    }

    @Test
    void absentAndNullAttributesAreNullForObjectAccessors() {
        assertThat(item.getString("missing")).isNull();
        assertThat(item.getString("nul")).isNull();
    }

    @Test
    void primitiveAccessorsSayWhyThereIsNoValue() {
        assertThatThrownBy(() -> item.getInt("nul")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("Attribute nul is NULL");
        assertThatThrownBy(() -> item.getInt("missing")).isInstanceOf(NoSuchElementException.class)
                .hasMessageStartingWith("Attribute missing is absent; the item has");
        assertThatThrownBy(() -> item.getInt("big")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aTypeMismatchNamesTheAttributeAndBothTypes() {
        assertThatThrownBy(() -> item.getNumber("s")).isInstanceOf(ClassCastException.class)
                .hasMessage("Attribute s is a String (x), not a number (N)");
        assertThatThrownBy(() -> item.getStringSet("ns")).isInstanceOf(ClassCastException.class)
                .hasMessageContaining("not a string set (SS)");
    }

    @Test
    void itemsEqualMapsWithTheSameEntries() {
        assertThat(Item.copyOf(Map.of("a", "b"))).isEqualTo(Map.of("a", "b"));
        assertThat(Item.copyOf(Map.of("a", "b")).toString()).isEqualTo("{a=b}");
        assertThat(Item.copyOf(Map.of())).isSameAs(Item.empty());
    }
}
