package org.claimbench.analysis.topics;

import java.util.List;

/**
 * 35 claims a student meets in the news of one event, in five questions, written for these tests (the summit, the
 * countries, the people and the river are invented): the claims of a question seldom share words, and all of them speak
 * of one summit, as the claims of a workspace do.
 */
public final class StudentQuestions {

    /** A question and its claims. */
    public record Question(String question, List<String> claims) {
    }

    public static final List<Question> QUESTIONS = List.of(
            new Question("How long did the summit last?", List.of(
                    "The two leaders spoke for nearly three hours behind closed doors",
                    "The meeting lasted barely forty minutes, a Valdorian aide said",
                    "Their talks ran well past the scheduled lunch break",
                    "Reyk left the summit early to catch a flight home",
                    "The session was cut short after the first hour",
                    "Brandt and Reyk met for a second round in the evening",
                    "The summit ended a day ahead of schedule")),
            new Question("Who pays for the dam?", List.of(
                    "Valdoria will cover two thirds of the construction costs",
                    "Ostrava refuses to pay more than a quarter of the bill",
                    "The dam is expected to cost four billion euros",
                    "A regional development bank has offered a cheap loan for the project",
                    "Taxpayers in Ostrava should not fund a project that mainly helps its neighbour",
                    "The budget for the reservoir has doubled since the first estimate",
                    "Both governments agreed to split any overruns equally")),
            new Question("Will farmers get enough water?", List.of(
                    "Farmers downstream fear their fields will dry out once the reservoir fills",
                    "The river will carry at least half its usual flow through the summer",
                    "Irrigation channels in the south already ran empty last August",
                    "Ostrava promised to release extra water during droughts",
                    "Fruit growers say their harvest depends on the spring floods",
                    "Wells in border villages have been falling for a decade",
                    "Water for the crops will be shared according to a fixed quota")),
            new Question("Were the border clashes discussed?", List.of(
                    "Soldiers from both sides exchanged fire near the bridge last week",
                    "Brandt raised the shooting of two border guards",
                    "Reyk denied that his troops had crossed the frontier",
                    "Both armies will pull back five kilometres from the river",
                    "Military observers will patrol the border from next month",
                    "The clashes were not on the agenda, according to Ostrava's foreign ministry",
                    "A hotline between the two defence ministers will be set up")),
            new Question("What do nature groups say?", List.of(
                    "Conservationists warn that the dam will wipe out the river's salmon",
                    "The wetlands at the delta are home to rare birds",
                    "An environmental impact study has not been published yet",
                    "Activists of the group Blue Kessel chained themselves to the gates of the summit venue",
                    "Ecologists say the reservoir would flood ancient forests",
                    "The project threatens several protected species of fish",
                    "Nature groups plan to challenge the permit in court")));

    /**
     * A second event of our own (a dock strike in an invented port), 25 claims in five questions: written after the
     * grouping's cut was chosen on {@link #QUESTIONS}, to see whether that cut holds on claims it was not chosen on.
     */
    public static final List<Question> STRIKE = List.of(
            new Question("How many workers are on strike?", List.of(
                    "About two thousand dockers walked off the job on Monday",
                    "Only a few hundred staff joined the stoppage, the port authority said",
                    "Nearly every crane operator stayed at home",
                    "Union figures put turnout at ninety percent",
                    "Most of the night shift turned up for work as usual")),
            new Question("What do the strikers want?", List.of(
                    "The union demands a pay rise of eight percent",
                    "Workers want shorter shifts and more rest between them",
                    "Strikers are asking for the old pension scheme to be restored",
                    "Their main grievance is the use of temporary contracts",
                    "Dock workers say wages have not kept up with rents")),
            new Question("Is trade disrupted?", List.of(
                    "Forty container ships are waiting off the coast",
                    "Supermarkets warned of empty shelves within a week",
                    "Exporters have rerouted cargo through a rival harbour",
                    "Fuel deliveries to the islands were suspended",
                    "Car makers say parts are stuck in the terminal")),
            new Question("Will the government step in?", List.of(
                    "The transport minister refused to intervene in the dispute",
                    "Parliament could pass an emergency law ordering staff back to work",
                    "The prime minister called on both sides to return to talks",
                    "Opposition leaders urged the cabinet to appoint a mediator",
                    "Officials are drafting plans to bring in the navy to unload ships")),
            new Question("Was there violence at the picket lines?", List.of(
                    "Police used tear gas to clear the main gate",
                    "Three pickets were arrested after scuffles with security guards",
                    "A lorry driver was injured when protesters blocked the road",
                    "Organisers insist the protest remained peaceful",
                    "Riot officers were stationed outside the terminal overnight")));

    private StudentQuestions() {
    }

    /** Every claim of {@link #QUESTIONS}, question by question. */
    public static List<String> claims() {
        return claims(QUESTIONS);
    }

    /** Every claim of these questions, question by question. */
    public static List<String> claims(List<Question> questions) {
        return questions.stream().flatMap(q -> q.claims().stream()).toList();
    }

    /** The question of each claim of {@link #QUESTIONS}, by the claims' places in {@link #claims()}. */
    public static List<Integer> questionOfEach() {
        return questionOfEach(QUESTIONS);
    }

    /** The question of each claim, by the claims' places in {@link #claims(List)}. */
    public static List<Integer> questionOfEach(List<Question> questions) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            for (int i = 0; i < questions.get(q).claims().size(); i++) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * An article text holding every claim as a sentence of its own, the questions interleaved as a report mixes them (the
     * first claim of each question, then the second of each …), so that no question's claims lie in rows in a row.
     */
    public static String articleText() {
        StringBuilder sb = new StringBuilder("The summit in Marrow on the Kessel dam. ");
        for (int i = 0; i < 7; i++) {
            for (Question q : QUESTIONS) {
                sb.append(q.claims().get(i)).append(". ");
            }
        }
        return sb.toString().strip();
    }
}
