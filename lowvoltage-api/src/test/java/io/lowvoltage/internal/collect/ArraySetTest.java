package io.lowvoltage.internal.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArraySetTest {
    @Test
    void keepsInsertionOrderDropsRepeatsAndFindsEveryElement() {
        ArraySet.Builder<Object> builder = new ArraySet.Builder<>();
        Set<Object> expected = new LinkedHashSet<>();
        for (int i = 0; i < 50; i++) {
            builder.add("e" + (i % 20));
            expected.add("e" + (i % 20));
        }
        ArraySet<Object> set = builder.build();
        assertThat(set).hasSize(20).containsExactlyElementsOf(expected);
        assertThat(set.contains("e19")).isTrue();
        assertThat(set.contains("e20")).isFalse();
        assertThat(set).isEqualTo(expected).hasSameHashCodeAs(expected);
    }

    @Test
    void binariesAreFoundByContent() {
        ArraySet.Builder<Object> builder = new ArraySet.Builder<>();
        builder.add(ByteBuffer.wrap(new byte[] {1, 2}).asReadOnlyBuffer());
        assertThat(builder.build()).contains(ByteBuffer.wrap(new byte[] {1, 2}));
    }

    @Test
    void cannotBeModified() {
        ArraySet.Builder<Object> builder = new ArraySet.Builder<>();
        builder.add("a");
        ArraySet<Object> set = builder.build();
        assertThatThrownBy(() -> set.add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> set.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        Iterator<Object> iterator = set.iterator();
        iterator.next();
        assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
    }
}
