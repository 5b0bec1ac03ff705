package org.claimbench.analysis.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles into the events they report: two articles join when their profiles say they
 * report the same event, unless a member of one group and a member of the other report different
 * ones. A user's event (Article details › Event) wins: articles the user gave the same event are
 * one group, groups the user named differently never join, and a group takes the name its user
 * gave. Each group is named by its best-informed member ({@link EventInference#label}); articles
 * that say nothing of their event are left unnamed (""), which the contradiction engine reads as
 * "not known".
 */
public final class EventGroups {

    /**
     * One article to group: its id, its inferred profile, the event the user gave it ("" if none),
     * the words of its lead (for how much two leads speak of the same things) and the names its
     * lead mentions (its participants and places: {@link ArticleEvents#leadNames}), and the principals its headline and lead
     * introduce by title ({@link Principals}: two groups whose reports name different principals never join).
     */
    public record Member(long articleId, EventProfile profile, String correction, List<String> leadWords, List<String> leadNames,
                         Principals principals) {

        public Member(long articleId, EventProfile profile, String correction) {
            this(articleId, profile, correction, List.of(), List.of());
        }

        public Member(long articleId, EventProfile profile, String correction, List<String> leadWords, List<String> leadNames) {
            this(articleId, profile, correction, leadWords, leadNames, Principals.NONE);
        }
    }

    /** Leads this alike (tf-idf cosine) make a shared name or weekday one event… */
    static final double LIKELY = 0.15;
    /**
     * Reports of two days in a row that one lead both names are one event when their leads are {@link #LIKELY} alike or their
     * names (participants and places) this alike (tf-idf cosine over the names alone, the names in more than half the leads
     * left out: they tell no event apart): two reports of one event name the same people and places though they tell it in
     * other words. Names never join articles by themselves, nor on the same weekday (the same sides meet again, weeks later,
     * on the same weekday): the days must be told as one event's first.
     */
    static final double NAMED = 0.30;
    /** …and this alike, one event even with nothing else known. */
    static final double ALIKE = 0.30;

    /** An article that tells no time of its own joins the event nearest to it when that one is this many times nearer than any other… */
    static final double CLEARLY = 1.5;
    /** …and its leads this alike at least (tf-idf cosine): under it, two leads share little more than the sides' names. */
    static final double UNTIMED = 0.10;
    /** Under {@link #UNTIMED} / {@link #CLEARLY} (0.067): leads less alike than this cannot change where an untimed article goes. */
    static final double NEARLY = 0.06;

    /** The event assigned to an article: its group's name and the keys it is known by (days, ordinals, names). */
    public record Assigned(String label, List<String> keys) {
    }

    private EventGroups() {
    }

    /** Each article's event, by article id. */
    public static Map<Long, Assigned> assign(List<Member> members) {
        int n = members.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        LeadSimilarity leads = new LeadSimilarity(members.stream().map(Member::leadWords).toList());
        LeadSimilarity names = new LeadSimilarity(telling(members.stream().map(Member::leadNames).toList()));
        JoinedGroups joined = new JoinedGroups(members, parent, names);
        // The user's groups first: the same event named twice is one group.
        Map<String, Integer> byCorrection = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String c = JoinedGroups.norm(members.get(i).correction());
            if (!c.isEmpty()) {
                Integer first = byCorrection.putIfAbsent(c, i);
                if (first != null && joined.find(first) != joined.find(i)) {
                    joined.join(joined.find(first), joined.find(i));
                }
            }
        }
        // Every pair in order (i, then j), as if each were asked; only those that may report one event are (Candidates). Pairs
        // whose texts tell one day or one ordinal first (toldAsOneTime), then the rest: a report joins the event its own day
        // tells before one a publication date or alike words bring near, so the principals of its event keep it from
        // another's (Principals, round 60).
        Candidates candidates = new Candidates(members, leads);
        for (boolean sameTimeOnly : new boolean[] {true, false}) {
            for (int i = 0; i < n; i++) {
                for (int j : candidates.mayJoin(i)) {
                    int a = joined.find(i);
                    int b = joined.find(j);
                    if (a != b && (!sameTimeOnly || toldAsOneTime(members.get(i).profile(), members.get(j).profile()))
                            && same(members, leads, names, i, j) && joined.compatible(a, b)) {
                        joined.join(a, b);
                    }
                }
            }
        }
        joinConfirmedByTheirGroups(members, candidates, leads, joined);
        placeUntimed(members, leads, joined);
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(joined.find(i), k -> new ArrayList<>()).add(i);
        }
        Map<Long, Assigned> out = new HashMap<>();
        Map<String, Integer> labelsUsed = new HashMap<>();
        for (List<Integer> g : groups.values()) {
            String label = "";
            EventProfile best = EventProfile.UNKNOWN;
            List<String> keys = new ArrayList<>();
            for (int i : g) {
                Member m = members.get(i);
                if (label.isEmpty() && !m.correction().isBlank()) {
                    label = m.correction().strip();
                }
                if (informed(m.profile()) > informed(best)) {
                    best = m.profile();
                }
                for (String k : EventKeys.of(m.profile())) {
                    if (!keys.contains(k)) {
                        keys.add(k);
                    }
                }
            }
            // An article alone whose only time is the weekday of a statement about its event ("a Houthi official said on Monday"),
            // with no date to resolve it, tells the day of a reaction, not of the event: its event is not known (its claims are
            // compared with every event's, as an undated article's are), not an event of its own.
            if (label.isEmpty() && !(g.size() == 1 && best.placesNothing())) {
                label = EventInference.label(best);
                if (!label.isEmpty()) {
                    // Two groups the engine could not join may look alike: their names must differ.
                    int seen = labelsUsed.merge(label, 1, Integer::sum);
                    if (seen > 1) {
                        label = label + " [" + seen + "]";
                    }
                }
            }
            for (int i : g) {
                out.put(members.get(i).articleId(), new Assigned(label, List.copyOf(keys)));
            }
        }
        return out;
    }

    /**
     * Whether two articles report one event: by their profiles, weak evidence confirmed by their leads' words or names,
     * or alike leads alone.
     */
    private static boolean same(List<Member> members, LeadSimilarity leads, LeadSimilarity names, int i, int j) {
        EventProfile.Relation r = members.get(i).profile().relation(members.get(j).profile());
        return switch (r) {
            case SAME -> !byPublicationDate(members.get(i).profile(), members.get(j).profile())
                    && !byFirstAlone(members.get(i).profile(), members.get(j).profile())
                    && !members.get(i).profile().sameDayInForce(members.get(j).profile())
                    || leads.cosine(i, j) >= NEARLY || names.cosine(i, j) >= NAMED;
            case LIKELY_SAME -> leads.cosine(i, j) >= LIKELY || namedMeeting(members, names, i, j);
            case NEXT_DAY -> leads.cosine(i, j) >= LIKELY || names.cosine(i, j) >= NAMED;
            case UNKNOWN -> leads.cosine(i, j) >= ALIKE;
            case DIFFERENT -> false;
        };
    }

    /**
     * Whether two articles name one meeting by its place ({@link EventProfile#sharesName}: "talks in Geneva", or the place at
     * another level, "the meeting in Switzerland") and their leads name the same participants and places ({@link #NAMED}):
     * a report that announces talks speaks of who asked for them and on what terms, the report of the talks of what they
     * agreed, in other words (their leads share little but names), yet the place and the people settle that both tell one
     * meeting. Days that differ still set them apart (a meeting's day against another's is {@link EventProfile.Relation#DIFFERENT}
     * before names are read). Round 55 of issue 11.
     */
    private static boolean namedMeeting(List<Member> members, LeadSimilarity names, int i, int j) {
        return members.get(i).profile().sharesName(members.get(j).profile()) && names.cosine(i, j) >= NAMED;
    }

    /**
     * Whether two profiles are {@link EventProfile.Relation#SAME} by what their texts tell (their days or ordinals), not by a
     * publication date: the strongest evidence of one event, read before any other (round 60). Two firsts with no day of both
     * are not told as one time ({@link #byFirstAlone}): they would join before the group the lead meets better (mend of round 75);
     * nor are two that only a day of effect relates ({@link EventProfile#sameDayInForce}).
     */
    static boolean toldAsOneTime(EventProfile a, EventProfile b) {
        // A shared weekday of effect is no time told as one: two agreements of one week share it (review of round 78, 6).
        return a.relation(b) == EventProfile.Relation.SAME && a.sameByTime(b) && !byPublicationDate(a, b) && !byFirstAlone(a, b);
    }

    /**
     * Whether two profiles are {@link EventProfile.Relation#SAME} by a publication date alone: one day (or both) is only the
     * day the text was published, which places its event within a few days and tells nothing of what it was, and the two
     * have no ordinal of one kind in common. A few days' news holds many stories (a leader's claim about oil purchases and a
     * truce's breach of the same weekend), so two such reports are one event only when their leads speak of the same things
     * ({@link #NEARLY} alike, tf-idf cosine: two stories of those days share about 0.01 to 0.02 of their leads, two reports
     * of one event 0.15 and more) or name the same participants and places ({@link #NAMED}). Two days the leads tell
     * ("on Saturday" under a dateline) still make one event by themselves (a call and the next day's preparations it set off).
     * Round 50 of issue 11. A shared ordinal is proof only past the first: "first" is what any two sides' meetings are called
     * ({@link #byFirstAlone}), so two reports dated by publication that both say "first" must have leads that meet too (mend of
     * round 75).
     */
    static boolean byPublicationDate(EventProfile a, EventProfile b) {
        boolean sameOrdinal = a.ordinal().isPresent() && a.ordinal().equals(b.ordinal()) && a.ordinal().getAsInt() > 1
                && a.kind().equals(b.kind()) && !a.countedFromOtherPoints(b);
        return a.day().isPresent() && b.day().isPresent() && (a.dayFromPublication() || b.dayFromPublication()) && !sameOrdinal;
    }

    /**
     * Whether two profiles are {@link EventProfile.Relation#SAME} by "first" alone, no day of both relating them: an ordinal
     * places an event in one series, the meetings of the same sides (Quirk et al. 1985, ch. 5 on the definite article and
     * ordinals: "the first" picks one member of a set the context gives), and "first" is the one ordinal any two sides'
     * talks are called ("the first UK-EU summit", "the first direct talks since 2022"). So two such reports are one event only
     * when their leads speak of the same things ({@link #NEARLY}) or name the same participants and places ({@link #NAMED}), as
     * two reports dated only by publication must (round 75).
     */
    static boolean byFirstAlone(EventProfile a, EventProfile b) {
        return (a.day().isEmpty() || b.day().isEmpty()) && a.ordinal().equals(java.util.OptionalInt.of(1))
                && b.ordinal().equals(java.util.OptionalInt.of(1));
    }

    /**
     * Two groups whose members' profiles say they likely report one event (the same weekday, a shared name, the other's day
     * named: {@link EventProfile.Relation#LIKELY_SAME}, {@link EventProfile.Relation#NEXT_DAY}) though those two members' leads
     * were not alike enough, are one event when any member of one and any member of the other have leads {@link #LIKELY} alike:
     * a group's reports together tell what its event is about, each in its own words (one outlet's lead on Sunday's standoff
     * speaks of the tariffs, another's of the flights, a third of both). Groups the profiles or the user set apart stay apart
     * ({@link JoinedGroups#compatible}).
     */
    private static void joinConfirmedByTheirGroups(List<Member> members, Candidates candidates, LeadSimilarity leads, JoinedGroups grouped) {
        int n = members.size();
        // The pairs of articles whose profiles say likely one event, read once (profiles do not change as groups join), in
        // order (i, then j); only pairs that share a name or a weekday are asked (Candidates.mayBeLikely).
        List<int[]> likelyArticles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j : candidates.mayBeLikely(i)) {
                EventProfile.Relation r = members.get(i).profile().relation(members.get(j).profile());
                if (r == EventProfile.Relation.LIKELY_SAME || r == EventProfile.Relation.NEXT_DAY) {
                    likelyArticles.add(new int[] {i, j});
                }
            }
        }
        for (boolean joined = !likelyArticles.isEmpty(); joined; ) {
            joined = false;
            // The pairs of groups some of whose members likely report one event, each pair once (lower root first).
            Set<Long> likely = new LinkedHashSet<>();
            for (int[] p : likelyArticles) {
                int a = grouped.find(p[0]);
                int b = grouped.find(p[1]);
                if (a != b) {
                    likely.add((long) Math.min(a, b) * n + Math.max(a, b));
                }
            }
            Map<Integer, List<Integer>> byRoot = new HashMap<>();
            for (int i = 0; i < n; i++) {
                byRoot.computeIfAbsent(grouped.find(i), k -> new ArrayList<>()).add(i);
            }
            for (long key : likely) {
                int a = (int) (key / n);
                int b = (int) (key % n);
                // Groups joined earlier in this pass are looked at again in the next.
                if (grouped.find(a) == a && grouped.find(b) == b && leadsMeet(leads, byRoot.get(a), byRoot.get(b))
                        && grouped.compatible(a, b)) {
                    grouped.join(a, b);
                    joined = true;
                }
            }
        }
    }

    /** Whether a member of one group and a member of the other have leads {@link #LIKELY} alike. */
    private static boolean leadsMeet(LeadSimilarity leads, List<Integer> a, List<Integer> b) {
        for (int i : a) {
            for (int j : b) {
                if (leads.cosine(i, j) >= LIKELY) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A group that tells no time of its own (no member with a day, an ordinal or a weekday, no publication date: a reaction,
     * an undated comment; or one article alone whose only time is the weekday of a statement about its event, which
     * {@link #assign} leaves unnamed) and no user's event is placed by what it speaks of: it joins the event whose leads are
     * nearest to its own (the highest tf-idf cosine of any of its members with any member of the event) when that event is at
     * least {@link #CLEARLY} times nearer than any other and {@link #UNTIMED} alike at least (an article dated by a statement's
     * weekday: {@link #LIKELY}, in words other than names, below); a member that names a meeting
     * ("the summit in Halvik") looks only at events of that name. Only groups that tell an event compete: another group that
     * tells none is no event to be told apart from (two undated reactions to one event must not keep each other from it).
     * Groups are placed in the order of their first members, so one placed earlier counts as its event's for the next. Left
     * alone a group would be compared with the claims of every event the workspace holds.
     */
    private static void placeUntimed(List<Member> members, LeadSimilarity leads, JoinedGroups joined) {
        int n = members.size();
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(joined.find(i), k -> new ArrayList<>()).add(i);
        }
        Set<Integer> untimed = new java.util.HashSet<>();
        groups.forEach((root, g) -> {
            if (g.stream().allMatch(i -> tellsNoTime(members.get(i), g.size()))) {
                untimed.add(root);
            }
        });
        LeadSimilarity content = null;
        for (Map.Entry<Integer, List<Integer>> group : groups.entrySet()) {
            int root = group.getKey();
            if (!untimed.contains(root)) {
                continue;
            }
            // An article dated only by the weekday of a statement may report another event of the same sides, days later ("the
            // governor said on Thursday that the other side had detained a trawler"): names alone never join (NAMED), so its
            // lead must speak of the event's things in words other than its names, and as much as two leads of one weekday
            // must to join (LIKELY): a weekday is told, though not the event's.
            LeadSimilarity alike = leads;
            double least = UNTIMED;
            if (members.get(group.getValue().get(0)).profile().weekday().isPresent()) {
                content = content != null ? content : new LeadSimilarity(members.stream()
                        .map(m -> m.leadWords().stream().filter(w -> !m.leadNames().contains(w)).toList()).toList());
                alike = content;
                least = LIKELY;
            }
            // Only the leads that may be NEARLY alike: an event whose leads are all less alike than that cannot be the nearest
            // (it is under UNTIMED) nor keep the nearest from being CLEARLY nearer (UNTIMED / CLEARLY is above NEARLY).
            Map<Integer, Double> nearest = new HashMap<>();
            for (int i : group.getValue()) {
                EventProfile p = members.get(i).profile();
                for (int j : alike.near(i, NEARLY)) {
                    int other = joined.find(j);
                    // A group that cannot be this one's event (its times, acts or principals set them apart) does not compete.
                    if (other != root && !untimed.contains(other)
                            && (p.names().isEmpty() || p.sharesName(members.get(j).profile())) && joined.compatible(other, root)) {
                        nearest.merge(other, alike.cosine(i, j), Math::max);
                    }
                }
            }
            int best = -1;
            double first = 0;
            for (Map.Entry<Integer, Double> e : nearest.entrySet()) {
                if (e.getValue() > first) {
                    first = e.getValue();
                    best = e.getKey();
                }
            }
            // Two groups that introduce the same principals as this report, and as each other, and whose times do not set them
            // apart (a weekday one outlet gives wrong against a publication date two days on; not two dated calls of the same
            // leaders weeks apart) are one event the dates left split: they do not compete for it (round 63).
            double second = 0;
            boolean agreesWithBest = best >= 0 && joined.principalsAgree(root, best);
            for (Map.Entry<Integer, Double> e : nearest.entrySet()) {
                if (e.getKey() != best && !(agreesWithBest && joined.principalsAgree(best, e.getKey())
                        && joined.compatible(best, e.getKey()))) {
                    second = Math.max(second, e.getValue());
                }
            }
            if (best >= 0 && first >= least && first >= CLEARLY * second && joined.compatible(best, root)) {
                joined.join(best, root);
            }
        }
    }

    /** Whether a member of a group of this size tells no time of its event and has no user's event ({@link #placeUntimed}). */
    private static boolean tellsNoTime(Member m, int groupSize) {
        EventProfile p = m.profile();
        // "The first … since …" numbers no series (EventOrdinals.firstSince): it places no event in time either.
        return m.correction().isBlank() && p.day().isEmpty() && (p.ordinal().isEmpty() || !p.firstSince().isEmpty())
                && (p.weekday().isEmpty() || groupSize == 1 && p.placesNothing());
    }

    /** Each lead's names without those that more than half the leads name (the sides every report names tell no event apart). */
    private static List<List<String>> telling(List<List<String>> names) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> n : names) {
            n.stream().distinct().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        return names.stream().map(n -> n.stream().filter(w -> 2 * df.get(w) <= names.size()).toList()).toList();
    }

    /** How much a profile says: a day most, then a name, an ordinal, a weekday. */
    private static int informed(EventProfile p) {
        return (p.day().isPresent() ? (p.dayFromPublication() ? 4 : 8) : 0) + (p.names().isEmpty() ? 0 : 2) + (p.ordinal().isPresent() ? 2 : 0)
                + (p.weekday().isPresent() ? 1 : 0) + (p.kind().isPresent() ? 1 : 0);
    }
}
