package org.maagal.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/** The request as it came, its body read once (by a filter that had to see it whole) and served again. */
final class BufferedBody extends HttpServletRequestWrapper {

  private final byte[] body;

  BufferedBody(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  @Override
  public ServletInputStream getInputStream() {
    var in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] bytes, int offset, int length) {
        return in.read(bytes, offset, length);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      /** The whole body is already here: a non-blocking reader gets it at once. */
      @Override
      public void setReadListener(ReadListener listener) {
        try {
          listener.onDataAvailable();
          listener.onAllDataRead();
        } catch (IOException failed) {
          listener.onError(failed);
        }
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
    return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }
}
