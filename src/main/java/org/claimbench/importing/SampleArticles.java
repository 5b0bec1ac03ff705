package org.claimbench.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;

/** The sample articles shipped inside the application (samples/ in the repository). */
public final class SampleArticles {

    private static final String ROOT = "/org/claimbench/samples/";

    private SampleArticles() {
    }

    /** The samples in the order of samples/samples.json; the first two report the same call. */
    public static List<ArticleDraft> load() {
        try (InputStream in = SampleArticles.class.getResourceAsStream(ROOT + "samples.json")) {
            if (in == null) {
                throw new IllegalStateException("the sample articles are missing from this build");
            }
            JsonNode index = new ObjectMapper().readTree(in);
            List<ArticleDraft> out = new ArrayList<>();
            for (JsonNode a : index.get("articles")) {
                String file = a.get("file").asText();
                String text = Texts.normalise(read(file));
                LocalDate call = LocalDate.parse(a.get("call").asText());
                JsonNode published = a.get("published");
                String notes = "Sample article (" + file + "). Reports the Putin–Trump call of "
                        + call.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + ".";
                ArticleMetadata m = new ArticleMetadata(a.get("title").asText(), a.path("outlet").asText(""), "", "",
                        published == null || published.isNull() ? null : LocalDate.parse(published.asText()),
                        a.path("language").asText(""), notes, "Putin–Trump call, " + call);
                out.add(new ArticleDraft(m, text));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sample articles", e);
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = SampleArticles.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IOException("missing sample " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
