package org.claimbench.analysis.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys by which a claim or an event is known to speak of a particular event: a day
 * ("day:2025-03-18"), an ordinal of a kind of event ("call#8") and a named meeting
 * ("meeting@budapest"). Two claims from articles about different events are compared only when
 * their keys meet: both speak of the Budapest summit, or one speaks of the other's event.
 */
public final class EventKeys {

    private static final DateReader DATES = new DateReader();

    private EventKeys() {
    }

    /** The keys of an article's event. */
    static List<String> of(EventProfile p) {
        List<String> out = new ArrayList<>();
        if (p.day().isPresent() && !p.dayFromPublication()) {
            out.add("day:" + p.day().get());
        }
        p.ordinal().ifPresent(n -> out.add(p.kind().orElse("event") + "#" + n));
        out.addAll(p.names());
        return out;
    }

    /** The events a claim names itself: written days ("on 18 March"), ordinals with their noun, named meetings. */
    public static List<String> inClaim(String text) {
        List<String> out = new ArrayList<>();
        for (TimeMention t : DATES.read(text, Optional.empty())) {
            if (!t.relative()) {
                t.day().ifPresent(d -> out.add("day:" + d));
            }
        }
        out.addAll(EventNouns.ordinals(text));
        out.addAll(EventNouns.names(text));
        return out;
    }

    /** A readable name of a key: "18 March 2025", "the 8th call", "the Budapest meeting". */
    public static String describe(String key) {
        if (key.startsWith("day:")) {
            return key.substring(4);
        }
        int hash = key.indexOf('#');
        if (hash > 0) {
            return "the " + ordinal(Integer.parseInt(key.substring(hash + 1))) + " " + key.substring(0, hash);
        }
        int at = key.indexOf('@');
        String place = key.substring(at + 1);
        return "the " + Character.toUpperCase(place.charAt(0)) + place.substring(1) + " " + key.substring(0, at);
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
