package io.lowvoltage.actions;

import io.lowvoltage.exceptions.BuilderException;
import io.lowvoltage.internal.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The elements of a list member that an action adds one by one (transaction items, statements), and the last
 * one added, which the per-element setters apply to: {@code .put(...).conditionExpression(...).delete(...)}.
 *
 * @param <T> the element
 */
final class LastAdded<T> {
    private final String operation;
    private final String member;
    private final String howToAdd;
    private final int max;
    private final List<T> elements = new ArrayList<>();

    /**
     * @param operation the action, for messages
     * @param member    the API member, such as {@code TransactItems}
     * @param howToAdd  the methods that add an element, for messages
     * @param max       how many elements DynamoDB takes in one request
     */
    LastAdded(String operation, String member, String howToAdd, int max) {
        this.operation = operation;
        this.member = member;
        this.howToAdd = howToAdd;
        this.max = max;
    }

    /** @return the element, now the last one */
    T add(T element) {
        elements.add(element);
        return element;
    }

    /**
     * @param setter the per-element setter called, for the message
     * @return the element added last
     * @throws BuilderException when none was added yet
     */
    T last(String setter) {
        if (elements.isEmpty()) {
            throw new BuilderException(operation + "." + setter + "(...) applies to the element of " + member
                    + " added last, and none is added yet: call " + howToAdd + " first");
        }
        return elements.get(elements.size() - 1);
    }

    /** @return the elements in order, unmodifiable */
    List<T> all() {
        return Collections.unmodifiableList(elements);
    }

    /**
     * @throws BuilderException when there is no element, or more than DynamoDB takes
     */
    void requireCount() {
        Require.present(elements, operation, member, howToAdd);
        if (elements.size() > max) {
            throw new BuilderException(operation + " takes at most " + max + " elements in " + member + ", and "
                    + elements.size() + " are added. Split them over several requests");
        }
    }

    /**
     * The idempotency token to send: the caller's, or a new random one, as the SDKs do. Called once per send,
     * from {@code validate()}, so that the retries of one send repeat the same token.
     */
    static String tokenOrRandom(String clientRequestToken) {
        return clientRequestToken != null ? clientRequestToken : UUID.randomUUID().toString();
    }
}
