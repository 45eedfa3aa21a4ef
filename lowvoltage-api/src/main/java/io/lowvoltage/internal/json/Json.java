package io.lowvoltage.internal.json;

import io.lowvoltage.exceptions.LowVoltageException;
import io.lowvoltage.exceptions.UnknownException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The one shared {@link JsonFactory}, and the edges where JSON becomes bytes and bytes become values. */
public final class Json {
    /** Thread-safe and reusable; it recycles buffers across calls. */
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {
    }

    /** Writes one JSON document. */
    @FunctionalInterface
    public interface Writer {
        /** @param generator where to write; already open, closed by the caller */
        void write(JsonGenerator generator);
    }

    /** Reads a JSON document with a parser positioned on its first token. */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * @param parser positioned on the document's first token
         * @return what was read
         */
        T read(JsonParser parser);
    }

    /**
     * @param writer writes the document
     * @return its UTF-8 bytes
     */
    public static byte[] toBytes(Writer writer) {
        ExactBytes out = new ExactBytes();
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            writer.write(generator);
        }
        return out.toByteArray();
    }

    /**
     * Collects what a generator flushes. The generator buffers the document itself (in a buffer the factory
     * recycles) and flushes it in one write when it is under 8 KB: that write becomes the result as it is, one
     * array of the exact size, where a {@code ByteArrayOutputStream} would grow and then copy once more.
     */
    private static final class ExactBytes extends OutputStream {
        private static final byte[] EMPTY = new byte[0];

        private byte[] bytes = EMPTY;
        private int count;

        @Override
        public void write(int b) {
            grow(1);
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, source.length);
            if (count == 0 && bytes.length == 0) {
                bytes = Arrays.copyOfRange(source, offset, offset + length);
                count = length;
                return;
            }
            grow(length);
            System.arraycopy(source, offset, bytes, count, length);
            count += length;
        }

        private void grow(int more) {
            if (count + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(count + more, 2 * bytes.length));
            }
        }

        byte[] toByteArray() {
            return count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
        }
    }

    /**
     * @param bytes  a JSON document
     * @param reader reads it, starting on its first token
     * @param what   what the document is, for the error message
     * @return what the reader returned
     * @throws UnknownException when the bytes are not the JSON expected, with the location and a sample
     */
    public static <T> T fromBytes(byte[] bytes, Reader<T> reader, String what) {
        try (JsonParser parser = parser(bytes)) {
            parser.nextToken();
            return reader.read(parser);
        } catch (JacksonException e) {
            throw new UnknownException("Could not read " + what + ": " + e.getOriginalMessage() + " at "
                    + e.getLocation() + "; body starts with: " + sample(bytes), e);
        } catch (LowVoltageException e) {
            throw e;
        } catch (RuntimeException e) {
            // A reader that trips on a value it did not expect (a damaged body that is still JSON) is the same
            // failure as malformed JSON for the caller: an answer LowVoltage cannot understand.
            throw new UnknownException("Could not read " + what + ": " + e + "; body starts with: " + sample(bytes), e);
        }
    }

    /**
     * @param bytes a JSON document
     * @return a parser over it, before its first token; the caller closes it
     */
    public static JsonParser parser(byte[] bytes) {
        return FACTORY.createParser(ObjectReadContext.empty(), bytes);
    }

    /** @return the first characters of a body, for error messages */
    public static String sample(byte[] bytes) {
        int length = Math.min(bytes.length, 200);
        String start = new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8);
        return length < bytes.length ? start + "…" : start;
    }

    /**
     * Fails unless the parser is on the expected token.
     *
     * @param parser   the parser
     * @param expected the token expected
     */
    public static void expect(JsonParser parser, JsonToken expected) {
        if (parser.currentToken() != expected) {
            throw new tools.jackson.core.exc.StreamReadException(parser,
                    "expected " + expected + " but found " + parser.currentToken());
        }
    }
}
