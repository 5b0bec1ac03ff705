package org.claimbench.ui.common;

import javafx.util.StringConverter;
import org.claimbench.domain.Source;

/** Shows a source by its name in combo boxes and choosers. */
public final class SourceConverter extends StringConverter<Source> {

    @Override
    public String toString(Source s) {
        return s == null ? "" : s.name();
    }

    @Override
    public Source fromString(String s) {
        return null;
    }
}
