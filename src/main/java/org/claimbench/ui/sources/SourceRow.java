package org.claimbench.ui.sources;

import org.claimbench.domain.Source;

/** A source in the legend: its number key, how many claims it has, whether they are shown. */
public record SourceRow(Source source, int key, int claims, boolean visible) {
}
