package org.claimbench.analysis.language;

/**
 * What loading the models cost, measured once when they were loaded.
 *
 * @param millis    wall-clock time to read the four models from their jars, in milliseconds
 * @param heapBytes heap the loaded models hold: used heap after a garbage collection, after loading minus before
 *                  (an estimate: other threads allocating at the same time blur it); -1 when the load did not
 *                  measure it ({@link English#loadMeasuringHeap()})
 */
public record ModelLoad(long millis, long heapBytes) {
}
