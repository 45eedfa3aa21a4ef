/**
 * Builders of DynamoDB expressions: conditions and filters ({@link io.lowvoltage.expressions.ConditionExpression}),
 * key conditions ({@link io.lowvoltage.expressions.KeyConditionExpression}), updates
 * ({@link io.lowvoltage.expressions.UpdateExpression}) and projections
 * ({@link io.lowvoltage.expressions.ProjectionExpression}), made with the static factories of
 * {@link io.lowvoltage.expressions.Expressions} and passed to the actions' {@code xxxExpression(...)} overloads.
 *
 * <p>All values here are immutable and thread-safe. They hold no placeholders: the action renders every
 * expression of a request together when it is sent, giving each attribute name a {@code #_<n>} placeholder
 * (so reserved words and odd characters need no care) and each value a {@code :_<n>} one, after those set by hand.
 * What DynamoDB would reject fails with {@link io.lowvoltage.exceptions.BuilderException} when built or, for
 * the 4 KB limit and placeholder clashes, when sent.
 */
package io.lowvoltage.expressions;
