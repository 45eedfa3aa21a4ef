package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonWrites;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * An auto scaling policy to set: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AutoScalingPolicyUpdate.html">AutoScalingPolicyUpdate</a>.
 * Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * AutoScalingPolicyUpdate.of(AutoScalingTargetTrackingScalingPolicyConfigurationUpdate.of(70)).withPolicyName("p")
 * }</pre>
 */
public final class AutoScalingPolicyUpdate {
    private final String policyName;
    private final AutoScalingTargetTrackingScalingPolicyConfigurationUpdate targetTrackingScalingPolicyConfiguration;

    private AutoScalingPolicyUpdate(String policyName,
            AutoScalingTargetTrackingScalingPolicyConfigurationUpdate targetTrackingScalingPolicyConfiguration) {
        this.policyName = policyName;
        this.targetTrackingScalingPolicyConfiguration = targetTrackingScalingPolicyConfiguration;
    }

    /**
     * @param targetTrackingScalingPolicyConfiguration represents a target tracking scaling policy configuration (API
     *                                                 member {@code TargetTrackingScalingPolicyConfiguration})
     * @return the policy
     */
    public static AutoScalingPolicyUpdate of(
            AutoScalingTargetTrackingScalingPolicyConfigurationUpdate targetTrackingScalingPolicyConfiguration) {
        return new AutoScalingPolicyUpdate(null, Objects.requireNonNull(targetTrackingScalingPolicyConfiguration,
                "targetTrackingScalingPolicyConfiguration"));
    }

    /**
     * @param policyName the name of the scaling policy (API member {@code PolicyName})
     * @return a copy with that value
     */
    public AutoScalingPolicyUpdate withPolicyName(String policyName) {
        return new AutoScalingPolicyUpdate(Objects.requireNonNull(policyName, "policyName"),
                targetTrackingScalingPolicyConfiguration);
    }

    void write(JsonGenerator generator) {
        generator.writeStartObject();
        JsonWrites.string(generator, GlobalTableMembers.POLICY_NAME, policyName);
        Shapes.object(generator, GlobalTableMembers.TARGET_TRACKING_SCALING_POLICY_CONFIGURATION,
                targetTrackingScalingPolicyConfiguration,
                AutoScalingTargetTrackingScalingPolicyConfigurationUpdate::write);
        generator.writeEndObject();
    }

    /** @return the name of the scaling policy (API member {@code PolicyName}), or {@code null} */
    public String policyName() {
        return policyName;
    }

    /**
     * @return represents a target tracking scaling policy configuration (API member
     *         {@code TargetTrackingScalingPolicyConfiguration})
     */
    public AutoScalingTargetTrackingScalingPolicyConfigurationUpdate targetTrackingScalingPolicyConfiguration() {
        return targetTrackingScalingPolicyConfiguration;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AutoScalingPolicyUpdate that
                && Objects.equals(policyName, that.policyName)
                && Objects.equals(targetTrackingScalingPolicyConfiguration,
                        that.targetTrackingScalingPolicyConfiguration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policyName, targetTrackingScalingPolicyConfiguration);
    }

    @Override
    public String toString() {
        return Shapes.toString("AutoScalingPolicyUpdate", "policyName", policyName,
                "targetTrackingScalingPolicyConfiguration", targetTrackingScalingPolicyConfiguration);
    }
}
