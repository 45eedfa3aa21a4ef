package io.lowvoltage.transport.tck;

/** How the {@link LocalServer} breaks one reply on purpose. */
public enum Fault {
    /** A well-formed reply. */
    NONE,
    /** Sends the status line, the headers and part of the declared body, then closes the connection (FIN). */
    CLOSE_MID_RESPONSE,
    /** Sends the status line, the headers and part of the declared body, then resets the connection (RST). */
    RESET_MID_RESPONSE,
    /** Sends the status line, the headers and part of the declared body, then sends nothing for 20 seconds. */
    STALL_MID_BODY
}
