package org.claimbench.ui.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.ArticleMetadata;

/**
 * The line that says where an article comes from, under its title in a pane and in the article
 * list, the same three things for every article: its outlet or "no outlet", its date, or where it
 * has none the date of the event it reports ("3 Jul 2025 (event)") or "no date", and its claims.
 */
public final class Bylines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** An ISO date in an event's label: the app names events "what, yyyy-MM-dd". */
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private Bylines() {
    }

    /** "Reuters · 3 Jul 2025 · 12 claims", "no outlet · 3 Jul 2025 (event) · 1 claim", "no outlet · no date · 0 claims". */
    public static String of(ArticleMetadata m, int claimCount) {
        List<String> parts = new ArrayList<>();
        parts.add(m.outlet().isBlank() ? "no outlet" : m.outlet());
        parts.add(m.publishedDate().map(DAY::format)
                .or(() -> eventDate(m.event()).map(d -> DAY.format(d) + " (event)"))
                .orElse("no date"));
        parts.add(claimCount + (claimCount == 1 ? " claim" : " claims"));
        return String.join(" · ", parts);
    }

    /** The date an event's label holds ("…, 2025-07-03"), if it holds one. */
    static Optional<LocalDate> eventDate(String event) {
        Matcher m = ISO_DATE.matcher(event == null ? "" : event);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
