package io.pacer.ingest.xlsx;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.pacer.ingest.Inputs;
import io.pacer.support.web.ApiProblemException;
import org.springframework.http.HttpStatus;

/**
 * Inflates every entry of the zip once, counting, before POI is given the file: an entry that inflates past
 * {@link #MAX_ENTRY} bytes, a file past {@link #MAX_TOTAL}, more than {@link #MAX_ENTRIES} entries, or an entry past
 * 1 MB that inflates more than {@link #MAX_RATIO} times its compressed size (what a zip bomb does; a real sheet
 * compresses 5 to 30 times) is 413, decided while inflating, so at most {@code MAX_TOTAL} bytes are ever produced and
 * none of them kept. A file that is not a readable zip is 415.
 */
final class ZipScan {

    static final long MAX_ENTRY = 8L * 1024 * 1024;
    static final long MAX_TOTAL = 24L * 1024 * 1024;
    static final int MAX_ENTRIES = 500;
    static final int MAX_RATIO = 100;
    private static final long RATIO_GRACE = 1024 * 1024;

    private ZipScan() {
    }

    static void check(byte[] body) {
        Counting raw = new Counting(new ByteArrayInputStream(body));
        byte[] scratch = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw tooLarge("the workbook has more than " + MAX_ENTRIES + " parts");
                }
                long start = raw.count;
                long inflated = 0;
                String name = "part " + Inputs.quote(entry.getName());
                for (int n = zip.read(scratch); n >= 0; n = zip.read(scratch)) {
                    inflated += n;
                    total += n;
                    if (inflated > MAX_ENTRY) {
                        throw tooLarge(name + " inflates to more than " + MAX_ENTRY / (1024 * 1024)
                                + " MB; at most " + XlsxFile.MAX_ROWS + " rows are read, split the sheet");
                    }
                    if (total > MAX_TOTAL) {
                        throw tooLarge("the workbook inflates to more than " + MAX_TOTAL / (1024 * 1024) + " MB");
                    }
                    if (inflated > RATIO_GRACE && inflated > MAX_RATIO * Math.max(1, raw.count - start)) {
                        throw tooLarge(name + " inflates more than " + MAX_RATIO
                                + " times its compressed size, as a zip bomb does");
                    }
                }
            }
        }
        catch (IOException | IllegalArgumentException e) {
            throw notXlsx("the body is not a readable xlsx (zip) file");
        }
        if (entries == 0) {
            throw notXlsx("the body is not an xlsx file: an xlsx is a zip archive, this has no entries");
        }
    }

    static ApiProblemException tooLarge(String why) {
        return ApiProblemException.of(HttpStatus.CONTENT_TOO_LARGE, "body", why);
    }

    static ApiProblemException notXlsx(String why) {
        return ApiProblemException.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "body", why);
    }

    /** Counts the compressed bytes the inflater has taken so far. */
    private static final class Counting extends FilterInputStream {

        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(0, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
