/**
 * AWS Signature Version 4 for LowVoltage: {@link io.lowvoltage.signing.SigV4Signer}, found by
 * {@code Connection.builder().build()} through {@link io.lowvoltage.signing.SigV4SignerProvider} (id
 * {@code sigv4}).
 *
 * <p>Every type here is thread-safe. Nothing in this package logs, so no secret can leak through a log.
 */
package io.lowvoltage.signing;
