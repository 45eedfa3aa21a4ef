package io.lowvoltage.actions;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The request member names of the transaction, PartiQL, time-to-live, tagging and vector search actions that
 * {@link Members} lacks, encoded once like those.
 */
final class TransactionMembers {
    static final SerializableString CLIENT_REQUEST_TOKEN = new SerializedString("ClientRequestToken");
    static final SerializableString CONDITION_CHECK = new SerializedString("ConditionCheck");
    static final SerializableString GET = new SerializedString("Get");
    static final SerializableString NEXT_TOKEN = new SerializedString("NextToken");
    static final SerializableString PARAMETERS = new SerializedString("Parameters");
    static final SerializableString PUT = new SerializedString("Put");
    static final SerializableString RESOURCE_ARN = new SerializedString("ResourceArn");
    static final SerializableString SEARCH_CONDITION_EXPRESSION = new SerializedString("SearchConditionExpression");
    static final SerializableString SEARCH_VECTOR = new SerializedString("SearchVector");
    static final SerializableString STATEMENT = new SerializedString("Statement");
    static final SerializableString STATEMENTS = new SerializedString("Statements");
    static final SerializableString TAG_KEYS = new SerializedString("TagKeys");
    static final SerializableString TIME_TO_LIVE_SPECIFICATION = new SerializedString("TimeToLiveSpecification");
    static final SerializableString TOP_K = new SerializedString("TopK");
    static final SerializableString TRANSACT_ITEMS = new SerializedString("TransactItems");
    static final SerializableString TRANSACT_STATEMENTS = new SerializedString("TransactStatements");

    private TransactionMembers() {
    }
}
