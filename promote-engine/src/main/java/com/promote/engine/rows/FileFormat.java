package com.promote.engine.rows;

import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * What an upload is, told by its first bytes, never by its name or Content-Type: a zip
 * archive is a workbook (the workbook check then says which kind), an OLE2 compound file is an
 * old or encrypted Excel file and refused, anything else is read as CSV text.
 */
public enum FileFormat {
    CSV("csv"),
    XLSX("xlsx");

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] EMPTY_ZIP = {0x50, 0x4B, 0x05, 0x06};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private final String extension;

    FileFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Reads at most 8 bytes of the stream (and closes it). */
    public static FileFormat sniff(InputStream in, String fileName) throws IOException {
        byte[] head;
        try (in) {
            head = in.readNBytes(OLE2.length);
        }
        if (startsWith(head, OLE2)) {
            throw new PromoteException(ErrorKind.UNSUPPORTED_FILE, fileName + " is an Excel 97-2003 workbook (.xls)"
                    + " or a password-protected workbook, which Promote cannot read. Remove any password, then"
                    + " save it as Excel Workbook (.xlsx) or CSV UTF-8 and upload that.");
        }
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            return XLSX;
        }
        return CSV;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
