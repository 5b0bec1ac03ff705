package org.claimbench.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.claimbench.domain.Anchor;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Source;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.TextSpan;
import org.claimbench.domain.Topic;

/** Marking, editing, retagging, moving and deleting claims. Runs under the workspace's monitor. */
final class ClaimWrites {

    private final Parts p;

    ClaimWrites(Parts parts) {
        this.p = parts;
    }

    Claim mark(long articleId, TextSpan given, long sourceId, String speaker, String note) {
        return mark(articleId, given, sourceId, speaker, note, null);
    }

    /** Marks a claim with a topic at once (the sticky topic): one edit, one undo. */
    Claim mark(long articleId, TextSpan given, long sourceId, String speaker, String note, String topicLabel) {
        Workspace w = p.workspace();
        p.requireArticle(articleId);
        Source source = p.requireSource(sourceId);
        p.disk().ensureClaimsOf(articleId);
        String text = w.text(articleId);
        if (given.isEmpty() || !given.fitsIn(text.length())) {
            throw new WorkspaceException("Select some text of the article first, then tag it.");
        }
        TextSpan span = given.wholeCharactersOf(text);
        Instant now = p.clock().instant();
        Long topicId = topicLabel == null || topicLabel.isBlank() ? null : topicIdFor(topicLabel.strip());
        Claim draft = new Claim(0, articleId, span, TextQuote.of(text, span), sourceId, speaker, topicId, note, now, now);
        ClaimEdits.Insert edit = new ClaimEdits.Insert("Mark claim of " + source.name(), List.of(draft));
        p.perform(edit);
        return edit.claims().get(0);
    }

    List<Claim> mark(List<ClaimDraft> drafts) {
        Workspace w = p.workspace();
        Instant now = p.clock().instant();
        Map<Long, String> textsById = new HashMap<>();
        List<Claim> claims = new ArrayList<>(drafts.size());
        for (ClaimDraft d : drafts) {
            p.requireArticle(d.articleId());
            p.requireSource(d.sourceId());
            p.disk().ensureClaimsOf(d.articleId());
            String text = textsById.computeIfAbsent(d.articleId(), w::text);
            if (d.span().isEmpty() || !d.span().fitsIn(text.length())) {
                throw new WorkspaceException("A claim lies outside the text of article " + d.articleId() + ".");
            }
            TextSpan span = d.span().wholeCharactersOf(text);
            claims.add(new Claim(0, d.articleId(), span, TextQuote.of(text, span), d.sourceId(), d.speaker(), null, d.note(), now, now));
        }
        ClaimEdits.Insert edit = new ClaimEdits.Insert("Mark " + claims.size() + " claims", claims);
        p.perform(edit);
        return edit.claims();
    }

    Claim update(long claimId, long sourceId, String speaker, String topicLabel, String note) {
        Claim before = p.requireClaim(claimId);
        p.requireSource(sourceId);
        Long topicId = topicLabel == null || topicLabel.isBlank() ? null : topicIdFor(topicLabel.strip());
        Claim after = before.withDetails(sourceId, speaker, topicId, note, p.clock().instant());
        p.perform(ClaimEdits.update(editName(before, after), List.of(before), List.of(after)));
        return after;
    }

    /** The undo history's name for an edit of one claim: what changed, when one thing did ("Set speaker"), else "Edit claim". */
    static String editName(Claim before, Claim after) {
        boolean source = before.sourceId() != after.sourceId();
        boolean speaker = !before.speaker().equals(after.speaker());
        boolean topic = !java.util.Objects.equals(before.topicId(), after.topicId());
        boolean note = !before.note().equals(after.note());
        int changed = (source ? 1 : 0) + (speaker ? 1 : 0) + (topic ? 1 : 0) + (note ? 1 : 0);
        if (changed != 1) {
            return "Edit claim";
        }
        return source ? "Change claim's source" : speaker ? "Set speaker" : topic ? "Set topic" : "Edit note";
    }

