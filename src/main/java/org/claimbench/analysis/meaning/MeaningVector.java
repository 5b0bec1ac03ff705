package org.claimbench.analysis.meaning;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A sentence vector stored compactly: {@value #DIMENSIONS} values as signed bytes (int8) with one
 * scale, so value i is {@code values[i] * scale}. Vectors are unit length before quantisation, so
 * {@link #cosine} is their dot product; int8 keeps it within about 0.01 of the float value. Stored
 * as 4 + 384 bytes ({@link #toBytes}). {@link #ABSENT} stands for a claim whose vector is not
 * computed yet. Immutable.
 */
public final class MeaningVector {

    /** all-MiniLM-L6-v2's dimensions. */
    public static final int DIMENSIONS = 384;
    /** No vector (not computed yet): its cosine with anything is NaN. */
    public static final MeaningVector ABSENT = new MeaningVector(new byte[0], 0);

    private final byte[] values;
    private final float scale;

    private MeaningVector(byte[] values, float scale) {
        this.values = values;
        this.scale = scale;
    }

    /** Quantises a float vector (normalised to unit length first). */
    public static MeaningVector of(float[] v) {
        double norm = 0;
        float max = 0;
        for (float x : v) {
            norm += x * x;
            max = Math.max(max, Math.abs(x));
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return new MeaningVector(new byte[v.length], 0);
        }
        float scale = (float) (max / norm / 127.0);
        byte[] q = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            q[i] = (byte) Math.round(v[i] / norm / scale);
        }
        return new MeaningVector(q, scale);
    }

    /** Reads what {@link #toBytes} wrote; throws IllegalArgumentException for anything else. */
    public static MeaningVector fromBytes(byte[] stored) {
        if (stored == null || stored.length != 4 + DIMENSIONS) {
            throw new IllegalArgumentException("a stored vector has " + (4 + DIMENSIONS) + " bytes, not "
                    + (stored == null ? 0 : stored.length));
        }
        ByteBuffer b = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
        float scale = b.getFloat();
        return new MeaningVector(Arrays.copyOfRange(stored, 4, stored.length), scale);
    }

    /** The scale (little-endian float) and the 384 values. */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(4 + values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putFloat(scale);
        b.put(values);
        return b.array();
    }

    public boolean present() {
        return values.length > 0;
    }

    /** The cosine of two vectors (their dot product: both are unit length); NaN if either is absent. */
    public double cosine(MeaningVector o) {
        if (!present() || !o.present()) {
            return Double.NaN;
        }
        int s = 0;
        byte[] a = values;
        byte[] b = o.values;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s * (double) scale * o.scale;
    }

    /** Value i as a float. */
    public float value(int i) {
        return values[i] * scale;
    }

    /** How many values (384, or 0 when absent). */
    public int size() {
        return values.length;
    }

    byte[] raw() {
        return values;
    }

    float scale() {
        return scale;
    }
}
