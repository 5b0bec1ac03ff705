package org.claimbench.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a user can edit about an article. Blank strings mean "not known". The event is what the
 * article reports ("Putin–Trump call, 2025-07-03"): claims about different events are kept apart
 * when contradictions are suggested.
 */
public record ArticleMetadata(String title, String outlet, String author, String url,
                              LocalDate published, String language, String notes, String event) {

    public ArticleMetadata(String title, String outlet, String author, String url, LocalDate published, String language, String notes) {
        this(title, outlet, author, url, published, language, notes, "");
    }

    public ArticleMetadata {
        title = title == null || title.isBlank() ? "Untitled article" : title.strip();
        outlet = clean(outlet);
        author = clean(author);
        url = clean(url);
        language = clean(language);
        notes = notes == null ? "" : notes;
        event = clean(event);
    }

    public static ArticleMetadata titled(String title) {
        return new ArticleMetadata(title, "", "", "", null, "", "");
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public ArticleMetadata withTitle(String newTitle) {
        return new ArticleMetadata(newTitle, outlet, author, url, published, language, notes, event);
    }

    public ArticleMetadata withOutlet(String newOutlet) {
        return new ArticleMetadata(title, newOutlet, author, url, published, language, notes, event);
    }

    public ArticleMetadata withPublished(LocalDate date) {
        return new ArticleMetadata(title, outlet, author, url, date, language, notes, event);
    }

    public ArticleMetadata withEvent(String newEvent) {
        return new ArticleMetadata(title, outlet, author, url, published, language, notes, newEvent);
    }

    /**
     * The article's date as the panes, the article list and the report say it: the day it was published in ISO 8601
     * ("2025-07-03", the form the date fields show and the event labels hold, so that one date reads the same everywhere),
     * else the day of the event it reports, labelled as such ("2025-07-03 (event)"), else "no date".
     */
    public String dateLine() {
        return publishedDate().map(DAY::format).or(() -> eventDate().map(d -> DAY.format(d) + " (event)")).orElse("no date");
    }

    /**
     * What "(event)" after a date means, for a tooltip and under the report's list of articles: a newcomer could not tell
     * (stop 46). Empty where the date shown is the article's own, or there is none.
     */
    public Optional<String> dateNote() {
        return publishedDate().isPresent() || eventDate().isEmpty() ? Optional.empty() : Optional.of(EVENT_DATE_NOTE);
    }

    /** The note of {@link #dateNote}. */
    public static final String EVENT_DATE_NOTE = "“(event)”: the article gives no date of its own; the date shown is that of the event it reports.";

    /** The date the event's label holds ("…, 2025-07-03": the app names events "what, yyyy-MM-dd"), if it holds a valid one. */
    public Optional<LocalDate> eventDate() {
        java.util.regex.Matcher m = ISO_DATE.matcher(event);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    /** "Outlet · 2025-07-03 · Author", or whatever part of it is known (the date in ISO 8601, as {@link #dateLine}). */
    public String byline() {
        StringBuilder sb = new StringBuilder(outlet);
        if (published != null) {
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            sb.append(DAY.format(published));
        }
        if (!author.isEmpty()) {
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            sb.append(author);
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
