package org.claimbench.domain;

import java.util.Collection;

/**
 * How many contradictions a workspace holds, as the window and the report say it: "3 contradictions", "4 contradictions
 * (1 dismissed)". One the user set aside is not counted as one found, so the status bar and the report agree.
 */
public final class ContradictionTally {

    private ContradictionTally() {
    }

    /** The phrase for {@code all} (any order; empty gives "0 contradictions"). */
    public static String of(Collection<Contradiction> all) {
        long dismissed = all.stream().filter(x -> x.status() == ContradictionStatus.DISMISSED).count();
        long kept = all.size() - dismissed;
        return kept + (kept == 1 ? " contradiction" : " contradictions") + (dismissed == 0 ? "" : " (" + dismissed + " dismissed)");
    }
}
