package com.promote.engine.csv;

import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a spreadsheet saved the file: UTF-8 (with or without BOM) or, when the bytes are not
 * valid UTF-8, Windows-1252. Anything else (UTF-16, binary) is refused, since guessing would
 * put wrong letters into members' names.
 */
public record FileEncoding(Charset charset, int bomLength) {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUFFER = 64 * 1024;

    /** Reads the stream to its end; call with a fresh stream over the whole file. */
    public static FileEncoding detect(InputStream raw, String fileName) throws IOException {
        InputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(4);
        byte[] head = in.readNBytes(3);
        in.reset();
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            throw unsupported(fileName + " is saved as UTF-16; save it as CSV UTF-8 (or plain CSV) and upload again");
        }
        boolean bom = head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        if (bom) {
            in.skipNBytes(3);
        }
        boolean utf8 = true;
        boolean cp1252 = true;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        long offset = bom ? 3 : 0;
        byte[] chunk = new byte[BUFFER];
        int n;
        while ((n = in.read(chunk, 0, bytes.remaining())) > 0) {
            for (int i = 0; i < n; i++) {
                int b = chunk[i] & 0xFF;
                if (b == 0) {
                    throw unsupported(fileName + " is not a text CSV file (it has a zero byte at byte "
                            + (offset + i + 1) + "); export the sheet as CSV");
                }
                if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                    cp1252 = false;
                }
            }
            offset += n;
            if (utf8) {
                bytes.put(chunk, 0, n).flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                chars.clear();
                if (result.isError()) {
                    utf8 = false;
                }
                bytes.compact();
            }
        }
        if (utf8) {
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, true);
            utf8 = !result.isError() && !decoder.flush(chars).isError() && !bytes.hasRemaining();
        }
        if (utf8) {
            return new FileEncoding(StandardCharsets.UTF_8, bom ? 3 : 0);
        }
        if (bom) {
            throw unsupported(fileName + " starts with a UTF-8 mark but is not valid UTF-8; save it again as CSV UTF-8");
        }
        if (!cp1252) {
            throw unsupported(fileName + " is in an encoding Promote cannot read; save it as CSV UTF-8 and upload again");
        }
        return new FileEncoding(WINDOWS_1252, 0);
    }

    public String label() {
        return charset.equals(StandardCharsets.UTF_8) ? (bomLength > 0 ? "UTF-8 (BOM)" : "UTF-8") : "Windows-1252";
    }

    /** The encoding a {@link #label()} names, or null for anything else (then it is detected again). */
    public static FileEncoding ofLabel(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "UTF-8" -> new FileEncoding(StandardCharsets.UTF_8, 0);
            case "UTF-8 (BOM)" -> new FileEncoding(StandardCharsets.UTF_8, 3);
            case "Windows-1252" -> new FileEncoding(WINDOWS_1252, 0);
            default -> null;
        };
    }

    private static PromoteException unsupported(String message) {
        return new PromoteException(ErrorKind.UNSUPPORTED_FILE, message);
    }

}
