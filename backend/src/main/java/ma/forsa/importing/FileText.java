package ma.forsa.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV file as associations save it: UTF-8 (with or without a byte-order mark), UTF-16
 * (Excel's "Unicode text") or Windows-1256 (Excel's "CSV" on an Arabic Windows), told apart by the
 * bytes. A file that is none of them is refused with the line where it stops being text, never
 * guessed: a wrong guess would store garbled names.
 */
public final class FileText {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    /** The file is not text in any encoding read here; {@code line} is the file's line (1 = the header). */
    public static final class NotText extends Exception {

        public final int line;

        NotText(int line, String encoding) {
            super("line " + line + " is not " + encoding + " text");
            this.line = line;
        }
    }

    public record Decoded(String text, String encoding) {}

    private FileText() {}

    public static Decoded decode(byte[] bytes) throws NotText {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16, "UTF-16");
        }
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.firstInvalid < 0) {
            return checked(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
        }
        // Arabic in Windows-1256 is almost never valid UTF-8 (its letters are all above 0xC0, so
        // they cannot follow one another in UTF-8); a file mostly valid as UTF-8 is UTF-8 with a
        // broken spot, and read as Windows-1256 its Arabic would come out as "ظ…ط­ظ…ط¯".
        if (scan.validMultibyte > scan.invalid) {
            throw new NotText(lineAt(bytes, scan.firstInvalid), "UTF-8");
        }
        return checked(new String(bytes, WINDOWS_1256), "Windows-1256");
    }

    private static Decoded strict(byte[] bytes, int from, Charset charset, String name) throws NotText {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from), out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            throw new NotText(lines(out, out.length()), name);
        }
        out.flip();
        return checked(out.toString(), name);
    }

    /** Text has no control characters but tabs and line ends: NULs and the like mean the bytes were read wrong. */
    private static Decoded checked(String text, String name) throws NotText {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFFFD') {
                throw new NotText(lines(text, i), name);
            }
        }
        return new Decoded(text, name);
    }

    /** UTF-16 without a mark: every other byte of its ASCII (digits, commas, line ends) is zero. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += bytes[2 * i] == 0 ? 1 : 0;
            oddZeros += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 10 > pairs * 3 && evenZeros * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 > pairs * 3 && oddZeros * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    private static int lines(CharSequence text, int upTo) {
        int line = 1;
        for (int i = 0; i < upTo; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    /** How much of a byte sequence is well-formed UTF-8 beyond ASCII, and where it first is not. */
    private record Utf8Scan(int validMultibyte, int invalid, int firstInvalid) {

        static Utf8Scan of(byte[] b) {
            int valid = 0;
            int invalid = 0;
            int first = -1;
            int i = 0;
            while (i < b.length) {
                int lead = b[i] & 0xFF;
                int length = lead < 0x80
                        ? 1
                        : lead >= 0xC2 && lead <= 0xDF
                                ? 2
                                : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
                if (length == 1) {
                    i++;
                    continue;
                }
                if (length > 0 && wellFormed(b, i, length)) {
                    valid++;
                    i += length;
                    continue;
                }
                invalid++;
                if (first < 0) {
                    first = i;
                }
                i++;
            }
            return new Utf8Scan(valid, invalid, first);
        }

        private static boolean wellFormed(byte[] b, int at, int length) {
            if (at + length > b.length) {
                return false;
            }
            int lead = b[at] & 0xFF;
            int second = b[at + 1] & 0xFF;
            // no overlong forms, no surrogates, nothing beyond U+10FFFF
            if ((lead == 0xE0 && second < 0xA0)
                    || (lead == 0xED && second > 0x9F)
                    || (lead == 0xF0 && second < 0x90)
                    || (lead == 0xF4 && second > 0x8F)) {
                return false;
            }
            for (int k = 1; k < length; k++) {
                if ((b[at + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            return true;
        }
    }
}
