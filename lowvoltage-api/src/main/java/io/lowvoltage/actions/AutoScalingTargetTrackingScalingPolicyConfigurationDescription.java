package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;

/**
 * The target tracking settings of an auto scaling policy: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AutoScalingTargetTrackingScalingPolicyConfigurationDescription.html">AutoScalingTargetTrackingScalingPolicyConfigurationDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class AutoScalingTargetTrackingScalingPolicyConfigurationDescription {
    private final Boolean disableScaleIn;
    private final Integer scaleInCooldown;
    private final Integer scaleOutCooldown;
    private final BigDecimal targetValue;

    private AutoScalingTargetTrackingScalingPolicyConfigurationDescription(Boolean disableScaleIn,
            Integer scaleInCooldown, Integer scaleOutCooldown, BigDecimal targetValue) {
        this.disableScaleIn = disableScaleIn;
        this.scaleInCooldown = scaleInCooldown;
        this.scaleOutCooldown = scaleOutCooldown;
        this.targetValue = targetValue;
    }

    static AutoScalingTargetTrackingScalingPolicyConfigurationDescription read(JsonParser parser) {
        Boolean disableScaleIn = null;
        Integer scaleInCooldown = null;
        Integer scaleOutCooldown = null;
        BigDecimal targetValue = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "DisableScaleIn" -> disableScaleIn = JsonReads.bool(parser);
                case "ScaleInCooldown" -> scaleInCooldown = JsonReads.intValue(parser);
                case "ScaleOutCooldown" -> scaleOutCooldown = JsonReads.intValue(parser);
                case "TargetValue" -> targetValue = JsonReads.decimal(parser);
                default -> parser.skipChildren();
            }
        }
        return new AutoScalingTargetTrackingScalingPolicyConfigurationDescription(disableScaleIn, scaleInCooldown,
                scaleOutCooldown, targetValue);
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

    /** @return the target value for the metric (API member {@code TargetValue}), or {@code null} */
    public BigDecimal targetValue() {
        return targetValue;
    }

    @Override
    public String toString() {
        return Shapes.toString("AutoScalingTargetTrackingScalingPolicyConfigurationDescription", "disableScaleIn",
                disableScaleIn, "scaleInCooldown", scaleInCooldown, "scaleOutCooldown", scaleOutCooldown,
                "targetValue", targetValue);
    }
}
