package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import tools.jackson.core.JsonParser;

/**
 * An auto scaling policy: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AutoScalingPolicyDescription.html">AutoScalingPolicyDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class AutoScalingPolicyDescription {
    private final String policyName;
    private final AutoScalingTargetTrackingScalingPolicyConfigurationDescription targetTrackingScalingPolicyConfiguration;

    private AutoScalingPolicyDescription(String policyName,
            AutoScalingTargetTrackingScalingPolicyConfigurationDescription targetTrackingScalingPolicyConfiguration) {
        this.policyName = policyName;
        this.targetTrackingScalingPolicyConfiguration = targetTrackingScalingPolicyConfiguration;
    }

    static AutoScalingPolicyDescription read(JsonParser parser) {
        String policyName = null;
        AutoScalingTargetTrackingScalingPolicyConfigurationDescription targetTrackingScalingPolicyConfiguration = null;
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "PolicyName" -> policyName = JsonReads.string(parser);
                case "TargetTrackingScalingPolicyConfiguration" -> targetTrackingScalingPolicyConfiguration = AutoScalingTargetTrackingScalingPolicyConfigurationDescription.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new AutoScalingPolicyDescription(policyName, targetTrackingScalingPolicyConfiguration);
    }

    /** @return the name of the scaling policy (API member {@code PolicyName}), or {@code null} */
    public String policyName() {
        return policyName;
    }

    /**
     * @return represents a target tracking scaling policy configuration (API member
     *         {@code TargetTrackingScalingPolicyConfiguration}), or {@code null}
     */
    public AutoScalingTargetTrackingScalingPolicyConfigurationDescription targetTrackingScalingPolicyConfiguration() {
        return targetTrackingScalingPolicyConfiguration;
    }

    @Override
    public String toString() {
        return Shapes.toString("AutoScalingPolicyDescription", "policyName", policyName,
                "targetTrackingScalingPolicyConfiguration", targetTrackingScalingPolicyConfiguration);
    }
}
