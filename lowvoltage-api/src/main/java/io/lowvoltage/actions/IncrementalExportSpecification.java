package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import io.lowvoltage.internal.json.JsonWrites;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The period and view of an incremental export: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_IncrementalExportSpecification.html">IncrementalExportSpecification</a>.
 * Immutable; unset members are {@code null} and not sent.
 *
 * <pre>{@code
 * IncrementalExportSpecification.between(from, to).withExportViewTypeNewAndOldImages()
 * }</pre>
 */
public final class IncrementalExportSpecification {
    private final Instant exportFromTime;
    private final Instant exportToTime;
    private final ExportViewType exportViewType;

    private IncrementalExportSpecification(Instant exportFromTime, Instant exportToTime,
            ExportViewType exportViewType) {
        this.exportFromTime = exportFromTime;
        this.exportToTime = exportToTime;
        this.exportViewType = exportViewType;
    }

    /**
     * @param exportFromTime the start of the period, inclusive (API member {@code ExportFromTime}), or {@code null}
     * @param exportToTime   the end of the period, exclusive (API member {@code ExportToTime}), or {@code null}
     * @param exportViewType what is written for each changed item (API member {@code ExportViewType}), or
     *                       {@code null}
     * @return the specification
     */
    public static IncrementalExportSpecification of(Instant exportFromTime, Instant exportToTime,
            ExportViewType exportViewType) {
        return new IncrementalExportSpecification(exportFromTime, exportToTime,
                exportViewType == null ? null : Shapes.known(exportViewType, "ExportViewType"));
    }

    /**
     * @param exportFromTime the start of the period, inclusive (API member {@code ExportFromTime})
     * @param exportToTime   the end of the period, exclusive (API member {@code ExportToTime})
     * @return the specification, with DynamoDB's default view
     */
    public static IncrementalExportSpecification between(Instant exportFromTime, Instant exportToTime) {
        return of(Objects.requireNonNull(exportFromTime, "exportFromTime"),
                Objects.requireNonNull(exportToTime, "exportToTime"), null);
    }

    /**
     * @param exportViewType what is written for each changed item (API member {@code ExportViewType})
     * @return a copy with that view
     */
    public IncrementalExportSpecification withExportViewType(ExportViewType exportViewType) {
        return of(exportFromTime, exportToTime, Objects.requireNonNull(exportViewType, "exportViewType"));
    }

    /** @return a copy writing the item as it is after each change */
    public IncrementalExportSpecification withExportViewTypeNewImage() {
        return withExportViewType(ExportViewType.NEW_IMAGE);
    }

    /** @return a copy writing the item before and after each change */
    public IncrementalExportSpecification withExportViewTypeNewAndOldImages() {
        return withExportViewType(ExportViewType.NEW_AND_OLD_IMAGES);
    }

    static IncrementalExportSpecification read(JsonParser parser) {
        Instant from = null;
        Instant to = null;
        ExportViewType viewType = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "ExportFromTime" -> from = JsonReads.instant(parser);
                case "ExportToTime" -> to = JsonReads.instant(parser);
                case "ExportViewType" -> viewType = Enums.read(parser, ExportViewType.class);
                default -> parser.skipChildren();
            }
        }
        return new IncrementalExportSpecification(from, to, viewType);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        FeatureShapes.instant(generator, FeatureMembers.EXPORT_FROM_TIME, exportFromTime);
        FeatureShapes.instant(generator, FeatureMembers.EXPORT_TO_TIME, exportToTime);
        JsonWrites.constant(generator, FeatureMembers.EXPORT_VIEW_TYPE, exportViewType);
        generator.writeEndObject();
    }

    /** @return the start of the period (API member {@code ExportFromTime}), or {@code null} */
    public Instant exportFromTime() {
        return exportFromTime;
    }

    /** @return the end of the period (API member {@code ExportToTime}), or {@code null} */
    public Instant exportToTime() {
        return exportToTime;
    }

    /** @return what is written for each changed item (API member {@code ExportViewType}), or {@code null} */
    public ExportViewType exportViewType() {
        return exportViewType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IncrementalExportSpecification that
                && Objects.equals(exportFromTime, that.exportFromTime)
                && Objects.equals(exportToTime, that.exportToTime) && exportViewType == that.exportViewType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(exportFromTime, exportToTime, exportViewType);
    }

    @Override
    public String toString() {
        return Shapes.toString("IncrementalExportSpecification", "from", exportFromTime, "to", exportToTime,
                "exportViewType", exportViewType);
    }
}
