package org.claimbench.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A hand annotation to measure the engine against (the format of shared/eval/seed-gold.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldStandard(List<GoldArticle> articles, List<GoldClaim> claims, List<GoldContradiction> contradictions,
                           @JsonProperty("non_contradictions") List<GoldPair> nonContradictions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldArticle(String file, String title, @JsonProperty("about_call") String aboutCall) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldClaim(String id, String file, String quote, String speaker, String source, String topic) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldContradiction(String a, String b, String kind, @JsonProperty("same_event") boolean sameEvent, String why) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldPair(String a, String b, String why) {
    }

    /**
     * Reads a gold annotation; a file that is missing or not in the format says so in words the user can act
     * on (IllegalArgumentException), not as a parser's trace.
     */
    public static GoldStandard read(Path file) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The gold file '" + file + "' does not exist. Give the path of a file like "
                    + "shared/eval/seed-gold.json.");
        }
        GoldStandard g;
        try {
            g = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readValue(file.toFile(), GoldStandard.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("'" + file + "' is not a gold annotation in the format of shared/eval/seed-gold.json"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        }
        if (g == null) {
            throw new IllegalArgumentException("'" + file + "' is empty: a gold annotation has \"articles\" and \"claims\".");
        }
        return new GoldStandard(orEmpty(g.articles()), orEmpty(g.claims()), orEmpty(g.contradictions()), orEmpty(g.nonContradictions()));
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }
}
