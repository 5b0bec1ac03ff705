package org.claimbench.analysis.contradiction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The fields of a stored form of a claim's features ({@link StoredFeatures}), written and read in one order. */
final class FeatureStream {

    private FeatureStream() {
    }

    /** Writes a stored form's fields. */
    static final class Writer {
        private final DataOutputStream out;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        void strings(List<String> l) throws IOException {
            out.writeInt(l.size());
            for (String s : l) {
                string(s);
            }
        }

        void ints(List<Integer> l) throws IOException {
            out.writeInt(l.size());
            for (int x : l) {
                out.writeInt(x);
            }
        }

        void bool(boolean b) throws IOException {
            out.writeBoolean(b);
        }

        void integer(int x) throws IOException {
            out.writeInt(x);
        }

        void real(double x) throws IOException {
            out.writeDouble(x);
        }

        void size(List<?> l) throws IOException {
            out.writeInt(l.size());
        }
    }

    /** Reads what {@link Writer} wrote, in the same order; strings interned as the reading's lemmas are. */
    static final class Reader {
        private final DataInputStream in;

        Reader(DataInputStream in) {
            this.in = in;
        }

        String string() throws IOException {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            if (n > in.available()) {
                throw new IOException("damaged");
            }
            byte[] b = new byte[n];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8).intern();
        }

        List<String> strings() throws IOException {
            int n = size();
            String[] a = new String[n];
            for (int i = 0; i < n; i++) {
                a[i] = string();
            }
            return List.of(a);
        }

        List<Integer> ints() throws IOException {
            int n = size();
            Integer[] a = new Integer[n];
            for (int i = 0; i < n; i++) {
                a[i] = in.readInt();
            }
            return List.of(a);
        }

        boolean bool() throws IOException {
            return in.readBoolean();
        }

        int integer() throws IOException {
            return in.readInt();
        }

        double real() throws IOException {
            return in.readDouble();
        }

        /** A list's length, checked against what is left (a damaged length would otherwise allocate gigabytes). */
        int size() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IOException("damaged");
            }
            return n;
        }

        <T> List<T> list(Item<T> item) throws IOException {
            int n = size();
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(item.read(this));
            }
            return List.copyOf(out);
        }
    }

    /** One element of a list of records, read. */
    interface Item<T> {
        T read(Reader r) throws IOException;
    }
}
