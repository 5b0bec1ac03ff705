package org.claimbench.ui.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.Claim;
import org.claimbench.ui.claims.ClaimRow;

/**
 * The claims one chosen claim may be linked with as a contradiction, for the Link to… chooser: those worth linking
 * ({@link ClaimPicking#worthLinking}: another source's or another article's), orphans left out (no words to show) and claims
 * already linked with it (a pair is linked once: a newcomer was offered the partner just linked first again, factcheck51), in
 * the order a reader looks for a partner ({@link Group}): the ones the contradiction suggestions pair it with, then claims of
 * other articles about the same event, then of the same article, then of other events (factcheck57: the list opened on claims
 * of other calls, and the same article's partner wanted came only after typing). Within a group, claims of another source
 * come before the chosen claim's own source's (the window asks for "a claim of another side"; a newcomer was offered a claim
 * of the same side first, factcheck52); among them, a contradiction being about the same thing, claims that share more of the
 * chosen claim's words come first; then as the Claims table lists them.
 */
final class LinkPartners {

    /** Words of four letters or more: shorter ones are mostly function words ("the", "and", "was"), in any language. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    private LinkPartners() {
    }

    /** Where a partner stands in the list, first group first; each row of the chooser names its group. */
    enum Group {
        /** Paired with the chosen claim by the contradiction suggestions (the row names the kind read). */
        SUGGESTED,
        /** Of another article reporting the same event ({@code eventOf} gives both articles the same label). */
        SAME_EVENT,
        /** Of the chosen claim's own article. */
        SAME_ARTICLE,
        /** Of another article whose event is another one, or not known. */
        OTHER;

        /** What the chooser's row says of the group ("same article"); empty for a suggested partner, whose row names its kind. */
        String label() {
            return switch (this) {
                case SUGGESTED -> "";
                case SAME_EVENT -> "same event, another article";
                case SAME_ARTICLE -> "same article";
                case OTHER -> "another event";
            };
        }
    }

    static List<ClaimRow> of(Claim chosen, List<ClaimRow> rows) {
        return of(chosen, rows, java.util.Map.of(), Set.of(), article -> "");
    }

    /**
     * The partners in their groups' order ({@link Group}); the suggested ones ({@code suggested}: partner's claim id to the
     * suggested kind) best score first as the map's order gives them: the engine has read a conflict there, shared words only
     * a common subject. {@code linked}: ids of the claims a contradiction already joins with the chosen one, whatever its
     * status (left out). {@code eventOf}: an article's id to the label of the event it reports ("" when none is known: such
     * articles are of no event shared).
     */
    static List<ClaimRow> of(Claim chosen, List<ClaimRow> rows, java.util.Map<Long, org.claimbench.domain.ContradictionKind> suggested,
                             Set<Long> linked, java.util.function.LongFunction<String> eventOf) {
        List<Long> rank = List.copyOf(suggested.keySet());
        Set<String> words = words(chosen.exact());
        String event = eventOf.apply(chosen.articleId());
        List<ClaimRow> partners = new ArrayList<>();
        java.util.Map<Long, Group> groups = new java.util.HashMap<>();
        for (ClaimRow r : rows) {
            if (!linked.contains(r.id()) && listable(chosen, r)) {
                partners.add(r);
                groups.put(r.id(), group(chosen, r.claim(), suggested.keySet(), event, eventOf));
            }
        }
        partners.sort(Comparator.comparingInt((ClaimRow r) -> rank.contains(r.id()) ? rank.indexOf(r.id()) : rank.size())
                .thenComparing(r -> groups.get(r.id()))
                .thenComparing(r -> r.claim().sourceId() == chosen.sourceId())
                .thenComparingInt(r -> -shared(words, r.claim().exact())));
        return partners;
    }

    /** The group of {@code partner} for {@code chosen}, whose article reports {@code event} ("" when not known). */
    static Group group(Claim chosen, Claim partner, Set<Long> suggested, String event, java.util.function.LongFunction<String> eventOf) {
        if (suggested.contains(partner.id())) {
            return Group.SUGGESTED;
        }
        if (partner.articleId() == chosen.articleId()) {
            return Group.SAME_ARTICLE;
        }
        return !event.isBlank() && event.equals(eventOf.apply(partner.articleId())) ? Group.SAME_EVENT : Group.OTHER;
    }

    /** How many of the rows {@link #of} would list but for their being linked with the chosen claim already. */
    static int leftOut(Claim chosen, List<ClaimRow> rows, Set<Long> linked) {
        return (int) rows.stream().filter(r -> linked.contains(r.id()) && listable(chosen, r)).count();
    }

    private static boolean listable(Claim chosen, ClaimRow r) {
        return r.id() != chosen.id() && !r.orphan() && ClaimPicking.worthLinking(chosen, r.claim());
    }

    /**
     * Whether a row matches every word typed (in any order) at the start of a word of its source, article, speaker or quote;
     * case ignored, as the Claims tab's search matches ({@link org.claimbench.ui.common.TextSearch#containsAtWordStart}):
     * "ready" finds "ready" and "readiness", not "already" (factcheck55: "already" was ranked first for "ready").
     */
    static boolean matches(ClaimRow r, String typed) {
        String hay = r.source() + " " + r.article() + " " + (r.speaker() == null ? "" : r.speaker()) + " " + r.quote();
        for (String term : typed.trim().split("\\s+")) {
            if (!term.isEmpty() && !org.claimbench.ui.common.TextSearch.containsAtWordStart(hay, term)) {
                return false;
            }
        }
        return true;
    }

    private static int shared(Set<String> words, String text) {
        Set<String> theirs = words(text);
        theirs.retainAll(words);
        return theirs.size();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
