package org.claimbench.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.claimbench.exchange.JsonExporter;

/** Prints a value as indented JSON. */
final class JsonOutput {

    private JsonOutput() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(JsonExporter.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
