package org.maagal.documents;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file that tells whether anyone opened it to read: a named pipe (FIFO) with a thread that writes into it
 * for every reader. Opening a pipe to write waits until someone opens it to read, so every open by a reader is
 * counted, without guessing from access times. What a reader gets is a style sheet that would print
 * {@link #PRINTED}, so a read that got through would also show in the document. Needs {@code mkfifo} (Linux).
 */
public final class FileOpenProbe implements AutoCloseable {

  public static final String PRINTED = "READ-FROM-THE-SERVERS-DISK";
  private static final byte[] CSS = ("body::after { content: \"" + PRINTED + "\"; }").getBytes(StandardCharsets.UTF_8);

  private final Path pipe;
  private final AtomicInteger opened = new AtomicInteger();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final Thread writer;

  public FileOpenProbe(Path directory, String name) {
    pipe = directory.resolve(name);
    try {
      var made = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor();
      assumeTrue(made == 0, "mkfifo is needed to see whether a file is opened");
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is needed to see whether a file is opened: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    writer = new Thread(this::writeToEveryReader, "file-open-probe");
    writer.start();
  }

  private void writeToEveryReader() {
    while (true) {
      try (var out = new FileOutputStream(pipe.toFile())) {
        if (closing.get()) {
          return;
        }
        // counted before the content is written, so a reader who got it was counted
        opened.incrementAndGet();
        out.write(CSS);
      } catch (IOException readerWentAway) {
        // the reader closed the pipe before reading all of it: it was counted already
      }
    }
  }

  /** The file's address, such as {@code file:///tmp/junit123/passwd}. */
  public String url() {
    return pipe.toUri().toString();
  }

  public Path path() {
    return pipe;
  }

  /** How many times a reader opened the file. */
  public int opens() {
    return opened.get();
  }

  /**
   * Stops the writer: the probe opens the pipe itself, read and write, which never waits, so the writer's open
   * returns, sees the probe closing and ends. The probe's open is held until then, so no later open can wait.
   */
  @Override
  public void close() throws Exception {
    closing.set(true);
    try (var release = new RandomAccessFile(pipe.toFile(), "rw")) {
      writer.join();
    }
  }
}
