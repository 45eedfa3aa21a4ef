package io.lowvoltage.actions;

import io.lowvoltage.internal.json.JsonReads;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * The auto scaling settings of a table, index or replica: DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AutoScalingSettingsDescription.html">AutoScalingSettingsDescription</a>.
 * Immutable; a value DynamoDB did not report is {@code null}, a list it did not report is empty.
 */
public final class AutoScalingSettingsDescription {
    private final Long minimumUnits;
    private final Long maximumUnits;
    private final Boolean autoScalingDisabled;
    private final String autoScalingRoleArn;
    private final List<AutoScalingPolicyDescription> scalingPolicies;

    private AutoScalingSettingsDescription(Long minimumUnits, Long maximumUnits, Boolean autoScalingDisabled,
            String autoScalingRoleArn, List<AutoScalingPolicyDescription> scalingPolicies) {
        this.minimumUnits = minimumUnits;
        this.maximumUnits = maximumUnits;
        this.autoScalingDisabled = autoScalingDisabled;
        this.autoScalingRoleArn = autoScalingRoleArn;
        this.scalingPolicies = scalingPolicies;
    }

    static AutoScalingSettingsDescription read(JsonParser parser) {
        Long minimumUnits = null;
        Long maximumUnits = null;
        Boolean autoScalingDisabled = null;
        String autoScalingRoleArn = null;
        List<AutoScalingPolicyDescription> scalingPolicies = List.of();
        for (String member = JsonReads.firstMember(parser); member != null; member = JsonReads.nextMember(parser)) {
            switch (member) {
                case "MinimumUnits" -> minimumUnits = JsonReads.longValue(parser);
                case "MaximumUnits" -> maximumUnits = JsonReads.longValue(parser);
                case "AutoScalingDisabled" -> autoScalingDisabled = JsonReads.bool(parser);
                case "AutoScalingRoleArn" -> autoScalingRoleArn = JsonReads.string(parser);
                case "ScalingPolicies" -> scalingPolicies = JsonReads.list(parser, AutoScalingPolicyDescription::read);
                default -> parser.skipChildren();
            }
        }
        return new AutoScalingSettingsDescription(minimumUnits, maximumUnits, autoScalingDisabled,
                autoScalingRoleArn, scalingPolicies);
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
     * @return role ARN used for configuring the auto scaling policy (API member {@code AutoScalingRoleArn}), or
     *         {@code null}
     */
    public String autoScalingRoleArn() {
        return autoScalingRoleArn;
    }

    /** @return information about the scaling policies (API member {@code ScalingPolicies}) */
    public List<AutoScalingPolicyDescription> scalingPolicies() {
        return scalingPolicies;
    }

    @Override
    public String toString() {
        return Shapes.toString("AutoScalingSettingsDescription", "minimumUnits", minimumUnits, "maximumUnits",
                maximumUnits, "autoScalingDisabled", autoScalingDisabled, "autoScalingRoleArn", autoScalingRoleArn,
                "scalingPolicies", scalingPolicies);
    }
}
