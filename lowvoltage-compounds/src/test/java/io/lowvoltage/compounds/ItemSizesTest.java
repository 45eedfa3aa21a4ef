package io.lowvoltage.compounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lowvoltage.exceptions.BuilderException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemSizesTest {
    private static long size(Object value) {
        return ItemSizes.itemSize(Map.of("a", value), "item") - 1;
    }

    @Test
    void sizesFollowDynamoDbRulesRoundingUp() {
        assertThat(size("héllo")).isEqualTo(6);
        assertThat(size(12345)).isEqualTo(4);                        // 5 digits: 3 bytes + 1
        assertThat(size(new BigDecimal("1200.00"))).isEqualTo(2);    // trailing zeros do not count
        assertThat(size(new byte[10])).isEqualTo(10);
        assertThat(size(ByteBuffer.allocate(7))).isEqualTo(7);
        assertThat(size(true)).isEqualTo(1);
        assertThat(size(Arrays.asList("ab", null))).isEqualTo(3 + 3 + 2);
        assertThat(size(Map.of("k", "v"))).isEqualTo(3 + 1 + 1 + 1);
        assertThat(size(Set.of("ab", "c"))).isEqualTo(3);
    }

    @Test
    void identityComparesNumbersByValueAndBinariesByContent() {
        assertThat(ItemSizes.identity(Map.of("h", 1, "b", new byte[] {1, 2}), "k"))
                .isEqualTo(ItemSizes.identity(Map.of("h", new BigDecimal("1.00"), "b", ByteBuffer.wrap(new byte[] {1, 2})), "k"));
        assertThat(ItemSizes.identity(0, "k")).isEqualTo(ItemSizes.identity(new BigDecimal("0.000"), "k"));
        assertThat(ItemSizes.identity(List.of(1), "k")).isNotEqualTo(ItemSizes.identity(List.of(2), "k"));
    }

    @Test
    void valuesWithNoDynamoDbFormAreRejectedWithTheirPath() {
        Map<String, Object> item = new HashMap<>();
        item.put("a", Map.of("b", Double.NaN));
        assertThatThrownBy(() -> ItemSizes.itemSize(item, "Tbl[3]")).isInstanceOf(BuilderException.class)
                .hasMessageContaining("Tbl[3].a.b");
        assertThatThrownBy(() -> ItemSizes.itemSize(Map.of("s", Set.of()), "Tbl[0]"))
                .isInstanceOf(BuilderException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ItemSizes.itemSize(Map.of("o", new Object()), "Tbl[0]"))
                .isInstanceOf(BuilderException.class).hasMessageContaining("no DynamoDB form");
    }

    @Test
    void jsonSizeBoundsTheEscapedBytes() {
        assertThat(ItemSizes.jsonSize(Map.of("v", "\"".repeat(100)), "i")).isGreaterThanOrEqualTo(200);
        assertThat(ItemSizes.jsonSize(Map.of("v", new byte[300]), "i")).isGreaterThanOrEqualTo(400);
    }
}
