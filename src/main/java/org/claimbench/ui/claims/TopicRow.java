package org.claimbench.ui.claims;

import org.claimbench.domain.Topic;

/** A topic in the topic list: its colour (chosen, or given by its place) and how many claims it groups. */
public record TopicRow(Topic topic, String colour, int claims) {

    public String label() {
        return topic.label();
    }
}