    void retag(Collection<Long> claimIds, long sourceId) {
        Workspace w = p.workspace();
        Source source = p.requireSource(sourceId);
        Instant now = p.clock().instant();
        List<Claim> before = claimIds.stream().map(p::requireClaim).toList();
        // Tagged as the outlet's own, a claim has no other speaker: the one it had (a side's, often from a suggestion) goes
        // with the old source (factcheck54 re-tagged a claim as Press and it still said speaker "Kremlin"). Undo brings both back.
        List<Claim> after = before.stream().map(c -> source.isOutlet() && !c.speaker().isBlank() && c.sourceId() != sourceId
                ? c.withDetails(sourceId, "", c.topicId(), c.note(), now) : c.withSource(sourceId, now)).toList();
        p.perform(ClaimEdits.update("Tag " + before.size() + (before.size() == 1 ? " claim" : " claims") + " as " + source.name(), before, after));
    }

    void delete(Collection<Long> claimIds) {
        List<Claim> claims = claimIds.stream().map(p::requireClaim).toList();
        p.perform(new ClaimEdits.Delete(claims.size() == 1 ? "Delete claim" : "Delete " + claims.size() + " claims", claims));
    }

    Claim replace(long claimId, TextSpan given) {
        Workspace w = p.workspace();
        Claim c = p.requireClaim(claimId);
        String text = w.text(c.articleId());
        if (given.isEmpty() || !given.fitsIn(text.length())) {
            throw new WorkspaceException("Select the claim's words in its article first.");
        }
        TextSpan span = given.wholeCharactersOf(text);
        Claim moved = c.placedAt(span, TextQuote.of(text, span), Anchor.ANCHORED, "", p.clock().instant());
        p.perform(ClaimEdits.place(c.isOrphan() ? "Re-place orphan" : "Move claim", List.of(c), List.of(moved)));
        return moved;
    }

    void acceptNewWording(Collection<Long> claimIds) {
        Instant now = p.clock().instant();
        List<Claim> before = claimIds.stream().map(p::requireClaim).filter(Claim::isChanged).toList();
        List<Claim> after = before.stream().map(c -> c.placedAt(c.span(), c.quote(), Anchor.ANCHORED, "", now)).toList();
        if (!before.isEmpty()) {
            // Named as the question's button and the Claims tab's menu name it: "Undid: Take the new words" (walk62 read
            // "Undid: Accept new wording" after pressing "Take the new words").
            p.perform(ClaimEdits.place(before.size() == 1 ? "Take the new words" : "Take the new words for all " + before.size() + " claims", before, after));
        }
    }

    void orphan(Collection<Long> claimIds) {
        Instant now = p.clock().instant();
        List<Claim> before = claimIds.stream().map(p::requireClaim).filter(c -> !c.isOrphan()).toList();
        List<Claim> after = before.stream().map(c -> c.orphaned(now)).toList();
        if (!before.isEmpty()) {
            p.perform(ClaimEdits.place(before.size() == 1 ? "Make claim an orphan" : "Make " + before.size() + " claims orphans", before, after));
        }
    }

    /** The claims of an article that do not show their quote in its current text (see {@link Workspace#checkClaims()}). */
    List<Claim> misfits(long articleId) {
        Workspace w = p.workspace();
        List<Claim> claims = w.claimsOf(articleId);
        if (claims.isEmpty()) {
            return List.of();
        }
        String text = w.text(articleId);
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.hasPlace() && (c.exact().isEmpty() || c.span().length() != c.exact().length() || !c.span().fitsIn(text.length())
                    || !text.startsWith(c.exact(), c.start()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** Puts misfits back on their words or makes them orphans, in one transaction; says how many of each. */
    Optional<WorkspaceEvent.ClaimsRepaired> repair(List<Claim> misfits) {
        int[] counts = new int[2];
        p.write(tx -> {
            for (Claim c : misfits) {
                Claim now = p.state().claims.get(c.id());
                if (now != null && now.equals(c)) {
                    counts[tx.placeClaim(c).isOrphan() ? 1 : 0]++;
                }
            }
            return null;
        });
        return counts[0] + counts[1] == 0 ? Optional.empty() : Optional.of(new WorkspaceEvent.ClaimsRepaired(counts[0], counts[1]));
    }

    private long topicIdFor(String label) {
        Optional<Topic> existing = p.state().topics.values().stream().filter(t -> t.label().equalsIgnoreCase(label)).findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        // A new topic is a label, not an edit of its own: it stays when the claim edit is undone.
        return p.write(tx -> tx.insertTopic(new Topic(0, label))).id();
    }
}
