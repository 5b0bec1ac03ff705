package org.claimbench.analysis.contradiction.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.meaning.MeaningVector;

/**
 * What a learned ranking reads of two claims' sentence vectors (all-MiniLM-L6-v2, {@link MeaningVector}) among a set
 * of claims, reduced to a few numbers that say how two claims relate and nothing of what they are about (no
 * dimension is a feature of its own, so no topic can be memorised):
 * <ul>
 * <li>"neighbour rank, nearer" / "neighbour rank, farther": 1 / r, where r is the rank (1 = nearest) of one claim among
 * the other's neighbours by cosine in other articles; the nearer and the farther of the two directions;</li>
 * <li>"cosine to the other article, higher" / "… lower": each claim's cosine to the mean vector of the other claim's
 * article (its claims in the set), the higher and the lower;</li>
 * <li>"cosine to the other lead, higher" / "… lower": each claim's cosine to the vector of the other claim's article
 * lead (its opening sentences, given; 0 where none is given);</li>
 * <li>"mean |u-v|": the mean absolute difference of the 384 values, times 10 (about 0 to 1);</li>
 * <li>"sign disagreement": the share of dimensions where the two values have opposite signs;</li>
 * <li>"top-10 share of u·v": the share of the sum of |u_i v_i| that the ten largest products carry.</li>
 * </ul>
 * A pair with a vector missing has every value 0. Not thread-safe to build; reads are.
 */
public final class MeaningFeatures {

    /** The features' names, in the order of {@link #of}'s array. */
    public static final List<String> NAMES = List.of("neighbour rank, nearer", "neighbour rank, farther", "cosine to the other article, higher",
            "cosine to the other article, lower", "cosine to the other lead, higher", "cosine to the other lead, lower", "mean |u-v|", "sign disagreement", "top-10 share of u·v");

    private final Map<Long, ClaimFacts> byId = new HashMap<>();
    private final Map<Long, float[]> articleMeans = new HashMap<>();
    private final List<ClaimFacts> claims;
    private final Map<Long, MeaningVector> leads;

    /** The features' reference set: every claim the pairs come from; no article leads. */
    public MeaningFeatures(List<ClaimFacts> claims) {
        this(claims, Map.of());
    }

    /** The features' reference set, and the vector of each article's lead by article id (an article missing reads 0). */
    public MeaningFeatures(List<ClaimFacts> claims, Map<Long, MeaningVector> leads) {
        this.claims = List.copyOf(claims);
        this.leads = Map.copyOf(leads);
        Map<Long, List<ClaimFacts>> byArticle = new LinkedHashMap<>();
        for (ClaimFacts c : claims) {
            byId.put(c.id(), c);
            if (c.vector().present()) {
                byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<Long, List<ClaimFacts>> e : byArticle.entrySet()) {
            float[] m = new float[MeaningVector.DIMENSIONS];
            for (ClaimFacts c : e.getValue()) {
                for (int i = 0; i < m.length; i++) {
                    m[i] += c.vector().value(i);
                }
            }
            articleMeans.put(e.getKey(), unit(m));
        }
    }

    /** The features of the pair of claims a and b (ids of the set). */
    public double[] of(long a, long b) {
        double[] x = new double[NAMES.size()];
        ClaimFacts ca = byId.get(a);
        ClaimFacts cb = byId.get(b);
        if (ca == null || cb == null || !ca.vector().present() || !cb.vector().present()) {
            return x;
        }
        double ra = 1.0 / rank(ca, cb);
        double rb = 1.0 / rank(cb, ca);
        x[0] = Math.max(ra, rb);
        x[1] = Math.min(ra, rb);
        double ta = cosine(ca.vector(), articleMeans.get(cb.articleId()));
        double tb = cosine(cb.vector(), articleMeans.get(ca.articleId()));
        x[2] = Math.max(ta, tb);
        x[3] = Math.min(ta, tb);
        double la = lead(ca.vector(), cb.articleId());
        double lb = lead(cb.vector(), ca.articleId());
        x[4] = Math.max(la, lb);
        x[5] = Math.min(la, lb);
        int d = MeaningVector.DIMENSIONS;
        double abs = 0;
        int opposite = 0;
        double[] products = new double[d];
        double productSum = 0;
        for (int i = 0; i < d; i++) {
            float u = ca.vector().value(i);
            float v = cb.vector().value(i);
            abs += Math.abs(u - v);
            opposite += u * v < 0 ? 1 : 0;
            products[i] = Math.abs(u * v);
            productSum += products[i];
        }
        x[6] = abs / d * 10;
        x[7] = (double) opposite / d;
        Arrays.sort(products);
        double top = 0;
        for (int i = d - 10; i < d; i++) {
            top += products[i];
        }
        x[8] = productSum == 0 ? 0 : top / productSum;
        return x;
    }

    /** The rank (1 = nearest) of b among a's neighbours by cosine among the claims of other articles than a's. */
    private int rank(ClaimFacts a, ClaimFacts b) {
        double target = a.vector().cosine(b.vector());
        int r = 1;
        for (ClaimFacts c : claims) {
            if (c.id() != b.id() && c.articleId() != a.articleId() && c.vector().present() && a.vector().cosine(c.vector()) > target) {
                r++;
            }
        }
        return r;
    }

    private double lead(MeaningVector v, long article) {
        MeaningVector l = leads.get(article);
        double c = l == null ? Double.NaN : v.cosine(l);
        return Double.isNaN(c) ? 0 : c;
    }

    private static double cosine(MeaningVector v, float[] unitMean) {
        if (unitMean == null) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < unitMean.length; i++) {
            s += v.value(i) * unitMean[i];
        }
        return s;
    }

    private static float[] unit(float[] m) {
        double n = 0;
        for (float f : m) {
            n += f * f;
        }
        n = Math.sqrt(n);
        if (n > 0) {
            for (int i = 0; i < m.length; i++) {
                m[i] /= (float) n;
            }
        }
        return m;
    }
}
