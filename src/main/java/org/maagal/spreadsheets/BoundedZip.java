package org.maagal.spreadsheets;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * An uploaded XLSX as POI's package reads it, from memory, whatever sizes the zip declares. On opening, every
 * part is inflated once into nothing, so that a zip bomb anywhere is refused (POI's minimum inflate ratio, and
 * {@link ReadLimits#MAX_PACKAGE_BYTES} for the whole). Then each part is inflated only when read and only as
 * far as {@link ReadLimits} allow: the parts POI reads to find its way
 * (content types, relationships, the workbook) share {@link ReadLimits#MAX_STRUCTURE_BYTES}; the sheet,
 * shared strings and styles that our reader streams get their own bound when it names them
 * ({@link #allow}). Every part keeps POI's minimum inflate ratio, and no run of XML between two '<' may
 * outgrow {@link ReadLimits#MAX_XML_RUN}. The first bound crossed is kept ({@link #refusal}), since POI
 * may wrap or swallow the exception that carried it.
 */
final class BoundedZip implements ZipEntrySource {

  private final ZipFile zip;
  private final Map<String, Allowance> allowances = new HashMap<>();
  private long structureBytes;
  private OverLimit refusal;
  private boolean closed;

  private record Allowance(long maxBytes, String what) {
  }

  /** @throws OverLimit over a bound; IOException when the bytes are no zip, or name a part twice */
  BoundedZip(byte[] bytes) throws IOException {
    this.zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
    try {
      checkEntries();
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  private void checkEntries() throws IOException {
    var names = new HashSet<String>();
    var entries = zip.getEntries();
    while (entries.hasMoreElements()) {
      // two entries of one name: one reader could read the one, another the other
      if (!names.add(key(entries.nextElement().getName()))) {
        throw new IOException("A zip entry name appears twice");
      }
      if (names.size() > ReadLimits.MAX_ZIP_ENTRIES) {
        throw refuse(ReadLimits.tooLarge("יש בו יותר מ-" + ReadLimits.count(ReadLimits.MAX_ZIP_ENTRIES)
            + " רכיבים פנימיים"));
      }
    }
    long packageBytes = 0;
    byte[] nothing = new byte[64 * 1024];
    entries = zip.getEntries();
    while (entries.hasMoreElements()) {
      var entry = entries.nextElement();
      try (var in = zip.getInputStream(entry)) {
        long inflated = 0;
        for (int n = in.read(nothing); n >= 0; n = in.read(nothing)) {
          inflated += n;
          packageBytes += n;
          if (packageBytes > ReadLimits.MAX_PACKAGE_BYTES) {
            throw refuse(ReadLimits.tooLarge("כשהוא פרוש הוא גדול מ-" + ReadLimits.megabytes(ReadLimits.MAX_PACKAGE_BYTES)));
          }
          checkRatio(in, inflated);
        }
      }
    }
  }

  /** POI's minimum ratio of compressed to inflated bytes, for a part past POI's grace size. */
  private void checkRatio(InputStream in, long inflated) throws OverLimit {
    if (inflated > ReadLimits.inflateRatioGraceBytes() && in instanceof InputStreamStatistics statistics
        && statistics.getCompressedCount() < inflated * ReadLimits.minInflateRatio()) {
      throw refuse("הקובץ דחוס באופן חריג (פי " + ReadLimits.count(Math.round(1 / ReadLimits.minInflateRatio()))
          + " ויותר), כפי שנראית 'פצצת zip'; קובץ Excel רגיל אינו כזה");
    }
  }

  /** Lets the part POI names {@code partName} (as "/xl/worksheets/sheet1.xml") grow to its own bound. */
  void allow(String partName, long maxBytes, String what) {
    allowances.put(key(partName), new Allowance(maxBytes, what));
  }

  /** The bound this file crossed, if any. */
  OverLimit refusal() {
    return refusal;
  }

  private OverLimit refuse(String reason) {
    if (refusal == null) {
      refusal = new OverLimit(reason);
    }
    return refusal;
  }

  private static String key(String name) {
    String path = name.replace('\\', '/');
    return (path.startsWith("/") ? path.substring(1) : path).toLowerCase(Locale.ROOT);
  }

  @Override
  public Enumeration<? extends ZipArchiveEntry> getEntries() {
    return zip.getEntries();
  }

  /** The entry of this name, its case ignored as the OPC standard asks (as POI's own source does). */
  @Override
  public ZipArchiveEntry getEntry(String path) {
    var exact = zip.getEntry(path.replace('\\', '/'));
    if (exact != null) {
      return exact;
    }
    String wanted = key(path);
    var entries = zip.getEntries();
    while (entries.hasMoreElements()) {
      var entry = entries.nextElement();
      if (key(entry.getName()).equals(wanted)) {
        return entry;
      }
    }
    return null;
  }

  @Override
  public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
    if (refusal != null) {
      throw refusal;
    }
    return new Inflated(zip.getInputStream(entry), key(entry.getName()));
  }

  @Override
  public void close() throws IOException {
    closed = true;
    zip.close();
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  /** One part as it inflates, held to its bounds at every read. */
  private final class Inflated extends FilterInputStream {

    private final String name;
    private final byte[] one = new byte[1];
    private long inflated;
    private int run;

    Inflated(InputStream in, String name) {
      super(in);
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (refusal != null) {
        throw refusal;
      }
      int n = super.read(bytes, offset, length);
      if (n > 0) {
        count(n);
        for (int index = offset; index < offset + n; index++) {
          run = bytes[index] == '<' ? 0 : run + 1;
          if (run > ReadLimits.MAX_XML_RUN) {
            throw refuse(ReadLimits.tooLarge("יש בו ערך או תגית ארוכים מ-" + ReadLimits.MAX_XML_RUN / 1024 + " KB"));
          }
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // every byte goes through read, so that none escapes the bounds
      byte[] buffer = new byte[8192];
      long skipped = 0;
      while (skipped < n) {
        int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
        if (read < 0) {
          break;
        }
        skipped += read;
      }
      return skipped;
    }

    private void count(int n) throws OverLimit {
      inflated += n;
      var allowance = allowances.get(name);
      if (allowance != null) {
        if (inflated > allowance.maxBytes()) {
          throw refuse(ReadLimits.tooLarge(allowance.what() + " גדול מ-" + ReadLimits.megabytes(allowance.maxBytes())));
        }
      } else {
        structureBytes += n;
        if (structureBytes > ReadLimits.MAX_STRUCTURE_BYTES) {
          throw refuse(ReadLimits.tooLarge("חלקי המבנה שלו (קשרים, סוגי תוכן, החוברת) גדולים מ-"
              + ReadLimits.megabytes(ReadLimits.MAX_STRUCTURE_BYTES)));
        }
      }
      checkRatio(in, inflated);
    }
  }
}
