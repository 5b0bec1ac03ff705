package org.claimbench.analysis.contradiction;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Blocking keys' texts numbered in the order they are first given, held in one byte array: a text of characters below 256
 * as one byte a character (Latin-1), any other as two (UTF-16), found again through an open-addressing table of numbers by
 * the text's {@link String#hashCode}. A key costs its characters and some 16 bytes, where a {@code String} and a hash map's
 * slots cost some 80 for the 20-character keys most are: at 100,000 claims about 460,000 keys are held while they are
 * numbered, and that moment's heap was the build's highest (docs/speed.md, round 29).
 *
 * <p>{@link #numberOf} is not thread-safe; {@link #get} and {@link #size} may be called from many threads at once while no
 * key is added.
 */
final class KeyTexts {

    private byte[] bytes = new byte[1 << 12];
    private int used;
    /** Where key k's bytes start; start[k + 1] where they end. */
    private int[] start = new int[1 << 10];
    private int[] hashes = new int[1 << 10];
    /** The keys held as two bytes a character. */
    private final BitSet wide = new BitSet();
    /** Key number + 1 by slot, 0 where empty; at most half full. */
    private int[] slots = new int[1 << 11];
    private int size;

    /** How many keys are numbered (the next key's number). */
    int size() {
        return size;
    }

    /** A key's number, -1 when it has none. */
    int get(String key) {
        int h = key.hashCode();
        int mask = slots.length - 1;
        for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
            int v = slots[s];
            if (v == 0) {
                return -1;
            }
            if (hashes[v - 1] == h && textIs(v - 1, key)) {
                return v - 1;
            }
        }
    }

    /** A key's number, the next one given to it when it has none yet. */
    int numberOf(String key) {
        int h = key.hashCode();
        int mask = slots.length - 1;
        int s = mix(h) & mask;
        for (; slots[s] != 0; s = (s + 1) & mask) {
            int k = slots[s] - 1;
            if (hashes[k] == h && textIs(k, key)) {
                return k;
            }
        }
        int k = size++;
        if (size + 1 > start.length) {
            start = Arrays.copyOf(start, start.length * 2);
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        hashes[k] = h;
        boolean latin1 = true;
        for (int i = 0; i < key.length() && latin1; i++) {
            latin1 = key.charAt(i) < 256;
        }
        int length = latin1 ? key.length() : 2 * key.length();
        if (used + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (latin1) {
                bytes[used++] = (byte) c;
            } else {
                bytes[used++] = (byte) (c >>> 8);
                bytes[used++] = (byte) c;
            }
        }
        if (!latin1) {
            wide.set(k);
        }
        start[k + 1] = used;
        slots[s] = k + 1;
        if (2 * size > slots.length) {
            grow();
        }
        return k;
    }

    /** Key k's text (for tests and messages; the numbering itself never makes one). */
    String text(int k) {
        int from = start[k];
        int to = start[k + 1];
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i += wide.get(k) ? 2 : 1) {
            out.append(wide.get(k) ? (char) (((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)) : (char) (bytes[i] & 0xff));
        }
        return out.toString();
    }

    private boolean textIs(int k, String key) {
        int from = start[k];
        boolean twoBytes = wide.get(k);
        int length = (start[k + 1] - from) >> (twoBytes ? 1 : 0);
        if (length != key.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char held = twoBytes ? (char) (((bytes[from + 2 * i] & 0xff) << 8) | (bytes[from + 2 * i + 1] & 0xff))
                    : (char) (bytes[from + i] & 0xff);
            if (held != key.charAt(i)) {
                return false;
            }
        }
        // A text that fits one byte a character is always held so: the same text is never held both ways.
        return true;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int k = 0; k < size; k++) {
            int s = mix(hashes[k]) & mask;
            while (bigger[s] != 0) {
                s = (s + 1) & mask;
            }
            bigger[s] = k + 1;
        }
        slots = bigger;
    }

    /** Spreads a hash's bits over the table's (Fibonacci hashing: String.hashCode's low bits alone cluster). */
    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
