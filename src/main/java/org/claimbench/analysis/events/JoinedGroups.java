package org.claimbench.analysis.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The groups of articles {@link EventGroups} joins, as a union-find over the articles' positions (a group's root is the
 * position its members' parents lead to), with what it asks of a group kept up to date as groups join: its size, the
 * event its user gave it (the first member's to have one, by position) and the distinct times of its members. So whether
 * two groups may join costs the pairs of their distinct times, not a look at every article and every pair of members.
 * Not thread-safe.
 */
final class JoinedGroups {

    /**
     * What decides whether two profiles report {@link EventProfile.Relation#DIFFERENT} events: their days (and whether
     * each is only the publication date, and the days their leads name besides) and their ordinals of a kind of event;
     * nothing else of a profile can set two articles apart ({@link EventProfile#relation}), a follow-up's week before, and the point a "first … since" is
     * counted from, which keeps two firsts from being one count.
     */
    private record When(Optional<LocalDate> day, boolean dayFromPublication, Set<LocalDate> leadDays, Optional<String> kind,
                        OptionalInt ordinal, Set<LocalDate> weekBefore,
                        Set<String> firstSince) {
    }

    private final int[] parent;
    private final int[] size;
    /** By root: the user's event of the group's first member to have one (lower case, stripped), "" if none. */
    private final String[] correction;
    private final int[] correctionAt;
    /** By root: one profile for each distinct time of the group's members that have a day or an ordinal. */
    private final List<List<EventProfile>> times;
    private final List<List<When>> whens;
    /**
     * By root: the profiles of the group's members that tell an act of an agreement (one of the two, or both) ({@link AgreementActs}), null
     * if none: an act sets two members apart only where their times and names do not relate them ({@link EventProfile#relation}),
     * so the acts are weighed with the whole profile (such reports are few: the cost stays that of the times').
     */
    private final List<List<EventProfile>> acts;
    /** By root: the distinct principals of the group's members that introduce any ({@link Principals}), null if none. */
    private final List<List<Principals>> principals;
    /** By root: the weekdays its members' leads give an agreement's coming into force ({@link InForceDays}), null if none. */
    private final List<Set<DayOfWeek>> inForce;
    /** By root: the positions of its members whose leads give an agreement's day of effect, null if none (review of round 78). */
    private final List<List<Integer>> inForceMembers;
    /** By root: the positions of all its members, to weigh their leads' names against a day of effect's (review of round 78). */
    private final List<List<Integer>> membersOf;
    /** The leads' names (participants and places) as {@link EventGroups} weighs them ({@link EventGroups#NAMED}). */
    private final LeadSimilarity names;

    /**
     * The groups as parent gives them (each position's parent, roots their own), for these members in that order, whose leads'
     * names are those names compares.
     */
    JoinedGroups(List<EventGroups.Member> members, int[] parent, LeadSimilarity names) {
        int n = members.size();
        this.parent = parent;
        this.names = names;
        size = new int[n];
        correction = new String[n];
        correctionAt = new int[n];
        times = new ArrayList<>(n);
        whens = new ArrayList<>(n);
        principals = new ArrayList<>(n);
        inForce = new ArrayList<>(n);
        acts = new ArrayList<>(n);
        inForceMembers = new ArrayList<>(n);
        membersOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            inForceMembers.add(null);
            membersOf.add(new ArrayList<>(1));
            correction[i] = "";
            correctionAt[i] = -1;
            times.add(null);
            acts.add(null);
            whens.add(null);
            principals.add(null);
            inForce.add(null);
        }
        for (int i = 0; i < n; i++) {
            int root = find(i);
            size[root]++;
            String c = norm(members.get(i).correction());
            if (!c.isEmpty() && correctionAt[root] < 0) {
                correction[root] = c;
                correctionAt[root] = i;
            }
            EventProfile p = members.get(i).profile();
            if (p.day().isPresent() || p.ordinal().isPresent()) {
                add(root, p, new When(p.day(), p.dayFromPublication(), p.day().isPresent() ? p.leadDays() : Set.of(), p.kind(), p.ordinal(),
                        p.day().isPresent() ? p.weekBefore() : Set.of(), p.firstSince()));
            }
            addPrincipals(root, List.of(members.get(i).principals()));
            addInForce(root, p.inForce());
            membersOf.get(root).add(i);
            if (!p.inForce().isEmpty()) {
                addAll(inForceMembers, root, List.of(i));
            }
            if (p.act() != AgreementActs.Act.NONE) {
                addAct(root, p);
            }
        }
    }

    private void addPrincipals(int root, List<Principals> more) {
        for (Principals p : more) {
            if (p.persons().isEmpty()) {
                continue;
            }
            if (principals.get(root) == null) {
                principals.set(root, new ArrayList<>(2));
            }
            if (!principals.get(root).contains(p)) {
                principals.get(root).add(p);
            }
        }
    }

    private void addInForce(int root, Set<DayOfWeek> days) {
        if (days.isEmpty()) {
            return;
        }
        if (inForce.get(root) == null) {
            inForce.set(root, EnumSet.noneOf(DayOfWeek.class));
        }
        inForce.get(root).addAll(days);
    }

    private static void addAll(List<List<Integer>> byRoot, int root, List<Integer> positions) {
        if (byRoot.get(root) == null) {
            byRoot.set(root, new ArrayList<>(positions.size()));
        }
        byRoot.get(root).addAll(positions);
    }

    private void addAct(int root, EventProfile p) {
        if (acts.get(root) == null) {
            acts.set(root, new ArrayList<>(2));
        }
        if (!acts.get(root).contains(p)) {
            acts.get(root).add(p);
        }
    }

    private void add(int root, EventProfile p, When w) {
        if (whens.get(root) == null) {
            whens.set(root, new ArrayList<>(2));
            times.set(root, new ArrayList<>(2));
        }
        if (!whens.get(root).contains(w)) {
            whens.get(root).add(w);
            times.get(root).add(p);
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The number of articles in i's group. */
    int size(int i) {
        return size[find(i)];
    }

    /** Makes the group rooted at gone part of the one rooted at keep (both roots, not the same). */
    void join(int keep, int gone) {
        parent[gone] = keep;
        size[keep] += size[gone];
        if (correctionAt[gone] >= 0 && (correctionAt[keep] < 0 || correctionAt[gone] < correctionAt[keep])) {
            correction[keep] = correction[gone];
            correctionAt[keep] = correctionAt[gone];
        }
        List<When> goneWhens = whens.get(gone);
        if (goneWhens != null) {
            for (int k = 0; k < goneWhens.size(); k++) {
                add(keep, times.get(gone).get(k), goneWhens.get(k));
            }
        }
        whens.set(gone, null);
        times.set(gone, null);
        if (acts.get(gone) != null) {
            acts.get(gone).forEach(p -> addAct(keep, p));
            acts.set(gone, null);
        }
        if (principals.get(gone) != null) {
            addPrincipals(keep, principals.get(gone));
            principals.set(gone, null);
        }
        if (inForce.get(gone) != null) {
            addInForce(keep, inForce.get(gone));
            inForce.set(gone, null);
        }
        if (inForceMembers.get(gone) != null) {
            addAll(inForceMembers, keep, inForceMembers.get(gone));
            inForceMembers.set(gone, null);
        }
        membersOf.get(keep).addAll(membersOf.get(gone));
        membersOf.set(gone, null);
    }

    /**
     * No member of one group reports a different event from a member of the other (by its time, or by its principals:
     * {@link Principals#differ}, round 60), and the user named them alike or not at all (two roots). Reports of one agreement's
     * day of effect whose leads name the same participants and places pass over the principals rule, and a group holding such a
     * report is set apart only by principals every member of the other differs from (round 78 and its review).
     */
    boolean compatible(int rootA, int rootB) {
        if (rootA == rootB) {
            return true;
        }
        if (!correction[rootA].isEmpty() && !correction[rootB].isEmpty() && !correction[rootA].equals(correction[rootB])) {
            return false;
        }
        List<EventProfile> a = times.get(rootA);
        List<EventProfile> b = times.get(rootB);
        if (a != null && b != null) {
            for (EventProfile x : a) {
                for (EventProfile y : b) {
                    if (x.relation(y) == EventProfile.Relation.DIFFERENT) {
                        return false;
                    }
                }
            }
        }
        // A group's acts are a set: one that holds both (a member of each, or one that tells both) is one occasion of both
        // and sets no report of either act apart (review of round 74, must-fix 1).
        if (acts.get(rootA) != null && acts.get(rootB) != null && !holdsBothActs(acts.get(rootA)) && !holdsBothActs(acts.get(rootB))) {
            for (EventProfile x : acts.get(rootA)) {
                for (EventProfile y : acts.get(rootB)) {
                    if (x.relation(y) == EventProfile.Relation.DIFFERENT) {
                        return false;
                    }
                }
            }
        }
        // The times are cheap and set most pairs apart; the principals compare names word by word (the review of stop 59
        // measured grouping 900 titled reports 6.6 s with them first, 1.55 s with them last).
        // An agreement has two parties (and often a mediator), and each side's reports introduce its own leaders: groups whose
        // leads give one day to an agreement's coming into force are its reports, whoever they introduce (round 78) — but only
        // when those leads name the same participants and places: a weekday alone is shared by two agreements of one week
        // (review of round 78, must-fix 1).
        if (inForce.get(rootA) != null && inForce.get(rootB) != null && !Collections.disjoint(inForce.get(rootA), inForce.get(rootB))
                && namedAlike(inForceMembers.get(rootA), inForceMembers.get(rootB))) {
            return true;
        }
        if ((inForce.get(rootA) != null && namedAlike(inForceMembers.get(rootA), membersOf.get(rootB)))
                || (inForce.get(rootB) != null && namedAlike(membersOf.get(rootA), inForceMembers.get(rootB)))) {
            // A group of an agreement's reports may hold each party's principals: a report that names its participants and
            // places and introduces those of one of its members is one of its reports, not set apart by another party's
            // (round 78); one that only shares a leader is another agreement's (review of round 78, must-fix 2).
            return !principalsDifferFromAll(principals.get(rootA), principals.get(rootB));
        }
        return !principalsDiffer(principals.get(rootA), principals.get(rootB));
    }

    /** Whether a lead of one list and a lead of the other name the same participants and places ({@link EventGroups#NAMED}). */
    private boolean namedAlike(List<Integer> a, List<Integer> b) {
        for (int x : a) {
            for (int y : b) {
                if (names.cosine(x, y) >= EventGroups.NAMED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every member of one group that introduces persons names different principals from every such member of the other. */
    private static boolean principalsDifferFromAll(List<Principals> a, List<Principals> b) {
        return a != null && b != null && a.stream().allMatch(x -> b.stream().allMatch(x::differ));
    }

    private static boolean holdsBothActs(List<EventProfile> acts) {
        boolean concluded = false;
        boolean signed = false;
        for (EventProfile p : acts) {
            concluded |= p.act() == AgreementActs.Act.CONCLUDED || p.act() == AgreementActs.Act.BOTH;
            signed |= p.act() == AgreementActs.Act.SIGNED || p.act() == AgreementActs.Act.BOTH;
        }
        return concluded && signed;
    }

    /**
     * Whether the two groups introduce the same principals: each has members that introduce persons, and every such member of
     * one agrees with every such member of the other ({@link Principals#agree}; two roots). Round 63.
     */
    boolean principalsAgree(int rootA, int rootB) {
        List<Principals> a = principals.get(rootA);
        List<Principals> b = principals.get(rootB);
        return a != null && b != null && a.stream().allMatch(x -> b.stream().allMatch(x::agree));
    }

    /** Whether a member of one group and a member of the other name different principals (either list may be null: none). */
    private static boolean principalsDiffer(List<Principals> a, List<Principals> b) {
        if (a == null || b == null) {
            return false;
        }
        for (Principals x : a) {
            for (Principals y : b) {
                if (x.differ(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
