package org.claimbench.domain;

import java.util.List;

/** A speaker and the source they speak for, with the words that name them in articles. */
public record Speaker(long id, String name, long sourceId, boolean person, List<String> aliases) {

    public Speaker {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A speaker needs a name");
        }
        name = name.strip();
        aliases = aliases == null ? List.of() : aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }
}
