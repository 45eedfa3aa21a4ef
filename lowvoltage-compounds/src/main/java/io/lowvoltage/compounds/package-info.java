/**
 * Compounds: helpers that perform several actions for one purpose. {@link io.lowvoltage.compounds.Compounds} is
 * the front door; {@link io.lowvoltage.compounds.Paginator} and {@link io.lowvoltage.compounds.Waiter} are the
 * engines that new paginated operations and waiters plug into. Uses only the public api.
 */
package io.lowvoltage.compounds;
