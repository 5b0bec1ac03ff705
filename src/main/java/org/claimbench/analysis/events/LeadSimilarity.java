package org.claimbench.analysis.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much two articles' leads speak of the same things: the cosine of their tf-idf word vectors
 * (Salton and Buckley 1988), the document frequencies taken over the articles being grouped, so
 * words every article uses ("ceasefire" in a workspace about one war) weigh little and the
 * particulars of one event (its places, its people, its terms) weigh much.
 */
final class LeadSimilarity {

    private final List<Map<String, Double>> vectors;

    LeadSimilarity(List<List<String>> leads) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> words : leads) {
            words.stream().distinct().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = leads.size();
        vectors = leads.stream().map(words -> {
            Map<String, Double> tf = new HashMap<>();
            words.forEach(w -> tf.merge(w, 1.0, Double::sum));
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> e : tf.entrySet()) {
                double x = (1 + Math.log(e.getValue())) * Math.log((1.0 + n) / df.get(e.getKey()));
                v.put(e.getKey(), x);
                norm += x * x;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, x) -> len == 0 ? 0 : x / len);
            return v;
        }).toList();
    }

    double cosine(int i, int j) {
        Map<String, Double> a = vectors.get(i);
        Map<String, Double> b = vectors.get(j);
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double s = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double x = b.get(e.getKey());
            if (x != null) {
                s += e.getValue() * x;
            }
        }
        return s;
    }
}
