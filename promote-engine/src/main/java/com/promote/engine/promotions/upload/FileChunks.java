package com.promote.engine.promotions.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * An uploaded file kept in the database (so any instance can run it), in 1 MiB slices that
 * stay under MySQL's default packet size, and read back one slice at a time.
 */
public final class FileChunks {
    public static final int SLICE = 1024 * 1024;

    private FileChunks() {
    }

    public static void write(Handle handle, long promotionId, InputStream content) throws IOException {
        int seq = 0;
        byte[] slice;
        while ((slice = content.readNBytes(SLICE)).length > 0) {
            handle.createUpdate("INSERT INTO promotion_file_chunks (promotion_id, seq, data) VALUES (:p, :s, :d)")
                    .bind("p", promotionId).bind("s", seq++).bind("d", slice).execute();
        }
    }

    public static InputStream read(Jdbi jdbi, long promotionId) {
        List<Integer> seqs = jdbi.withHandle(h -> h.createQuery(
                        "SELECT seq FROM promotion_file_chunks WHERE promotion_id = :p ORDER BY seq")
                .bind("p", promotionId).mapTo(Integer.class).list());
        Enumeration<InputStream> slices = new Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < seqs.size();
            }

            @Override
            public InputStream nextElement() {
                if (!hasMoreElements()) {
                    throw new NoSuchElementException();
                }
                int seq = seqs.get(next++);
                byte[] data = jdbi.withHandle(h -> h.createQuery(
                                "SELECT data FROM promotion_file_chunks WHERE promotion_id = :p AND seq = :s")
                        .bind("p", promotionId).bind("s", seq).mapTo(byte[].class).one());
                return new java.io.ByteArrayInputStream(data);
            }
        };
        return new SequenceInputStream(slices);
    }
}
