package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * The one response member that {@link ImportTableResponse} and {@link DescribeImportResponse} have: the import's
 * description. Immutable.
 */
abstract class ImportTableDescriptionResponse {
    private final ImportTableDescription importTableDescription;

    /** Reads the response body in one pass. */
    ImportTableDescriptionResponse(JsonParser parser) {
        ImportTableDescription importTableDescription = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            if (member.equals("ImportTableDescription")) {
                importTableDescription = ImportTableDescription.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        this.importTableDescription = importTableDescription;
    }

    /** @return the import (API member {@code ImportTableDescription}), or {@code null} if DynamoDB left it out */
    public ImportTableDescription importTableDescription() {
        return importTableDescription;
    }

    @Override
    public String toString() {
        return Shapes.toString(getClass().getSimpleName(), "importTableDescription", importTableDescription);
    }
}
