package io.lowvoltage.internal.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrayMapTest {
    @Test
    void keepsInsertionOrderAndFindsEveryKey() {
        Map<String, Object> source = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            source.put("k" + (99 - i), i);
        }
        ArrayMap<String, Object> map = ArrayMap.copyOf(source);
        assertThat(map).containsExactlyEntriesOf(source);
        assertThat(map.get("k0")).isEqualTo(99);
        assertThat(map.containsKey("k100")).isFalse();
        assertThat(map.get("k100")).isNull();
        assertThat(map).isEqualTo(source).hasSameHashCodeAs(source);
        assertThat(new HashMap<>(source)).isEqualTo(map);
    }

    @Test
    void aSnapshotIgnoresLaterChangesToItsSource() {
        Map<String, Object> source = new LinkedHashMap<>(Map.of("a", 1));
        ArrayMap<String, Object> map = ArrayMap.copyOf(source);
        source.put("a", 2);
        source.put("b", 3);
        assertThat(map).containsExactlyEntriesOf(Map.of("a", 1));
    }

    @Test
    void aRepeatedKeyKeepsItsFirstPositionAndItsLastValue() {
        ArrayMap.Builder<String, Object> builder = new ArrayMap.Builder<>(1);
        builder.put("a", 1);
        builder.put("b", 2);
        builder.put("a", 3);
        builder.put("c", 4);
        ArrayMap<String, Object> map = builder.build();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", 3);
        expected.put("b", 2);
        expected.put("c", 4);
        assertThat(map).hasSize(3).containsExactlyEntriesOf(expected);
        assertThat(map.keyAt(2)).isEqualTo("c");
    }

    @Test
    void repeatedKeysAmongManyAreRemovedToo() {
        ArrayMap.Builder<String, Object> builder = new ArrayMap.Builder<>(4);
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            builder.put("k" + (i % 25), i);
            expected.put("k" + (i % 25), i);
        }
        ArrayMap<String, Object> map = builder.build();
        assertThat(map).hasSize(25).containsExactlyEntriesOf(expected);
        assertThat(map.get("k24")).isEqualTo(49);
    }

    @Test
    void nullKeysAndValuesAreEntriesLikeAnyOther() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(null, "x");
        source.put("n", null);
        ArrayMap<String, Object> map = ArrayMap.copyOf(source);
        assertThat(map.get(null)).isEqualTo("x");
        assertThat(map.containsKey("n")).isTrue();
        assertThat(map.get("n")).isNull();
        assertThat(map).isEqualTo(source);
    }

    @Test
    void cannotBeModified() {
        ArrayMap<String, Object> map = ArrayMap.copyOf(Map.of("a", 1));
        assertThatThrownBy(() -> map.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(2))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(ArrayMap.copyOf(Map.of())).isEmpty();
    }
}
