package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What letters typed in a topic box list: the labels that begin with them first, then those that hold them elsewhere. */
class CompletionMatchesTest {

    @Test
    void aQuestionsFirstLettersListTheQuestionsBeginningWithThemFirstEachInTheGivenOrder() {
        List<String> labels = List.of("How long did the vote take?", "Who counts the ballots?", "Were observers let in?",
                "Is the turnout known?");
        assertEquals(List.of("Who counts the ballots?", "Were observers let in?", "How long did the vote take?", "Is the turnout known?"),
                CompletionMatches.matches(labels, "w"));
        assertEquals(List.of("Who counts the ballots?"), CompletionMatches.matches(labels, "who"));
    }
}
