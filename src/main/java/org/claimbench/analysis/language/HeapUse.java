package org.claimbench.analysis.language;

/**
 * How much of the Java heap is in use, for the benchmarks' memory figures (the language models, the cue model, the
 * contradiction index). Not for decisions at run time: a full collection takes tens of milliseconds.
 */
public final class HeapUse {

    private HeapUse() {
    }

    /**
     * The heap in use after asking for a full collection three times (a collection may free what a finaliser or a weak
     * reference released only in the one before), in bytes. Never call it on the JavaFX thread.
     */
    public static long afterCollection() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
