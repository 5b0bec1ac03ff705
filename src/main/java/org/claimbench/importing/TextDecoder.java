package org.claimbench.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns the bytes of an article file into text, in the order the HTML Standard's encoding sniffing
 * takes: a byte order mark; the charset the server declared (Content-Type) or, in HTML, the page
 * itself (meta charset, http-equiv Content-Type, an XML declaration); else UTF-8 when the bytes are
 * valid UTF-8; else the encoding ICU's CharsetDetector finds most likely (windows-1251, KOI8-R,
 * Shift_JIS, GB18030 …). Labels are read as the WHATWG Encoding Standard reads them (ISO-8859-1 and
 * US-ASCII mean windows-1252). One exception to a declared charset: bytes that are valid UTF-8 with
 * multi-byte sequences are UTF-8 whatever a page declares (a saved page re-encoded without its meta
 * tag being updated; text in a legacy encoding is almost never valid UTF-8). UTF-16 without a mark
 * is told by its zero bytes; anything else with NUL bytes or many control characters is binary.
 */
public final class TextDecoder {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** WHATWG Encoding Standard labels that name another encoding than Java's charset of that name. */
    private static final Map<String, String> WHATWG = Map.of("iso-8859-1", "windows-1252", "iso8859-1", "windows-1252",
            "latin1", "windows-1252", "us-ascii", "windows-1252", "ascii", "windows-1252", "iso-8859-9", "windows-1254",
            "tis-620", "windows-874", "iso-8859-11", "windows-874", "gb2312", "GBK", "x-gbk", "GBK");

    private TextDecoder() {
    }

    /** Decodes the bytes of a text file, or throws an ImportException (naming fileName) for binary content. */
    public static DecodedText decode(byte[] bytes, String fileName) throws ImportException {
        return decode(bytes, fileName, Optional.empty(), false);
    }

    /**
     * Decodes bytes: {@code declared} is the charset a server named for them (empty if none), {@code html}
     * whether the page's own declaration is to be read.
     */
    public static DecodedText decode(byte[] bytes, String fileName, Optional<String> declared, boolean html) throws ImportException {
        Optional<DecodedText> marked = byOrderMark(bytes);
        if (marked.isPresent()) {
            return marked.get();
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return new DecodedText(new String(bytes, utf16), utf16);
        }
        if (looksBinary(bytes)) {
            throw new ImportException("'" + fileName + "' is not a text, Markdown, HTML, PDF or Word file (it holds binary data). "
                    + "Save it as plain text or HTML first, or copy its text and use Paste text.");
        }
        Optional<String> utf8 = strictUtf8(bytes);
        Optional<Charset> named = declared.flatMap(TextDecoder::charset)
                .or(() -> html ? HtmlCharset.declared(bytes).flatMap(TextDecoder::charset) : Optional.empty());
        if (named.isPresent() && !(utf8.isPresent() && !isAscii(bytes))) {
            return new DecodedText(new String(bytes, named.get()), named.get());
        }
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), isAscii(bytes) ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8);
        }
        Charset detected = detected(bytes);
        return new DecodedText(new String(bytes, detected), detected);
    }

    /** The Java charset of an encoding label, read as the WHATWG Encoding Standard reads it; empty if unknown. */
    static Optional<Charset> charset(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT).replaceAll("^[\"']|[\"']$", "");
        try {
            return Optional.of(Charset.forName(WHATWG.getOrDefault(l, l)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<DecodedText> byOrderMark(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE));
        }
        return Optional.empty();
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** ICU's most likely encoding that Java can decode; windows-1252 when it finds none. */
    private static Charset detected(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch m : matches) {
            Optional<Charset> c = charset(m.getName());
            if (c.isPresent()) {
                return c.get();
            }
        }
        return WINDOWS_1252;
    }

    /** UTF-16 without a byte order mark: most of the high (or low) bytes of the pairs are zero. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 4096);
        if (pairs < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (bytes[i] == 0) {
                zeroEven++;
            }
            if (bytes[i + 1] == 0) {
                zeroOdd++;
            }
        }
        if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control > n / 20;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
