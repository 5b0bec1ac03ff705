package org.claimbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimbench.analysis.contradiction.ClaimFacts;
import org.claimbench.analysis.contradiction.ClaimReading;
import org.claimbench.analysis.meaning.MeaningVector;

/**
 * The bench's claims as read (text, reading, vector), kept in a JSON file between runs of `bench suggestions
 * --stored-readings`, so a run that measures the contradiction build need not read 10,000 claims first (some 130 s of
 * processor time). A JSON array of objects {text, reading ({@link ClaimReading#encode}), vector (Base64 of
 * {@link MeaningVector#toBytes})}, one a claim in the bench's order.
 */
final class StoredReadings {

    private StoredReadings() {
    }

    /** Writes each claim's text, reading and vector, in order. */
    static void write(Path file, List<ClaimFacts> read) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>(read.size());
        for (ClaimFacts c : read) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("text", c.text());
            row.put("reading", c.reading().encode());
            row.put("vector", Base64.getEncoder().encodeToString(c.vector().toBytes()));
            rows.add(row);
        }
        new ObjectMapper().writeValue(file.toFile(), rows);
    }

    /**
     * The claims unread, each with the reading and vector stored for it; null when the file holds other claims (another
     * count or other texts: they are then read again), so a stale file never stands in for a reading.
     */
    static List<ClaimFacts> read(Path file, List<ClaimFacts> unread) throws IOException {
        List<Map<String, String>> rows = new ObjectMapper().readValue(file.toFile(), new TypeReference<List<Map<String, String>>>() { });
        if (rows.size() != unread.size()) {
            return null;
        }
        List<ClaimFacts> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ClaimFacts c = unread.get(i);
            Map<String, String> row = rows.get(i);
            if (!c.text().equals(row.get("text"))) {
                return null;
            }
            out.add(c.withReading(ClaimReading.decode(row.get("reading")), MeaningVector.fromBytes(Base64.getDecoder().decode(row.get("vector")))));
        }
        return out;
    }
}
