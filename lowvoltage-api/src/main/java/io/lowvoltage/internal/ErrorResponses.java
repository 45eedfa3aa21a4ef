package io.lowvoltage.internal;

import static java.util.Map.entry;

import io.lowvoltage.Item;
import io.lowvoltage.exceptions.*;
import io.lowvoltage.internal.json.AttributeValues;
import io.lowvoltage.internal.json.Json;
import io.lowvoltage.spi.TransportResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Turns a DynamoDB error response into the exception of its error code, with one table lookup. */
public final class ErrorResponses {
    private static final Map<String, Function<ServiceError, ClientException>> CLIENT_ERRORS = Map.ofEntries(
            entry("AccessDeniedException", AccessDeniedException::new),
            entry("BackupInUseException", BackupInUseException::new),
            entry("BackupNotFoundException", BackupNotFoundException::new),
            entry("ContinuousBackupsUnavailableException", ContinuousBackupsUnavailableException::new),
            entry("DuplicateItemException", DuplicateItemException::new),
            entry("ExpiredIteratorException", ExpiredIteratorException::new),
            entry("ExpiredTokenException", ExpiredTokenException::new),
            entry("ExportConflictException", ExportConflictException::new),
            entry("ExportNotFoundException", ExportNotFoundException::new),
            entry("GlobalTableAlreadyExistsException", GlobalTableAlreadyExistsException::new),
            entry("GlobalTableNotFoundException", GlobalTableNotFoundException::new),
            entry("IdempotentParameterMismatchException", IdempotentParameterMismatchException::new),
            entry("ImportConflictException", ImportConflictException::new),
            entry("ImportNotFoundException", ImportNotFoundException::new),
            entry("IncompleteSignatureException", IncompleteSignatureException::new),
            entry("IndexNotFoundException", IndexNotFoundException::new),
            entry("InvalidEndpointException", InvalidEndpointException::new),
            entry("InvalidExportTimeException", InvalidExportTimeException::new),
            entry("InvalidRestoreTimeException", InvalidRestoreTimeException::new),
            entry("InvalidSignatureException", InvalidSignatureException::new),
            entry("ItemCollectionSizeLimitExceededException", ItemCollectionSizeLimitExceededException::new),
            entry("LimitExceededException", LimitExceededException::new),
            entry("MissingAuthenticationTokenException", MissingAuthenticationTokenException::new),
            entry("PointInTimeRecoveryUnavailableException", PointInTimeRecoveryUnavailableException::new),
            entry("PolicyNotFoundException", PolicyNotFoundException::new),
            entry("ProvisionedThroughputExceededException", ProvisionedThroughputExceededException::new),
            entry("ReplicaAlreadyExistsException", ReplicaAlreadyExistsException::new),
            entry("ReplicaNotFoundException", ReplicaNotFoundException::new),
            entry("ReplicatedWriteConflictException", ReplicatedWriteConflictException::new),
            entry("RequestLimitExceeded", RequestLimitExceeded::new),
            entry("ResourceInUseException", ResourceInUseException::new),
            entry("ResourceNotFoundException", ResourceNotFoundException::new),
            entry("SerializationException", SerializationException::new),
            entry("TableAlreadyExistsException", TableAlreadyExistsException::new),
            entry("TableInUseException", TableInUseException::new),
            entry("TableNotFoundException", TableNotFoundException::new),
            entry("ThrottlingException", ThrottlingException::new),
            entry("TransactionConflictException", TransactionConflictException::new),
            entry("TransactionInProgressException", TransactionInProgressException::new),
            entry("TrimmedDataAccessException", TrimmedDataAccessException::new),
            entry("UnknownOperationException", UnknownOperationException::new),
            entry("UnrecognizedClientException", UnrecognizedClientException::new),
            entry("ValidationException", ValidationException::new));

    private ErrorResponses() {
    }

