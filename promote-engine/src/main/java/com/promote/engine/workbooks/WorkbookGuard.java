package com.promote.engine.workbooks;

import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks inside an uploaded zip before any spreadsheet code reads it, and refuses it as a whole
 * unless it is a plain Excel workbook: not an OpenDocument or Numbers file, no macros, no links
 * to other files or data sources, no XML document types (so no entity is ever resolved), and no
 * more than {@code maxUnpackedBytes} once inflated. Sizes are counted while inflating, in a
 * small buffer, never trusted from the zip's own directory, and nothing is written to disk.
 */
public final class WorkbookGuard {
    private static final int MAX_ENTRIES = 10_000;
    private static final byte[] DOCTYPE = "<!doctype".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!entity".getBytes(StandardCharsets.US_ASCII);
    private static final String SAVE_AS = "save it as Excel Workbook (.xlsx) or CSV UTF-8 and upload that";

    private final String name;
    private final long maxUnpackedBytes;
    private long unpacked;

    private WorkbookGuard(String name, long maxUnpackedBytes) {
        this.name = name;
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    public static void check(Path file, String name, long maxUnpackedBytes) throws IOException {
        new WorkbookGuard(name, maxUnpackedBytes).check(file);
    }

    private void check(Path file) throws IOException {
        boolean contentTypes = false;
        String mimetype = null;
        boolean numbers = false;
        String types = "";
        String workbookRels = "";
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw refused(name + " holds " + zip.size() + " parts, more than a workbook ever has");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String part = entry.getName();
                String lower = part.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
                    throw refused(name + " contains macros, which Promote never opens; " + SAVE_AS);
                }
                if (lower.startsWith("xl/externallinks/") || lower.equals("xl/connections.xml")) {
                    throw refused(name + " links to other files or data sources, which Promote never follows;"
                            + " copy the values in (Paste Special > Values), break the links, and " + SAVE_AS);
                }
                if (lower.startsWith("index/") && lower.endsWith(".iwa")) {
                    numbers = true;
                }
                byte[] head = inflate(zip, entry, lower);
                if (lower.equals("mimetype")) {
                    mimetype = new String(head, StandardCharsets.US_ASCII).trim();
                } else if (lower.equals("[content_types].xml")) {
                    contentTypes = true;
                    types = new String(head, StandardCharsets.UTF_8);
                } else if (lower.equals("xl/_rels/workbook.xml.rels")) {
                    workbookRels = new String(head, StandardCharsets.UTF_8);
                }
            }
        } catch (ZipException e) {
            throw new PromoteException(ErrorKind.FILE_REJECTED, name + " looks like a workbook but cannot be opened"
                    + " (the file is damaged or incomplete: " + e.getMessage() + "); save it again as .xlsx");
        }
        if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument")) {
            throw refused(name + " is an OpenDocument file (.ods), which Promote cannot read; " + SAVE_AS);
        }
        if (numbers) {
            throw refused(name + " is an Apple Numbers file, which Promote cannot read; in Numbers choose"
                    + " File > Export To > Excel (.xlsx) or CSV and upload that");
        }
        if (!contentTypes) {
            throw refused(name + " is a zip archive, not an Excel workbook; " + SAVE_AS);
        }
        if (types.contains("macroEnabled")) {
            throw refused(name + " is a macro-enabled workbook (.xlsm), which Promote never opens; " + SAVE_AS);
        }
        if (types.contains("sheet.binary")) {
            throw refused(name + " is an Excel binary workbook (.xlsb), which Promote cannot read; " + SAVE_AS);
        }
        if (!types.contains("spreadsheetml.sheet.main+xml") && !types.contains("spreadsheetml.template.main+xml")) {
            throw refused(name + " is an Office document but not an Excel workbook; " + SAVE_AS);
        }
        if (workbookRels.contains("TargetMode=\"External\"") || workbookRels.contains("TargetMode='External'")) {
            throw refused(name + " links to other files, which Promote never follows; copy the values in"
                    + " (Paste Special > Values), break the links, and " + SAVE_AS);
        }
    }

    /**
     * Inflates one part to count its size and look for document types; returns its first
     * 64 KiB (what the few small parts read above need).
     */
    private byte[] inflate(ZipFile zip, ZipEntry entry, String lower) throws IOException {
        // Every part but pictures is looked through, whatever its name: a workbook may name its
        // sheet part anything, and the reader goes by the workbook's own links, not by names.
        boolean scanned = !lower.startsWith("xl/media/") && !lower.matches(".*\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg)$");
        byte[] buffer = new byte[64 * 1024];
        byte[] head = null;
        byte[] tail = new byte[0];
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                unpacked += n;
                if (unpacked > maxUnpackedBytes) {
                    throw new PromoteException(ErrorKind.FILE_TOO_LARGE, name + " unpacks to more than " + (maxUnpackedBytes / (1024 * 1024))
                            + " MB (ten times the upload limit), more than any list of people needs;"
                            + " split it into smaller files or save it as CSV");
                }
                if (head == null) {
                    head = java.util.Arrays.copyOf(buffer, n);
                }
                if (scanned) {
                    byte[] window = new byte[tail.length + n];
                    System.arraycopy(tail, 0, window, 0, tail.length);
                    System.arraycopy(buffer, 0, window, tail.length, n);
                    if (contains(window, DOCTYPE) || contains(window, ENTITY)) {
                        throw refused(name + " declares an XML document type, which no spreadsheet program"
                                + " writes and Promote never reads; " + SAVE_AS);
                    }
                    tail = java.util.Arrays.copyOfRange(window, Math.max(0, window.length - DOCTYPE.length),
                            window.length);
                }
            }
        }
        return head == null ? new byte[0] : head;
    }

    private static boolean contains(byte[] window, byte[] lowerNeedle) {
        outer:
        for (int i = 0; i + lowerNeedle.length <= window.length; i++) {
            for (int j = 0; j < lowerNeedle.length; j++) {
                byte b = window[i + j];
                if (b >= 'A' && b <= 'Z') {
                    b = (byte) (b + 32);
                }
                if (b != lowerNeedle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static PromoteException refused(String message) {
        return new PromoteException(ErrorKind.UNSUPPORTED_FILE, message);
    }
}
