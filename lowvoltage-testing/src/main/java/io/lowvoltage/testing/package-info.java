/**
 * Runs dynalite, a local DynamoDB-compatible server from npm, for tests: {@link io.lowvoltage.testing.Dynalite}
 * installs and starts it on {@code 127.0.0.1}, and {@link io.lowvoltage.testing.DynaliteExtension} (or
 * {@link io.lowvoltage.testing.LocalDynamoDB}) hands JUnit Jupiter tests a ready {@link io.lowvoltage.Connection}.
 *
 * <p>Add this module in test scope. It needs Node.js 20 or newer and npm on the PATH; without them it fails with
 * a message saying what to install, and never skips a test.
 */
package io.lowvoltage.testing;
