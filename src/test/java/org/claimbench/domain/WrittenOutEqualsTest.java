package org.claimbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;

import org.claimbench.ui.article.Byline;
import org.claimbench.ui.article.RestyleRequest;
import org.claimbench.ui.sources.SourceRow;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals is written out (so that the start-up links no generated one) compare every
 * component, as a record's generated equals does: a copy is equal (with the same hash), a copy with any one
 * component changed is not. A component added later and left out of equals fails here.
 */
class WrittenOutEqualsTest {

    @Test
    void anArticleComparesEveryComponent() throws Exception {
        checkEveryComponent(new Article(7, ArticleMetadata.titled("Talks resume"), 120, "ab12", Instant.ofEpochSecond(1_700_000_000),
                TextOrigin.EDIT));
    }

    @Test
    void aLegendRowComparesEveryComponent() throws Exception {
        checkEveryComponent(new SourceRow(new Source(3, "Europe", "#1f77b4", "", 2), 3, 14, true));
    }

    @Test
    void aBylineComparesEveryComponent() throws Exception {
        checkEveryComponent(new Byline("Wire desk", "2024-02-09", 12));
    }

    @Test
    void aRestyleRequestComparesEveryComponent() throws Exception {
        checkEveryComponent(new RestyleRequest(4, 90, 12, false));
    }

    private static void checkEveryComponent(Record r) throws Exception {
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(r);
        }
        Constructor<?> canonical = r.getClass().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Object copy = canonical.newInstance(values.clone());
        assertEquals(r, copy);
        assertEquals(r.hashCode(), copy.hashCode());
        assertNotEquals(r, null);
        assertNotEquals(r, "a string");
        for (int i = 0; i < components.length; i++) {
            Object[] changed = values.clone();
            changed[i] = another(values[i]);
            assertNotEquals(r, canonical.newInstance(changed), components[i].getName() + " is compared");
        }
    }

    /** A value of the same type that differs. */
    private static Object another(Object v) {
        if (v instanceof Integer i) {
            return i + 1;
        } else if (v instanceof Long l) {
            return l + 1;
        } else if (v instanceof Boolean b) {
            return !b;
        } else if (v instanceof String s) {
            return s + "x";
        } else if (v instanceof Instant t) {
            return t.plusSeconds(1);
        } else if (v instanceof TextOrigin o) {
            return TextOrigin.values()[(o.ordinal() + 1) % TextOrigin.values().length];
        } else if (v instanceof ArticleMetadata m) {
            return m.withTitle(m.title() + "x");
        } else if (v instanceof Source s) {
            return new Source(s.id(), s.name() + "x", s.colour(), s.description(), s.sortOrder());
        }
        throw new IllegalArgumentException("no other value for " + v);
    }
}
