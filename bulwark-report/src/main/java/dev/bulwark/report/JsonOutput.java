package dev.bulwark.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * Streaming JSON generation shared by the JSON and SARIF reporters: two-space indentation and
 * {@code \n} line ends whatever the platform, so the bytes are the same everywhere.
 */
final class JsonOutput {

    private JsonOutput() {
    }

    static JsonGenerator open(Appendable out) throws IOException {
        Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        JsonGenerator g = factory.createGenerator(writer);
        g.setPrettyPrinter(prettyPrinter());
        return g;
    }

    /** Ends the document with a newline and flushes it into the caller's output. */
    static void finish(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        g.close();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    static void writeStringArray(JsonGenerator g, String field, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Lets Jackson write into any {@link Appendable}; closing it leaves the target open. */
    private static final class AppendableWriter extends Writer {
        private final Appendable target;

        AppendableWriter(Appendable target) {
            this.target = target;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            target.append(CharBuffer.wrap(buf, off, len));
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            target.append(str, off, off + len);
        }

        @Override
        public void flush() {
            // The target is flushed by its owner; Appendable has no flush.
        }

        @Override
        public void close() {
            // The caller owns the target.
        }
    }
}
