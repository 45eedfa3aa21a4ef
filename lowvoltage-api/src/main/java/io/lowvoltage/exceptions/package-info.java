/**
 * The exceptions of LowVoltage, rooted at {@link io.lowvoltage.exceptions.LowVoltageException}: one class per
 * DynamoDB error code, and one per kind of local failure.
 */
package io.lowvoltage.exceptions;
