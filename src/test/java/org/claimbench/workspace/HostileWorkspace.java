package org.claimbench.workspace;

import java.nio.file.Path;

import org.claimbench.domain.Article;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.Claim;
import org.claimbench.domain.ContradictionKind;
import org.claimbench.domain.TextOrigin;
import org.claimbench.domain.TextSpan;

/**
 * A workspace built to trouble every export: texts with control characters (\u0001, vertical tab,
 * form feed), astral characters, right-to-left lines and decomposed accents; a note and a topic
 * with line breaks and control characters; a claim changed since marked and an orphan (both left
 * by a revision), a verdict, and contradictions that involve them. Written for these tests.
 */
public final class HostileWorkspace {

    /** Control characters, astral characters and emoji, a right-to-left line, a decomposed é (e + U+0301). */
    public static final String TEXT = "Bulletin\u0001 of the day\n\n"
            + "The ministry said that 3,400 posts have been cut since 2021 😀 across the network.\u000B"
            + "Union leader Ana Pe\u0301trova said the strike will resume on 22 October.\f"
            + "\u05D4\u05D3\u05D5\u05D1\u05E8 \u05D0\u05DE\u05E8 \u05E9\u05D4\u05E9\u05D9\u05D7\u05D4 \u05D4\u05D9\u05D9\u05EA\u05D4 \u05D0\u05E8\u05D5\u05DB\u05D4.\n"
            + "𝔗he mayor added that no posts were cut on the front line this year.\n";

    /** The same bulletin, revised: the figures of the first claim changed, the last sentence gone. */
    public static final String REVISED = TEXT.replace("3,400 posts have been cut since 2021", "3,100 posts had been cut since 2020")
            .replace("𝔗he mayor added that no posts were cut on the front line this year.\n", "A commuter said trains were late.\n");

    public final Workspace workspace;
    public final Article article;
    public final Claim changed;
    public final Claim orphan;
    public final Claim rtl;
    public final Claim decomposed;

    private HostileWorkspace(Workspace w, Article a, Claim changed, Claim orphan, Claim rtl, Claim decomposed) {
        this.workspace = w;
        this.article = a;
        this.changed = changed;
        this.orphan = orphan;
        this.rtl = rtl;
        this.decomposed = decomposed;
    }

    public static HostileWorkspace create(Path dir, String name) {
        Workspace w = TempWorkspaces.create(dir, name);
        Article a = w.addArticle(new org.claimbench.domain.ArticleDraft(new ArticleMetadata("Bulletin\u0001 <of> \"the\" day\nsecond line", "Outlet\u000B",
                "", "https://example.org/news/a b?x=1&y=ü", null, "en", "notes\u0001"), TEXT)).article();
        long press = w.sourceNamed("Press").orElseThrow().id();
        long ukraine = w.sourceNamed("Ukraine").orElseThrow().id();
        Claim figures = w.markClaim(a.id(), span(TEXT, "3,400 posts have been cut since 2021"), press, "ministry", "a note\u0001 with\u000B controls\nand lines");
        Claim gone = w.markClaim(a.id(), span(TEXT, "no posts were cut on the front line this year"), press, "𝔗he mayor", "");
        Claim hebrew = w.markClaim(a.id(), span(TEXT, "\u05D4\u05E9\u05D9\u05D7\u05D4 \u05D4\u05D9\u05D9\u05EA\u05D4 \u05D0\u05E8\u05D5\u05DB\u05D4"), ukraine, "", "");
        Claim accent = w.markClaim(a.id(), span(TEXT, "the strike will resume on 22 October"), ukraine, "Ana Pe\u0301trova", "");
        w.updateClaim(figures.id(), press, "ministry", "How many posts\nwere cut?", figures.note());
        w.setVerdict(accent.id(), w.ratingScale().get(0), "Line one\nline two \u0001", "Reviewer");
        w.addContradiction(figures.id(), gone.id(), ContradictionKind.NUMERIC, "cut\u0001 or not");
        w.addContradiction(hebrew.id(), accent.id(), ContradictionKind.FRAMING, "");
        w.reviseArticle(a.id(), REVISED, TextOrigin.FILE);
        return new HostileWorkspace(w, w.article(a.id()).orElseThrow(), w.claim(figures.id()).orElseThrow(), w.claim(gone.id()).orElseThrow(),
                w.claim(hebrew.id()).orElseThrow(), w.claim(accent.id()).orElseThrow());
    }

    private static TextSpan span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException(words);
        }
        return new TextSpan(at, at + words.length());
    }
}
