package io.lowvoltage.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyWriteValuesTest {
    @Test
    void expectationFactoriesSetTheirMembers() {
        ExpectedAttributeValue absent = ExpectedAttributeValue.exists(false);
        assertThat(absent.hasValue()).isFalse();
        assertThat(absent.exists()).isFalse();
        assertThat(absent.comparisonOperator()).isNull();
        assertThat(absent.attributeValueList()).isEmpty();

        ExpectedAttributeValue isNull = ExpectedAttributeValue.equalTo(null);
        assertThat(isNull.hasValue()).isTrue();
        assertThat(isNull.value()).isNull();
        assertThat(isNull.exists()).isNull();

        ExpectedAttributeValue between = ExpectedAttributeValue.of(ComparisonOperator.BETWEEN, 1, 10);
        assertThat(between.comparisonOperator()).isEqualTo(ComparisonOperator.BETWEEN);
        assertThat(between.attributeValueList()).containsExactly(1, 10);
        assertThatThrownBy(() -> between.attributeValueList().add(3)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ExpectedAttributeValue.of(ComparisonOperator.IN, "a", null).attributeValueList())
                .containsExactly("a", null);
    }

    @Test
    void withExistsCopiesTheExpectation() {
        ExpectedAttributeValue equal = ExpectedAttributeValue.equalTo("x");
        ExpectedAttributeValue existing = equal.withExists(true);

        assertThat(equal.exists()).isNull();
        assertThat(existing.exists()).isTrue();
        assertThat(existing.value()).isEqualTo("x");
        assertThat(existing).hasToString("ExpectedAttributeValue{value=x, exists=true}");
    }

    @Test
    void expectationsCompareByValue() {
        assertThat(ExpectedAttributeValue.equalTo(1)).isEqualTo(ExpectedAttributeValue.equalTo(1))
                .hasSameHashCodeAs(ExpectedAttributeValue.equalTo(1))
                .isNotEqualTo(ExpectedAttributeValue.equalTo(2));
        assertThat(ExpectedAttributeValue.equalTo(null)).isNotEqualTo(ExpectedAttributeValue.exists(false));
        assertThat(ExpectedAttributeValue.of(ComparisonOperator.IN, "a", "b"))
                .isEqualTo(ExpectedAttributeValue.of(ComparisonOperator.IN, "a", "b"))
                .hasToString("ExpectedAttributeValue{IN [a, b]}");
        assertThat(ExpectedAttributeValue.exists(false)).hasToString("ExpectedAttributeValue{exists=false}");
    }

    @Test
    void updateFactoriesSetTheirActionAndValue() {
        assertThat(AttributeValueUpdate.put("x").action()).isEqualTo(AttributeAction.PUT);
        assertThat(AttributeValueUpdate.put("x").value()).isEqualTo("x");
        assertThat(AttributeValueUpdate.add(1).action()).isEqualTo(AttributeAction.ADD);
        assertThat(AttributeValueUpdate.delete(List.of()).action()).isEqualTo(AttributeAction.DELETE);
        assertThat(AttributeValueUpdate.delete().hasValue()).isFalse();
        assertThat(AttributeValueUpdate.put(null).hasValue()).isTrue();
        assertThat(AttributeValueUpdate.of(AttributeAction.ADD, 2)).isEqualTo(AttributeValueUpdate.add(2))
                .hasSameHashCodeAs(AttributeValueUpdate.add(2))
                .isNotEqualTo(AttributeValueUpdate.put(2))
                .hasToString("ADD 2");
        assertThat(AttributeValueUpdate.delete()).hasToString("DELETE").isNotEqualTo(AttributeValueUpdate.delete(null));
    }
}
