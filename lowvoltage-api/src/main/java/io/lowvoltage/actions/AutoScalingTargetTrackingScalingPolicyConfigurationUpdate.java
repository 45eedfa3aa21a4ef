package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The target tracking settings of an auto scaling policy to set: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.html">AutoScalingTargetTrackingScalingPolicyConfigurationUpdate</a>.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.of(70).withScaleInCooldown(60)
 * }</pre>
 */
public final class AutoScalingTargetTrackingScalingPolicyConfigurationUpdate {
    private final Boolean disableScaleIn;
    private final Integer scaleInCooldown;
    private final Integer scaleOutCooldown;
    private final BigDecimal targetValue;

    private AutoScalingTargetTrackingScalingPolicyConfigurationUpdate(Boolean disableScaleIn,
            Integer scaleInCooldown, Integer scaleOutCooldown, BigDecimal targetValue) {
        this.disableScaleIn = disableScaleIn;
        this.scaleInCooldown = scaleInCooldown;
        this.scaleOutCooldown = scaleOutCooldown;
        this.targetValue = targetValue;
    }

    /**
     * @param targetValue the target value for the metric (API member {@code TargetValue})
     * @return the configuration
     */
    public static AutoScalingTargetTrackingScalingPolicyConfigurationUpdate of(double targetValue) {
        return new AutoScalingTargetTrackingScalingPolicyConfigurationUpdate(null, null, null,
                BigDecimal.valueOf(targetValue));
    }

    /**
     * @param disableScaleIn indicates whether scale in by the target tracking policy is disabled (API member
     *                       {@code DisableScaleIn})
     * @return a copy with that value
     */
    public AutoScalingTargetTrackingScalingPolicyConfigurationUpdate withDisableScaleIn(boolean disableScaleIn) {
        return new AutoScalingTargetTrackingScalingPolicyConfigurationUpdate(disableScaleIn, scaleInCooldown,
                scaleOutCooldown, targetValue);
    }

    /**
     * @param scaleInCooldown the amount of time, in seconds, after a scale in activity completes before another scale
     *                        in activity can start (API member {@code ScaleInCooldown})
     * @return a copy with that value
     */
    public AutoScalingTargetTrackingScalingPolicyConfigurationUpdate withScaleInCooldown(int scaleInCooldown) {
        return new AutoScalingTargetTrackingScalingPolicyConfigurationUpdate(disableScaleIn, scaleInCooldown,
                scaleOutCooldown, targetValue);
    }

    /**
     * @param scaleOutCooldown the scale out cooldown (API member {@code ScaleOutCooldown})
     * @return a copy with that value
     */
    public AutoScalingTargetTrackingScalingPolicyConfigurationUpdate withScaleOutCooldown(int scaleOutCooldown) {
        return new AutoScalingTargetTrackingScalingPolicyConfigurationUpdate(disableScaleIn, scaleInCooldown,
                scaleOutCooldown, targetValue);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.bool(generator, GlobalTableMembers.DISABLE_SCALE_IN, disableScaleIn);
        JsonWrites.number(generator, GlobalTableMembers.SCALE_IN_COOLDOWN, scaleInCooldown);
        JsonWrites.number(generator, GlobalTableMembers.SCALE_OUT_COOLDOWN, scaleOutCooldown);
        JsonWrites.number(generator, GlobalTableMembers.TARGET_VALUE, targetValue);
        generator.writeEndObject();
    }

    /**
     * @return indicates whether scale in by the target tracking policy is disabled (API member {@code DisableScaleIn}),
     *         or {@code null}
     */
    public Boolean disableScaleIn() {
        return disableScaleIn;
    }

    /**
     * @return the amount of time, in seconds, after a scale in activity completes before another scale in activity can
     *         start (API member {@code ScaleInCooldown}), or {@code null}
     */
    public Integer scaleInCooldown() {
        return scaleInCooldown;
    }

    /** @return the scale out cooldown (API member {@code ScaleOutCooldown}), or {@code null} */
    public Integer scaleOutCooldown() {
        return scaleOutCooldown;
    }

    /** @return the target value for the metric (API member {@code TargetValue}) */
    public BigDecimal targetValue() {
        return targetValue;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AutoScalingTargetTrackingScalingPolicyConfigurationUpdate that
                && Objects.equals(disableScaleIn, that.disableScaleIn)
                && Objects.equals(scaleInCooldown, that.scaleInCooldown)
                && Objects.equals(scaleOutCooldown, that.scaleOutCooldown)
                && Objects.equals(targetValue, that.targetValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(disableScaleIn, scaleInCooldown, scaleOutCooldown, targetValue);
    }

    @Override
    public String toString() {
        return Shapes.toString("AutoScalingTargetTrackingScalingPolicyConfigurationUpdate", "disableScaleIn",
                disableScaleIn, "scaleInCooldown", scaleInCooldown, "scaleOutCooldown", scaleOutCooldown,
                "targetValue", targetValue);
    }
}
