package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The auto scaling settings to set on a table, index or replica: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AutoScalingSettingsUpdate.html">AutoScalingSettingsUpdate</a>.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * AutoScalingSettingsUpdate.create().withMinimumUnits(1).withMaximumUnits(100)
 * .withScalingPolicyUpdate(AutoScalingPolicyUpdate.of(AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.of(70)))
 * }</pre>
 */
public final class AutoScalingSettingsUpdate {
    private final Long minimumUnits;
    private final Long maximumUnits;
    private final Boolean autoScalingDisabled;
    private final String autoScalingRoleArn;
    private final AutoScalingPolicyUpdate scalingPolicyUpdate;

    private AutoScalingSettingsUpdate(Long minimumUnits, Long maximumUnits, Boolean autoScalingDisabled,
            String autoScalingRoleArn, AutoScalingPolicyUpdate scalingPolicyUpdate) {
        this.minimumUnits = minimumUnits;
        this.maximumUnits = maximumUnits;
        this.autoScalingDisabled = autoScalingDisabled;
        this.autoScalingRoleArn = autoScalingRoleArn;
        this.scalingPolicyUpdate = scalingPolicyUpdate;
    }

    /**
     * @return the settings, with nothing set
     */
    public static AutoScalingSettingsUpdate create() {
        return new AutoScalingSettingsUpdate(null, null, null, null, null);
    }

    /**
     * @param minimumUnits the minimum capacity units that a global table or global secondary index should be scaled
     *                     down to (API member {@code MinimumUnits})
     * @return a copy with that value
     */
    public AutoScalingSettingsUpdate withMinimumUnits(long minimumUnits) {
        return new AutoScalingSettingsUpdate(minimumUnits, maximumUnits, autoScalingDisabled, autoScalingRoleArn,
                scalingPolicyUpdate);
    }

    /**
     * @param maximumUnits the maximum capacity units that a global table or global secondary index should be scaled up
     *                     to (API member {@code MaximumUnits})
     * @return a copy with that value
     */
    public AutoScalingSettingsUpdate withMaximumUnits(long maximumUnits) {
        return new AutoScalingSettingsUpdate(minimumUnits, maximumUnits, autoScalingDisabled, autoScalingRoleArn,
                scalingPolicyUpdate);
    }

    /**
     * @param autoScalingDisabled disabled auto scaling for this global table or global secondary index (API member
     *                            {@code AutoScalingDisabled})
     * @return a copy with that value
     */
    public AutoScalingSettingsUpdate withAutoScalingDisabled(boolean autoScalingDisabled) {
        return new AutoScalingSettingsUpdate(minimumUnits, maximumUnits, autoScalingDisabled, autoScalingRoleArn,
                scalingPolicyUpdate);
    }

    /**
     * @param autoScalingRoleArn role ARN used for configuring auto scaling policy (API member
     *                           {@code AutoScalingRoleArn})
     * @return a copy with that value
     */
    public AutoScalingSettingsUpdate withAutoScalingRoleArn(String autoScalingRoleArn) {
        return new AutoScalingSettingsUpdate(minimumUnits, maximumUnits, autoScalingDisabled,
                Objects.requireNonNull(autoScalingRoleArn, "autoScalingRoleArn"), scalingPolicyUpdate);
    }

    /**
     * @param scalingPolicyUpdate the scaling policy to apply for scaling target global table or global secondary index
     *                            capacity units (API member {@code ScalingPolicyUpdate})
     * @return a copy with that value
     */
    public AutoScalingSettingsUpdate withScalingPolicyUpdate(AutoScalingPolicyUpdate scalingPolicyUpdate) {
        return new AutoScalingSettingsUpdate(minimumUnits, maximumUnits, autoScalingDisabled, autoScalingRoleArn,
                Objects.requireNonNull(scalingPolicyUpdate, "scalingPolicyUpdate"));
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.number(generator, GlobalTableMembers.MINIMUM_UNITS, minimumUnits);
        JsonWrites.number(generator, GlobalTableMembers.MAXIMUM_UNITS, maximumUnits);
        JsonWrites.bool(generator, GlobalTableMembers.AUTO_SCALING_DISABLED, autoScalingDisabled);
        JsonWrites.string(generator, GlobalTableMembers.AUTO_SCALING_ROLE_ARN, autoScalingRoleArn);
        Shapes.object(generator, GlobalTableMembers.SCALING_POLICY_UPDATE, scalingPolicyUpdate,
                AutoScalingPolicyUpdate::write);
        generator.writeEndObject();
    }

    /**
     * @return the minimum capacity units that a global table or global secondary index should be scaled down to (API
     *         member {@code MinimumUnits}), or {@code null}
     */
    public Long minimumUnits() {
        return minimumUnits;
    }

    /**
     * @return the maximum capacity units that a global table or global secondary index should be scaled up to (API
     *         member {@code MaximumUnits}), or {@code null}
     */
    public Long maximumUnits() {
        return maximumUnits;
    }

    /**
     * @return disabled auto scaling for this global table or global secondary index (API member
     *         {@code AutoScalingDisabled}), or {@code null}
     */
    public Boolean autoScalingDisabled() {
        return autoScalingDisabled;
    }

    /**
     * @return role ARN used for configuring auto scaling policy (API member {@code AutoScalingRoleArn}), or
     *         {@code null}
     */
    public String autoScalingRoleArn() {
        return autoScalingRoleArn;
    }

    /**
     * @return the scaling policy to apply for scaling target global table or global secondary index capacity units (API
     *         member {@code ScalingPolicyUpdate}), or {@code null}
     */
    public AutoScalingPolicyUpdate scalingPolicyUpdate() {
        return scalingPolicyUpdate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AutoScalingSettingsUpdate that
                && Objects.equals(minimumUnits, that.minimumUnits)
                && Objects.equals(maximumUnits, that.maximumUnits)
                && Objects.equals(autoScalingDisabled, that.autoScalingDisabled)
                && Objects.equals(autoScalingRoleArn, that.autoScalingRoleArn)
                && Objects.equals(scalingPolicyUpdate, that.scalingPolicyUpdate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimumUnits, maximumUnits, autoScalingDisabled, autoScalingRoleArn, scalingPolicyUpdate);
    }

    @Override
    public String toString() {
        return Shapes.toString("AutoScalingSettingsUpdate", "minimumUnits", minimumUnits, "maximumUnits",
                maximumUnits, "autoScalingDisabled", autoScalingDisabled, "autoScalingRoleArn", autoScalingRoleArn,
                "scalingPolicyUpdate", scalingPolicyUpdate);
    }
}