    /**
     * @param operation the operation that failed
     * @param response  a response whose status is not 200
     * @return the exception for it: a {@link ClientException} subclass for 4xx, a {@link ServerException} for
     *     5xx, an {@link UnknownException} for anything else
     */
    public static LowVoltageException toException(String operation, TransportResponse response) {
        int status = response.statusCode();
        Body body = parse(response.body());
        String code = body.code != null ? body.code : codeFromHeader(response);
        if (code == null) {
            code = "HTTP" + status;
        }
        ServiceError error = ServiceError.of(operation, status, code,
                body.message != null ? body.message : (body.json ? null : Json.sample(response.body())),
                response.header("x-amzn-RequestId"));
        Duration retryAfter = retryAfter(response);
        if (retryAfter != null) {
            error = error.withRetryAfter(retryAfter);
        }
        if (status >= 500 && status < 600) {
            return code.equals("InternalServerError") ? new InternalServerError(error) : new ServerException(error);
        }
        if (status < 400 || status >= 500) {
            return new UnknownException("Unexpected HTTP " + status + " for " + operation + ": " + error
                    + ". Check the endpoint: it may not be DynamoDB", null);
        }
        return switch (code) {
            case "ConditionalCheckFailedException" -> new ConditionalCheckFailedException(error, body.item);
            case "TransactionCanceledException" -> new TransactionCanceledException(error, body.reasons);
            default -> CLIENT_ERRORS.getOrDefault(code, UnknownClientException::new).apply(error);
        };
    }

    /** The {@code x-amz-retry-after} header, in milliseconds; ignored when it is not a number of them. */
    private static Duration retryAfter(TransportResponse response) {
        String header = response.header("x-amz-retry-after");
        if (header == null) {
            return null;
        }
        try {
            long millis = Long.parseLong(header.trim());
            return millis >= 0 ? Duration.ofMillis(millis) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String codeFromHeader(TransportResponse response) {
        String header = response.header("x-amzn-ErrorType");
        return header == null ? null : shortCode(header.split(":", 2)[0]);
    }

    /** {@code com.amazonaws.dynamodb.v20120810#ResourceNotFoundException} → {@code ResourceNotFoundException}. */
    static String shortCode(String type) {
        return type.substring(type.lastIndexOf('#') + 1);
    }

    /** What an error body holds; every part optional, since a 5xx may not even be JSON. */
    private static final class Body {
        boolean json;
        String code;
        String message;
        Item item = Item.empty();
        List<CancellationReason> reasons = List.of();
    }

    private static Body parse(byte[] bytes) {
        Body body = new Body();
        if (bytes.length == 0) {
            return body;
        }
        try (JsonParser parser = Json.parser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return body;
            }
            String name;
            while ((name = parser.nextName()) != null) {
                JsonToken token = parser.nextToken();
                switch (name) {
                    case "__type" -> body.code = shortCode(parser.getString());
                    case "message", "Message" -> body.message = parser.getString();
                    case "Item" -> body.item = AttributeValues.readItem(parser);
                    case "CancellationReasons" -> body.reasons = readReasons(parser);
                    default -> {
                        if (token.isStructStart()) {
                            parser.skipChildren();
                        }
                    }
                }
            }
            body.json = true;
        } catch (JacksonException | IllegalArgumentException | IllegalStateException notJson) {
            // A proxy or load balancer may answer with HTML or plain text, or a damaged body may hold values that
            // are not what they should be: keep the status, what was read, and a sample.
            body.json = false;
        }
        return body;
    }

    private static List<CancellationReason> readReasons(JsonParser parser) {
        List<CancellationReason> reasons = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String code = "None";
            String message = "";
            Item item = Item.empty();
            String name;
            while ((name = parser.nextName()) != null) {
                JsonToken token = parser.nextToken();
                switch (name) {
                    case "Code" -> code = parser.getString();
                    case "Message" -> message = parser.getString();
                    case "Item" -> item = AttributeValues.readItem(parser);
                    default -> {
                        if (token.isStructStart()) {
                            parser.skipChildren();
                        }
                    }
                }
            }
            reasons.add(new CancellationReason(code, message, item));
        }
        return reasons;
    }
}
