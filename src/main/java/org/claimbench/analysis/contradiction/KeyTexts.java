package org.claimbench.analysis.contradiction;

import java.util.Arrays;

/**
 * Blocking keys' texts numbered in the order they are first given, held as bytes in pages of a fixed size: a key's bytes are
 * its length (a varint, with a mark for two bytes a character) then its text, one byte a character where every character is
 * below 256 (Latin-1), two otherwise (UTF-16), never across a page's end; keys are found again through an open-addressing
 * table of numbers by the text's {@link String#hashCode}. A key costs its characters and some 18 bytes, where a
 * {@code String} and a hash map's slots cost some 80 for the 20-character keys most are: at 100,000 claims about 460,000
 * keys are held while they are numbered, and that moment's heap was the build's highest (docs/speed.md, rounds 29 and 30).
 *
 * <p>The texts, their starts and their hashes grow a page at a time and are never copied: one array doubled as it grew
 * held up to half again of slack, and while it was copied the old and the new were both live (at 100,000 claims some
 * 24 MB at the moment of the second build's highest heap, round 30). Only the table of numbers by hash is copied as it
 * doubles (4 bytes a slot, at most half full).
 *
 * <p>{@link #numberOf} is not thread-safe; {@link #get} and {@link #size} may be called from many threads at once while no
 * key is added.
 */
final class KeyTexts {

    /** Bytes a page by default (32 KB: at 460,000 keys some 300 pages, less than one key's worth of waste a page). */
    static final int PAGE_SHIFT = 15;
    /** Ints a row of starts and of hashes (32 KB each). */
    private static final int ROW_SHIFT = 13;
    private static final int ROW_MASK = (1 << ROW_SHIFT) - 1;

    private final int pageShift;
    private final int pageMask;
    /**
     * The pages by number: a key's bytes sit in the page of its start and never run past its end. A key longer than a page
     * takes the page numbers its bytes would cover, its own array in the first of them, the others left null.
     */
    private byte[][] pages = new byte[16][];
    /** Where the next key's bytes would start, as a page number shifted up by the page's bits plus the place in the page. */
    private int used;
    /** Where key k's bytes start (its length first), by row of {@link #ROW_SHIFT} bits. */
    private int[][] starts = new int[16][];
    private int[][] hashes = new int[16][];
    /** Key number + 1 by slot, 0 where empty; at most half full. */
    private int[] slots = new int[1 << 11];
    private int size;

    /** Keys held in pages of 32 KB. */
    KeyTexts() {
        this(PAGE_SHIFT);
    }

    /** Keys held in pages of 2^pageShift bytes (small pages for tests of their ends; 1 to 30). */
    KeyTexts(int pageShift) {
        if (pageShift < 1 || pageShift > 30) {
            throw new IllegalArgumentException("page shift " + pageShift + " is not between 1 and 30");
        }
        this.pageShift = pageShift;
        this.pageMask = (1 << pageShift) - 1;
    }

    /** How many keys are numbered (the next key's number). */
    int size() {
        return size;
    }

