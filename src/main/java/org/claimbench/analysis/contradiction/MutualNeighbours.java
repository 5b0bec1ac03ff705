package org.claimbench.analysis.contradiction;

/**
 * Two claims that are each among the other's nearest by meaning within their event meet, however far down the one's list
 * the other stands among the first few. A claim's nearest few alone ({@link EventNeighbours#NEIGHBOURS}) miss the pair
 * whose claims are each the other's sixth or ninth: both sides' accounts of one point, each worded in its own way, where
 * more claims of a busy event speak of other points in closer words. Being near from both sides is what a pair of
 * accounts of one point has and a claim near to many (a claim of common words, a "hub") lacks: mutual nearest neighbours
 * (Gowda and Krishna 1978; hubs in high-dimensional nearest neighbours, Radovanović et al. 2010).
 */
final class MutualNeighbours {

    private MutualNeighbours() {
    }

    /**
     * For each claim i, the first {@code first} of its nearest (nearest first, as {@code wide[i]} gives them) and, after
     * them, each further one j of {@code wide[i]} that has i in {@code wide[j]} too.
     */
    static int[][] kept(int[][] wide, int first) {
        int[][] out = new int[wide.length][];
        for (int i = 0; i < wide.length; i++) {
            int[] mine = wide[i];
            int[] keep = new int[mine.length];
            int count = 0;
            for (int t = 0; t < mine.length; t++) {
                if (t < first || contains(wide[mine[t]], i)) {
                    keep[count++] = mine[t];
                }
            }
            out[i] = java.util.Arrays.copyOf(keep, count);
        }
        return out;
    }

    private static boolean contains(int[] xs, int x) {
        for (int y : xs) {
            if (y == x) {
                return true;
            }
        }
        return false;
    }
}
