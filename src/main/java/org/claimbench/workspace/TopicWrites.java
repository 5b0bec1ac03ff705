package org.claimbench.workspace;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.claimbench.domain.Claim;
import org.claimbench.domain.Topic;

/**
 * Topics as a desk uses them: the topic of many claims set at once, and the topic list's rename,
 * merge, recolour and delete, each one undoable edit. Runs under the workspace's monitor.
 */
final class TopicWrites {

    private final Parts p;

    TopicWrites(Parts parts) {
        this.p = parts;
    }

    /**
     * Gives the claims the topic with this label (made if new, matched whatever its case); a blank label takes their topic away.
     *
     * @return what the edit replaced, as {@link TopicsReplaced#phrase} says it ("2 had “X”"), or "" if it replaced no other topic
     */
    String setTopic(Collection<Long> claimIds, String label) {
        List<Claim> before = claimIds.stream().distinct().map(p::requireClaim).toList();
        if (before.isEmpty()) {
            return "";
        }
        String clean = label == null ? "" : label.strip();
        Optional<Topic> existing = clean.isEmpty() ? Optional.empty() : named(clean);
        Topic made = clean.isEmpty() || existing.isPresent() ? null : p.write(tx -> tx.insertTopic(new Topic(0, clean)));
        Long topicId = clean.isEmpty() ? null : made != null ? Long.valueOf(made.id()) : Long.valueOf(existing.orElseThrow().id());
        Instant now = p.clock().instant();
        List<Claim> changed = before.stream().filter(c -> !Objects.equals(c.topicId(), topicId)).toList();
        if (changed.isEmpty()) {
            return "";
        }
        List<Claim> after = changed.stream().map(c -> c.withDetails(c.sourceId(), c.speaker(), topicId, c.note(), now)).toList();
        String claims = changed.size() == 1 ? "1 claim" : changed.size() + " claims";
        // The topics replaced are named: undoing a "Set topic" that silently overwrote others is how a user finds out.
        String replaced = TopicsReplaced.phrase(changed, topicId, id -> p.state().topics.get(id).label());
        Edit edit = ClaimEdits.update((topicId == null ? "Clear the topic of " + claims : "Set topic “" + p.state().topics.get(topicId).label()
                + "” on " + claims) + (replaced.isEmpty() ? "" : " (" + replaced + ")"), changed, after);
        // A topic made by this step goes with it: undone, no topic of no claims is left in the list (factcheck49 found
        // "What · 0 claims" after undoing a topic typed by mistake); redone, it comes back with its id.
        p.perform(made == null ? edit : Edit.of(edit.label(), tx -> {
            if (!p.state().topics.containsKey(made.id())) {
                tx.insertTopic(made);
            }
            edit.apply(tx);
        }, tx -> {
            edit.revert(tx);
            tx.deleteTopic(made.id());
        }));
        return replaced;
    }

    void rename(long topicId, String newLabel) {
        Topic before = require(topicId);
        String clean = newLabel == null ? "" : newLabel.strip();
        if (clean.isEmpty()) {
            throw new WorkspaceException("A topic needs a label: a question its claims answer, e.g. 'How long was the call?'.");
        }
        Optional<Topic> clash = named(clean);
        if (clash.isPresent() && clash.get().id() != topicId) {
            throw new WorkspaceException("There is already a topic '" + clash.get().label() + "'. Merge the two instead.");
        }
        p.perform(Edit.swap("Rename topic “" + before.label() + "”", before, before.withLabel(clean), Tx::updateTopic));
    }

    void recolour(long topicId, String colour) {
        Topic before = require(topicId);
        p.perform(Edit.swap("Recolour topic “" + before.label() + "”", before, before.withColour(colour), Tx::updateTopic));
    }

    /** Moves every claim of one topic to another and lets the first go; undo brings it back with its claims. */
    void merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new WorkspaceException("Choose two different topics to merge.");
        }
        Topic from = require(fromId);
        Topic into = require(intoId);
        letGo("Merge topic “" + from.label() + "” into “" + into.label() + "”", from, into.id());
    }

    /**
     * Takes a topic away, and with it the topic of its claims, which keep everything else: one undoable edit, undone with
     * the topic (its id, label and colour) and its claims' topic back.
     */
    void delete(long topicId) {
        Topic topic = require(topicId);
        letGo("Delete topic “" + topic.label() + "”", topic, null);
    }

    /** One edit: the claims of {@code gone} go to the topic {@code intoId} (null: none), and {@code gone} goes. */
    private void letGo(String label, Topic gone, Long intoId) {
        p.workspace().loadAllClaims();
        List<Claim> moved = p.state().claims.values().stream().filter(c -> Objects.equals(c.topicId(), gone.id())).toList();
        Instant now = p.clock().instant();
        p.perform(new Edit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply(Tx tx) throws SQLException {
                for (Claim c : moved) {
                    tx.updateClaim(c.withDetails(c.sourceId(), c.speaker(), intoId, c.note(), now));
                }
                tx.deleteTopic(gone.id());
            }

            @Override
            public void revert(Tx tx) throws SQLException {
                tx.insertTopic(gone);
                for (Claim c : moved) {
                    tx.updateClaim(c);
                }
            }
        });
    }

    private Topic require(long id) {
        Topic t = p.state().topics.get(id);
        if (t == null) {
            throw new WorkspaceException("Topic " + id + " is not in this workspace.");
        }
        return t;
    }

    private Optional<Topic> named(String label) {
        return p.state().topics.values().stream().filter(t -> t.label().equalsIgnoreCase(label)).findFirst();
    }
}
