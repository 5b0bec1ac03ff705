package org.claimbench.ui.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Thirty claims a student might mark in news of one event, six to each of five questions, written for these tests (the
 * event, the states Velmora and Dastan, the river Orel, the city of Kessin and every name are invented). The claims are
 * phrased as news reports them, each in its own words: claims of one question seldom say the same thing twice, as in the
 * real articles a student groups (student50: the claims of a question share few words).
 */
public final class StudentQuestions {

    private StudentQuestions() {
    }

    /** A claim's words and the question (0–4) a student puts it under. */
    public record Marked(String quote, int question) {
    }

    /** The five questions, in their order. */
    public static final List<String> QUESTIONS = List.of("How long did the talks last?", "Was a ceasefire agreed?",
            "What does Dastan demand?", "Will the presidents meet?", "Who pays to repair the dam?");

    private static final String[][] CLAIMS = {
        {"the talks in Kessin lasted a little over four hours",
            "The delegations sat together from noon until well after dark",
            "the session ended early, after barely ninety minutes",
            "negotiators worked through the night and broke up only at dawn",
            "The meeting was cut short when the Dastani side walked out after an hour",
            "it had been the longest round of negotiations since 2019"},
        {"both sides agreed to stop shelling along the Orel from Friday",
            "there is no truce, and our units will answer every attack",
            "A ceasefire on the river front was signed shortly before midnight",
            "the guns along the border have fallen silent for the first time in months",
            "Velmora denied that any halt to the fighting had been agreed",
            "the pause in hostilities will be watched by observers from the Union of Coastal States"},
        {"Dastan insists that Velmora first withdraw its troops from the northern bank",
            "our conditions have not changed: the dam must be placed under joint control",
            "Dastan wants sanctions on its grain exports lifted before it signs anything",
            "the minister repeated the demand for a public apology for the flooding of 2021",
            "Dastani officials asked for guarantees that the reservoir will never again be drained without notice",
            "no agreement is possible unless the border is redrawn along the old channel"},
        {"President Oskan is ready to meet his Velmoran counterpart in person",
            "a summit of the two leaders could take place before the end of the summer",
            "there are no plans for the presidents to see each other",
            "the two heads of state may hold a face-to-face meeting in a neutral country",
            "Ilse Varga said a phone call between the leaders was more likely than a visit",
            "the foreign ministers will prepare a meeting at the highest level"},
        {"the repairs to the dam will cost at least 300 million euros",
            "Velmora should bear the whole cost of rebuilding the spillway",
            "the World Bank has offered a loan to fix the damaged sluice gates",
            "Dastan refuses to pay a single coin for damage it did not cause",
            "the reconstruction fund will be shared equally by both governments",
            "insurers are expected to cover part of the losses from the breach"},
    };

    /** The thirty claims, question by question. */
    public static List<Marked> claims() {
        List<Marked> all = new ArrayList<>();
        for (int q = 0; q < CLAIMS.length; q++) {
            for (String quote : CLAIMS[q]) {
                all.add(new Marked(quote, q));
            }
        }
        return all;
    }

    /** An article that holds every claim, one sentence each, in the order of {@link #claims()}. */
    public static String article() {
        StringBuilder text = new StringBuilder("Talks on the Orel dam. ");
        for (Marked m : claims()) {
            text.append(m.quote()).append(". ");
        }
        return text.toString().strip();
    }
}
