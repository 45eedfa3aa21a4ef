package io.lowvoltage.actions;

import io.lowvoltage.internal.Require;
import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * The members that EnableKinesisStreamingDestination, DisableKinesisStreamingDestination and
 * UpdateKinesisStreamingDestination share: the table, the Kinesis data stream and a configuration whose member
 * name differs. Each action keeps one.
 */
final class KinesisStreamingDestinationRequest {
    private final String operation;
    private final SerializableString configurationMember;
    private String tableName;
    private String streamArn;
    private KinesisStreamingConfiguration configuration;

    KinesisStreamingDestinationRequest(String operation, SerializableString configurationMember) {
        this.operation = operation;
        this.configurationMember = configurationMember;
    }

    void tableName(String tableName) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    void streamArn(String streamArn) {
        this.streamArn = Objects.requireNonNull(streamArn, "streamArn");
    }

    void configuration(KinesisStreamingConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    void validate() {
        String howToSet = "new " + operation + "(tableName, streamArn) or .";
        Require.present(tableName, operation, "TableName", howToSet + "tableName(...)");
        Require.present(streamArn, operation, "StreamArn", howToSet + "streamArn(...)");
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, Members.TABLE_NAME, tableName);
        JsonWrites.string(generator, FeatureMembers.STREAM_ARN, streamArn);
        Shapes.object(generator, configurationMember, configuration, KinesisStreamingConfiguration::write);
        generator.writeEndObject();
    }
}
