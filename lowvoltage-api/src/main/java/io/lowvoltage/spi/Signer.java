package io.lowvoltage.spi;

/**
 * Signs requests: the pluggable request signer of a {@code Connection} (AWS Signature Version 4 in
 * {@code lowvoltage-signing}).
 *
 * <p>Implementations MUST be thread-safe and MUST NOT mutate their input: they return a new request that
 * carries the signature headers. The signature headers belong to the signer: signing a request that was signed
 * before (a retry) replaces them. They MAY cache derived keys; they MUST NOT log secrets.
 */
public interface Signer {
    /**
     * Signs a request.
     *
     * @param request    the request to sign: its URI gives the signed {@code host}, its body the payload hash
     * @param parameters who signs, for which region and service, at what time
     * @return a new request with the date, security token (if any) and authorization headers added
     */
    TransportRequest sign(TransportRequest request, SigningParameters parameters);
}
