package org.claimbench.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.claimbench.analysis.events.ArticleEvents;
import org.claimbench.analysis.events.EventGroups;

/**
 * Grouping articles into events ({@link ArticleEvents#assign}) on generated articles, for the suggestion bench: for each
 * size, the clock and this thread's processor time of the whole (each article's profile read from its text, then the
 * grouping) and of the grouping alone, and how many events came out. The articles report one event in five each (a call,
 * a meeting, talks or a summit between two invented countries, in an invented place, on a day of its own at least four
 * days from any other), in leads of a few shapes written for this bench: most dated by their publication and a weekday,
 * some by a weekday alone, some reactions with no time of their own.
 */
final class EventGroupingBench {

    private static final String[] COUNTRIES = {"Arvenia", "Belmora", "Corvath", "Dastria", "Elvano", "Fennick", "Galdora", "Hestria",
            "Istrava", "Jorvale", "Kestmar", "Lunavia"};
    private static final String[] KINDS = {"call", "meeting", "talks", "summit"};
    private static final String[] TOPICS = {"grain shipments", "fishing quotas", "border crossings", "power lines", "river dams",
            "visa rules", "rail freight", "customs duties", "prisoner exchanges", "airspace closures", "mining permits",
            "water sharing", "refugee camps", "port fees", "gas transit", "election observers", "trade tariffs", "debt relief"};
    private static final String[] SYLLABLES = {"ka", "lo", "ven", "dra", "mir", "tas", "bel", "or", "ith", "sun", "gar", "pel"};
    /** Sentences of no event, to fill an article out. */
    private static final String[] FILLER = {
        "Neither side published a full account of what was said.",
        "Officials on both sides have described the relationship as difficult in recent months.",
        "The two governments last met at this level more than a year ago.",
        "Opposition politicians asked for the details to be put before parliament.",
        "Markets showed little reaction to the news during the afternoon.",
        "A joint statement was expected later, according to people familiar with the plans.",
        "Diplomats cautioned that several questions remained open.",
        "Regional newspapers gave the story prominent space on their front pages."};

    private EventGroupingBench() {
    }

    /** count articles, the same for the same seed. */
    static List<ArticleEvents.Input> articles(int count, long seed) {
        Random random = new Random(seed);
        List<ArticleEvents.Input> out = new ArrayList<>(count);
        int events = Math.max(1, count / 5);
        LocalDate first = LocalDate.of(2025, 1, 6);
        for (int i = 0; i < count; i++) {
            int e = random.nextInt(events);
            Random of = new Random(seed * 31 + e);
            LocalDate day = first.plusDays(5L * e);
            String a = COUNTRIES[of.nextInt(COUNTRIES.length)];
            String b = COUNTRIES[(java.util.Arrays.asList(COUNTRIES).indexOf(a) + 1 + of.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length];
            String kind = KINDS[of.nextInt(KINDS.length)];
            String place = name(of) + name(of).toLowerCase(Locale.ROOT);
            String topic = TOPICS[of.nextInt(TOPICS.length)];
            String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            int shape = random.nextInt(10);
            Optional<LocalDate> published = Optional.empty();
            StringBuilder text = new StringBuilder();
            if (shape < 7) {
                published = Optional.of(day.plusDays(random.nextInt(2)));
                text.append(a).append(" and ").append(b).append(" hold ").append(kind).append(" in ").append(place).append("\n\n")
                        .append("The leaders of ").append(a).append(" and ").append(b).append(" held ").append(article(kind)).append(kind)
                        .append(" on ").append(weekday).append(" in ").append(place).append(", their offices said. They spoke about ")
                        .append(topic).append(" and agreed that their ministers would meet again.");
            } else if (shape < 9) {
                text.append(a).append(" calls ").append(kind).append(" with ").append(b).append(" constructive\n\n")
                        .append(a).append("'s foreign ministry said the ").append(kind).append(" with ").append(b).append(" on ")
                        .append(weekday).append(" in ").append(place).append(" had covered ").append(topic).append(".");
            } else {
                text.append("Questions over ").append(topic).append(" after ").append(a).append(" and ").append(b).append(" talk\n\n")
                        .append("Observers in ").append(a).append(" said the ").append(kind).append(" with ").append(b)
                        .append(" in ").append(place).append(" had left the questions over ").append(topic).append(" open.");
            }
            while (text.length() < 1800) {
                text.append(' ').append(FILLER[random.nextInt(FILLER.length)]);
            }
            out.add(new ArticleEvents.Input(i + 1, text.toString(), published, ""));
        }
        return out;
    }

    private static String article(String kind) {
        return kind.equals("talks") ? "" : "a ";
    }

    private static String name(Random random) {
        String s = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** For each size: articles, clock and processor seconds of the whole and of the grouping alone, events found. */
    static Map<String, Object> measure(int... sizes) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, Object> out = new LinkedHashMap<>();
        // A warm-up on other articles, so the figures are the grouping's and not the JIT compiler's first.
        new ArticleEvents().assign(articles(300, 99));
        for (int n : sizes) {
            List<ArticleEvents.Input> articles = articles(n, 17);
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            List<EventGroups.Member> members = new ArticleEvents().members(articles);
            long c1 = cpu.getCurrentThreadCpuTime();
            Map<Long, EventGroups.Assigned> events = EventGroups.assign(members);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long c2 = cpu.getCurrentThreadCpuTime();
            double cpuSeconds = (c2 - c0) / 1e9;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("articles", n);
            line.put("seconds", Math.round(seconds * 1000) / 1000.0);
            line.put("cpuSeconds", Math.round(cpuSeconds * 1000) / 1000.0);
            line.put("groupingCpuSeconds", Math.round((c2 - c1) / 1e6) / 1000.0);
            line.put("events", events.values().stream().map(EventGroups.Assigned::label).filter(l -> !l.isEmpty()).distinct().count());
            out.put(String.valueOf(n), line);
        }
        return out;
    }
}
