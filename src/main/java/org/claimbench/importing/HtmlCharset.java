package org.claimbench.importing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The encoding an HTML page declares for itself, as the HTML Standard's prescan finds it: an XML
 * declaration's encoding, a meta charset, or the charset parameter of a meta http-equiv
 * Content-Type, in the page's first bytes (8 KB: pages put long comments and scripts before their
 * meta tags more often than the standard's 1,024 bytes allow). A declared UTF-16 means UTF-8 here,
 * as the standard says, since the bytes were read as ASCII to find it.
 */
final class HtmlCharset {

    private static final int PRESCAN_BYTES = 8192;
    private static final Pattern XML_DECLARATION = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern CHARSET_PARAMETER = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    /** The label the page declares, if any. */
    static Optional<String> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_DECLARATION.matcher(head);
        if (xml.find()) {
            return Optional.of(utf8ForUtf16(xml.group(1)));
        }
        Document doc = Jsoup.parse(head);
        for (Element meta : doc.select("meta[charset], meta[http-equiv]")) {
            if (meta.hasAttr("charset") && !meta.attr("charset").isBlank()) {
                return Optional.of(utf8ForUtf16(meta.attr("charset")));
            }
            if (meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
                Matcher m = CHARSET_PARAMETER.matcher(meta.attr("content"));
                if (m.find()) {
                    return Optional.of(utf8ForUtf16(m.group(1)));
                }
            }
        }
        return Optional.empty();
    }

    /** The charset parameter of a Content-Type header value ("text/html; charset=KOI8-R"), if any. */
    static Optional<String> ofContentType(String contentType) {
        Matcher m = CHARSET_PARAMETER.matcher(contentType == null ? "" : contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String utf8ForUtf16(String label) {
        return label.strip().toLowerCase(Locale.ROOT).startsWith("utf-16") ? "utf-8" : label.strip();
    }
}
