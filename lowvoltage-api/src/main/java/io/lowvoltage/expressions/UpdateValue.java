package io.lowvoltage.expressions;

/**
 * What a {@code SET} action assigns: an {@link UpdateOperand} (an attribute, a value, {@code if_not_exists} or
 * {@code list_append}), or the sum or difference of two, made with {@link UpdateOperand#plus(Object)} and
 * {@link UpdateOperand#minus(Object)}. The types follow DynamoDB's grammar, so a sum of sums does not compile.
 */
public sealed interface UpdateValue permits UpdateOperand, Arithmetic {
}
