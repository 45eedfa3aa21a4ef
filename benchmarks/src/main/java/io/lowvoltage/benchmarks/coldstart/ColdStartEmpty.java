package io.lowvoltage.benchmarks.coldstart;

/** An empty JVM: what starting Java costs before any client exists. */
public final class ColdStartEmpty {
    private ColdStartEmpty() {
    }

    public static void main(String[] args) {
        System.out.println("empty");
    }
}
