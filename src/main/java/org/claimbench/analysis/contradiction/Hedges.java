package org.claimbench.analysis.contradiction;

import java.util.Locale;

/**
 * The approximators before a figure and the interval each gives it: those of Ferson et al. 2015 ("Natural language of
 * uncertainty: numeric hedge words", IJAR 57), each read roughly as the interval its paper gives it (over: above; about:
 * within 15 %; nearly: within 15 % below), for {@link QuantityReader} and {@link Fractions}.
 */
final class Hedges {

    /** A hedge before a figure, in group 1 (optional). */
    static final String HEDGE = "(?:(" + Hedges.SMALL_EXCESS + "|" + Hedges.SMALL_SHORTFALL
            + "|more than|over|above|at least|upwards of|in excess of|less than|fewer than|under|below|up to"
            + "|at most|nearly|almost|about|around|roughly|approximately|some|an estimated|close to|as many as"
            + "|as much as)\\s+)?";
    /**
     * The approximators that place a figure near a value, either side of it: "about", "around", "approximately" (J. Channell,
     * Vague Language, 1994, ch. 3 on approximators of numbers, who also has "round about" and a following "or so", not read
     * here), "roughly" and "some" ("some 40 boats"), each glossed "approximately" by the Oxford English Dictionary ("roughly",
     * adv.; "some", adv.), "close to" (read both ways here, though it may lean below the figure as "nearly" does: review64d,
     * not measured) and "an estimated" (news writing's figure given as an estimate, "an approximate calculation": Oxford
     * English Dictionary, "estimate", n.). {@link #hedged} gives each the same interval, and {@link RoundApproximations} reads
     * each as a round figure's approximation; {@link EventTimes} keeps its own hedges of spans before an event, by units.
     */
    static final String APPROXIMATORS = "about|around|roughly|approximately|close to|some|an estimated";
    /**
     * A comparative of more or less after a degree modifier of a small difference: "just over", "a little more than", "slightly
     * above" (The Cambridge Grammar of the English Language, Huddleston and Pullum 2002, ch. 5 on modifiers of numerals and
     * ch. 13 on the modification of comparatives: "just", "a little", "slightly", "a bit" say the difference is small). Such a
     * figure lies past the number by a small part of it (within a quarter, {@link #SMALL_HIGH}: "just over an hour" takes in
     * 70 and 75 minutes, "a little over a year" 14 months; review65a found 15 % too tight for these), not anywhere past it as a
     * bare "more than" does: "a little more than an hour" is not two hours. A small percentage may pass its figure by half a
     * point ({@link #SMALL_POINTS}: "slightly above 1 %" takes in 1.4 %).
     */
    static final String SMALL_EXCESS = "just over|just above|just more than|a little more than|a little over|a bit more than|a bit over"
            + "|slightly more than|slightly over|slightly above";
    /** The same below a number: "just under", "a little less than", "slightly below" (within a fifth below, {@link #SMALL_LOW}). */
    static final String SMALL_SHORTFALL = "just under|just below|just short of|just less than|a little less than|a little under"
            + "|a bit less than|a bit under|slightly less than|slightly fewer than|slightly under|slightly below";
    /** The factors an approximation ({@link #APPROXIMATORS}) widens its figure by, each way (within 15 %). */
    static final double APPROX_LOW = 0.85;
    static final double APPROX_HIGH = 1.15;

    /** The factors a small excess or shortfall ({@link #SMALL_EXCESS}, {@link #SMALL_SHORTFALL}) allows (a quarter over, a fifth under). */
    static final double SMALL_HIGH = 1.25;
    static final double SMALL_LOW = 0.8;
    /** The least a small excess or shortfall of a percentage allows, in points (see {@link #SMALL_EXCESS}). */
    static final double SMALL_POINTS = 0.5;

    private Hedges() {
    }

    /** The interval a hedge gives a figure (low to high as written: one figure, or a range). */
    static Quantity hedged(String hedge, String dimension, String head, double low, double high, String words, int start) {
        String h = hedge == null ? "" : hedge.toLowerCase(Locale.ROOT);
        double lo = low;
        double hi = high;
        switch (h) {
            case "more than", "over", "above", "upwards of", "in excess of" -> hi = Double.POSITIVE_INFINITY;
            case "at least" -> hi = Double.POSITIVE_INFINITY;
            case "less than", "fewer than", "under", "below" -> lo = 0;
            case "up to", "at most", "as many as", "as much as" -> lo = 0;
            case "nearly", "almost" -> lo = low * APPROX_LOW;
            default -> {
                boolean points = dimension.equals("percent") || dimension.equals("points");
                if (h.matches(SMALL_EXCESS)) {
                    hi = points ? Math.max(high * SMALL_HIGH, high + SMALL_POINTS) : high * SMALL_HIGH;
                } else if (h.matches(SMALL_SHORTFALL)) {
                    lo = points ? Math.max(0, Math.min(low * SMALL_LOW, low - SMALL_POINTS)) : low * SMALL_LOW;
                } else if (h.matches(APPROXIMATORS)) {
                    lo = low * APPROX_LOW;
                    hi = high * APPROX_HIGH;
                }
            }
        }
        return new Quantity(dimension, head, lo, hi, words, start);
    }
}