    /** The bytes the pages hold, in use or not (for tests and measures: at most one page more than the keys need). */
    long bytesHeld() {
        long held = 0;
        for (byte[] page : pages) {
            held += page == null ? 0 : page.length;
        }
        return held;
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
            if (hash(v - 1) == h && textIs(v - 1, key)) {
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
            if (hash(k) == h && textIs(k, key)) {
                return k;
            }
        }
        int k = size++;
        boolean latin1 = true;
        for (int i = 0; i < key.length() && latin1; i++) {
            latin1 = key.charAt(i) < 256;
        }
        int head = (key.length() << 1) | (latin1 ? 0 : 1);
        int length = headLength(head) + (latin1 ? key.length() : 2 * key.length());
        int at = place(length);
        byte[] page = pages[at >>> pageShift];
        int b = at & pageMask;
        for (int rest = head; ; rest >>>= 7) {
            if (rest < 0x80) {
                page[b++] = (byte) rest;
                break;
            }
            page[b++] = (byte) (0x80 | (rest & 0x7f));
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!latin1) {
                page[b++] = (byte) (c >>> 8);
            }
            page[b++] = (byte) c;
        }
        set(k, at, h);
        slots[s] = k + 1;
        if (2 * size > slots.length) {
            grow();
        }
        return k;
    }

    /** Key k's text (for tests and messages; the numbering itself never makes one). */
    String text(int k) {
        int at = row(starts, k);
        byte[] page = pages[at >>> pageShift];
        int b = at & pageMask;
        int head = readHead(page, b);
        b += headLength(head);
        boolean twoBytes = (head & 1) != 0;
        StringBuilder out = new StringBuilder(head >>> 1);
        for (int i = 0; i < head >>> 1; i++) {
            out.append(twoBytes ? (char) (((page[b + 2 * i] & 0xff) << 8) | (page[b + 2 * i + 1] & 0xff)) : (char) (page[b + i] & 0xff));
        }
        return out.toString();
    }

    private boolean textIs(int k, String key) {
        int at = row(starts, k);
        byte[] page = pages[at >>> pageShift];
        int b = at & pageMask;
        int head = readHead(page, b);
        if (head >>> 1 != key.length()) {
            return false;
        }
        b += headLength(head);
        boolean twoBytes = (head & 1) != 0;
        for (int i = 0; i < key.length(); i++) {
            char held = twoBytes ? (char) (((page[b + 2 * i] & 0xff) << 8) | (page[b + 2 * i + 1] & 0xff)) : (char) (page[b + i] & 0xff);
            if (held != key.charAt(i)) {
                return false;
            }
        }
        // A text that fits one byte a character is always held so: the same text is never held both ways.
        return true;
    }

    /** Where a key of {@code length} bytes goes: after the last one, or at the next page's start when it would cross an end. */
    private int place(int length) {
        int pageSize = pageMask + 1;
        int at = used;
        if ((at & pageMask) + length > pageSize) {
            at = (at | pageMask) + 1;
        }
        int first = at >>> pageShift;
        int last = (at + length - 1) >>> pageShift;
        if (last >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(2 * pages.length, last + 1));
        }
        if (pages[first] == null) {
            pages[first] = new byte[Math.max(pageSize, length)];
        }
        // A key longer than a page has the page numbers it covers to itself: the next key starts after them.
        used = last > first ? (last + 1) << pageShift : at + length;
        return at;
    }

    private void set(int k, int at, int hash) {
        int r = k >>> ROW_SHIFT;
        if (r >= starts.length) {
            starts = Arrays.copyOf(starts, 2 * starts.length);
            hashes = Arrays.copyOf(hashes, 2 * hashes.length);
        }
        if (starts[r] == null) {
            starts[r] = new int[1 << ROW_SHIFT];
            hashes[r] = new int[1 << ROW_SHIFT];
        }
        starts[r][k & ROW_MASK] = at;
        hashes[r][k & ROW_MASK] = hash;
    }

    private int hash(int k) {
        return row(hashes, k);
    }

    private static int row(int[][] rows, int k) {
        return rows[k >>> ROW_SHIFT][k & ROW_MASK];
    }

    /** A key's head: its length in characters shifted up one, its lowest bit set when it is held two bytes a character. */
    private static int readHead(byte[] page, int b) {
        int head = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = page[b++];
            head |= (x & 0x7f) << shift;
            if (x >= 0) {
                return head;
            }
        }
    }

    /** How many bytes a head takes (7 bits a byte). */
    private static int headLength(int head) {
        int bytes = 1;
        for (int rest = head >>> 7; rest != 0; rest >>>= 7) {
            bytes++;
        }
        return bytes;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int k = 0; k < size; k++) {
            int s = mix(hash(k)) & mask;
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
