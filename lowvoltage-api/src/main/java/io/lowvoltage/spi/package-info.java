/**
 * The service provider interfaces of LowVoltage: the HTTP {@link io.lowvoltage.spi.Transport} and the request
 * {@link io.lowvoltage.spi.Signer}, each made by a provider that {@code Connection.builder().build()} finds
 * with {@link java.util.ServiceLoader}.
 */
package io.lowvoltage.spi;
