package org.claimbench.importing;

import java.nio.charset.Charset;

/** Text decoded from bytes, with the encoding that was found. */
public record DecodedText(String text, Charset encoding) {
}
