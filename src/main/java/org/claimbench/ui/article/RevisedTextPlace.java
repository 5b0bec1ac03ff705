package org.claimbench.ui.article;

/**
 * Where a place in an article's text stands once the text is revised (an Edit text OK, its undo, a new version): the
 * pane showed the new text from its top, and an editor who fixed a typo far down had to scroll back to it after every OK
 * (editor58). Only the stretch between the texts' common start and common end changed; a place before it stays, a place
 * after it moves by the change in length, and a place inside it goes to the stretch's start, the edited place.
 * Offsets are UTF-16 units. The work is two scans of the texts (no diff), cheap enough for the JavaFX thread.
 */
final class RevisedTextPlace {

    private RevisedTextPlace() {
    }

    /**
     * The offset in {@code now} of the place at {@code at} in {@code was} (clamped to {@code was}'s length first).
     *
     * @return an offset in [0, now.length()]
     */
    static int after(String was, String now, int at) {
        int place = Math.max(0, Math.min(at, was.length()));
        int shorter = Math.min(was.length(), now.length());
        int head = 0;
        while (head < shorter && was.charAt(head) == now.charAt(head)) {
            head++;
        }
        if (head > 0 && Character.isHighSurrogate(was.charAt(head - 1))) {
            head--; // two characters that share their first UTF-16 unit ("😀" / "😁") differ as a whole
        }
        if (place <= head) {
            return Math.min(place, now.length());
        }
        int tail = 0;
        while (tail < shorter - head && was.charAt(was.length() - 1 - tail) == now.charAt(now.length() - 1 - tail)) {
            tail++;
        }
        if (tail > 0 && Character.isLowSurrogate(was.charAt(was.length() - tail))) {
            tail--;
        }
        if (place >= was.length() - tail) {
            return place + now.length() - was.length();
        }
        return head;
    }
}
