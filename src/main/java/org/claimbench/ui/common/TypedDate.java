package org.claimbench.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/**
 * The date a {@link DatePicker} holds as the user sees it: what its field reads, committed or not. A DatePicker's value
 * changes only when Enter is pressed in its field or the field loses focus, so a dialog that reads {@code getValue()}
 * when OK is pressed from the keyboard drops a date typed just before; every dialog with a date reads it here instead,
 * with the picker's own converter (the format its calendar writes, the user's locale's short date).
 *
 * <p>Call on the JavaFX thread.
 */
public final class TypedDate {

    /**
     * What the field reads: {@code date} empty when the field is blank ("no date"); {@code readable} false when text is
     * there but is no date the converter reads.
     */
    public record Reading(Optional<LocalDate> date, boolean readable) {
    }

    private TypedDate() {
    }

    /** What {@code picker}'s field reads now (its text: a committed value is written there too). */
    public static Reading of(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return new Reading(Optional.empty(), true);
        }
        Optional<LocalDate> d = picker.getConverter() instanceof IsoFirst k ? k.read(typed) : read(picker.getConverter(), typed);
        return new Reading(d, d.isPresent());
    }

    /**
     * Formats read besides the picker's own (newcomer33 could not guess the locale's short date, the picker's own form then:
     * "2026-03-14" and "14 Mar 2026" were refused): ISO 8601 and day, month name, year in English.
     */
    private static final List<DateTimeFormatter> ALSO = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));

    /** The date {@code text} gives with the picker's converter, else in one of {@link #ALSO}; empty if none reads it. */
    static Optional<LocalDate> read(StringConverter<LocalDate> converter, String text) {
        String t = text.strip();
        try {
            LocalDate d = converter.fromString(t);
            if (d != null) {
                return Optional.of(d);
            }
        } catch (RuntimeException e) {
            // not the locale's short date: the other forms below
        }
        for (DateTimeFormatter f : ALSO) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (java.time.format.DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    /**
     * What to tell the user who typed {@code typed} where no date could be read: what it did not read and how to type one,
     * e.g. "“the 4th” is not a date this field reads: type one like 2025-07-03 (or 3 Jul 2025), or choose it from the
     * calendar, or leave the field empty for no date."
     */
    public static String unreadable(DatePicker picker, String typed) {
        return "“" + typed.strip() + "” is not a date this field reads: type one like 2025-07-03 (or 3 Jul 2025), or choose it "
                + "from the calendar, or leave the field empty for no date.";
    }

    /**
     * Keeps {@code ok} from closing its dialog while {@code picker}'s field holds text that is no date: the press is
     * consumed, {@code message} (a label under the field, hidden until needed) says what to type, and the field gets
     * the keyboard with its text selected. The message leaves as soon as the field is changed. The picker shows its date
     * in ISO 8601 (2025-07-03), as the panes' headers, the article list and the report do (its own converter wrote the
     * locale's short date, 11/30/2026, beside 2026-11-30 everywhere else); it reads that, the forms of {@link #ALSO} and
     * the locale's short date. Leaving the field with text that is no date keeps the value and the text as they are
     * (JavaFX's own converter throws from the focus listener, and the text typed would be replaced by the old date).
     */
    public static void guard(Button ok, DatePicker picker, Label message) {
        if (!(picker.getConverter() instanceof IsoFirst)) {
            LocalDate shown = picker.getValue();
            picker.setConverter(new IsoFirst(picker.getConverter(), picker));
            // The field was written with the old converter when the value was given: written again in ISO.
            picker.getEditor().setText(shown == null ? "" : ISO.toString(shown));
        }
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        message.setStyle("-fx-text-fill: -color-danger-fg;");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!of(picker).readable()) {
                e.consume();
                message.setText(unreadable(picker, picker.getEditor().getText()));
                message.setVisible(true);
                message.setManaged(true);
                picker.getEditor().requestFocus();
                picker.getEditor().selectAll();
                if (message.getScene() != null && message.getScene().getWindow() != null) {
                    message.getScene().getWindow().sizeToScene();
                }
            }
        });
        picker.getEditor().textProperty().addListener((o, was, now) -> {
            message.setVisible(false);
            message.setManaged(false);
        });
    }

    private static final StringConverter<LocalDate> ISO = new javafx.util.converter.LocalDateStringConverter(
            java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, null);

    /**
     * Shows dates in ISO 8601; reads ISO 8601, the forms of {@link #ALSO}, then the locale's short date (the picker's own
     * converter, {@code locale}); text none of them reads leaves the picker's value as it is.
     */
    private static final class IsoFirst extends StringConverter<LocalDate> {

        private final StringConverter<LocalDate> locale;
        private final DatePicker picker;

        IsoFirst(StringConverter<LocalDate> locale, DatePicker picker) {
            this.locale = locale;
            this.picker = picker;
        }

        Optional<LocalDate> read(String text) {
            return TypedDate.read(ISO, text).or(() -> TypedDate.read(locale, text));
        }

        @Override
        public String toString(LocalDate date) {
            return ISO.toString(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return read(text).orElse(picker.getValue());
        }
    }
}
