package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * Why turning CloudWatch Contributor Insights on or off failed: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_FailureException.html">FailureException</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class FailureException {
    private final String exceptionName;
    private final String exceptionDescription;

    private FailureException(String exceptionName, String exceptionDescription) {
        this.exceptionName = exceptionName;
        this.exceptionDescription = exceptionDescription;
    }

    static FailureException read(JsonParser parser) {
        String exceptionName = null;
        String exceptionDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ExceptionName" -> exceptionName = JsonReads.string(parser);
                case "ExceptionDescription" -> exceptionDescription = JsonReads.string(parser);
                default -> parser.skipChildren();
            }
        }
        return new FailureException(exceptionName, exceptionDescription);
    }

    /** @return the exception's name (API member {@code ExceptionName}), or {@code null} */
    public String exceptionName() {
        return exceptionName;
    }

    /** @return the exception's description (API member {@code ExceptionDescription}), or {@code null} */
    public String exceptionDescription() {
        return exceptionDescription;
    }

    @Override
    public String toString() {
        return Shapes.toString("FailureException", "exceptionName", exceptionName, "exceptionDescription",
                exceptionDescription);
    }
}
