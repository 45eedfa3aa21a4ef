package io.lowvoltage;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A request to DynamoDB that a {@link Connection} can send: one subclass per DynamoDB operation, in
 * {@code io.lowvoltage.actions}, named after it ({@code GetItem}, {@code Query}...).
 *
 * <p>Actions are builders: mutable, meant for one thread, set with chained methods. Mandatory members go in
 * the constructor or are chained; a missing one fails with {@code BuilderException} when the action is sent,
 * before anything goes on the wire. {@link Connection#request(Action)} writes the action to bytes at call
 * time, so changing or reusing an action afterwards never touches a request in flight.
 *
 * <p>The protected methods are the contract between an action and the connection; users call none of them.
 *
 * @param <R> the response type
 */
public abstract class Action<R> {
    /** Subclasses only. */
    protected Action() {
    }

    /** @return the DynamoDB operation name, such as {@code GetItem}: the suffix of {@code X-Amz-Target} */
    protected abstract String operation();

    /** @return the service the operation belongs to: {@link Service#DYNAMODB} unless overridden */
    protected Service service() {
        return Service.DYNAMODB;
    }

    /**
     * The table this action reads or writes, for {@link RequestListener}s and logs. Optional: the default says
     * none, and an action that names one table MAY override it. Called once per call, after {@link #validate()}.
     *
     * @return the table name, or {@code null} when the action names no single table (or does not say)
     */
    protected String tableName() {
        return null;
    }

    /**
     * Checks that every mandatory member is set.
     *
     * @throws io.lowvoltage.exceptions.BuilderException naming the missing member and how to set it
     */
    protected abstract void validate();

    /**
     * Writes the request body, a JSON object, in one pass.
     *
     * @param generator where to write
     * @throws io.lowvoltage.exceptions.BuilderException when a value has no DynamoDB form
     */
    protected abstract void writeRequest(JsonGenerator generator);

    /**
     * Reads a successful response body in one pass, skipping members it does not know.
     *
     * @param parser positioned on the body's {@code START_OBJECT}
     * @return the response
     */
    protected abstract R readResponse(JsonParser parser);
}
