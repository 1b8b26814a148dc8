package org.maagal.publication;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * The public site's languages: Hebrew by default, Arabic and English on {@code ?lang=ar} and {@code ?lang=en}. The
 * site's own words come from {@code publication/words_<code>.properties}; the plan itself is the city's, in Hebrew.
 */
enum SiteLanguage {
  HE("he"), AR("ar"), EN("en");

  static final String PARAMETER = "lang";

  private final String code;
  private final Properties words;

  SiteLanguage(String code) {
    this.code = code;
    this.words = read("/publication/words_" + code + ".properties");
  }

  /** The language asked for; Hebrew for none or for one the site does not speak. */
  static SiteLanguage of(String asked) {
    return Arrays.stream(values()).filter(language -> language.code.equals(asked)).findFirst().orElse(HE);
  }

  String code() {
    return code;
  }

  boolean rightToLeft() {
    return "rtl".equals(words.getProperty("dir"));
  }

  /** A word or sentence of the site, with its arguments in place of {0}, {1} (an apostrophe there written twice). */
  String text(String key, Object... arguments) {
    String text = words.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("No word '" + key + "' in " + code);
    }
    // as written: a year is "2027", not a formatted number
    return arguments.length == 0 ? text
        : new MessageFormat(text, Locale.ROOT).format(Arrays.stream(arguments).map(String::valueOf).toArray());
  }

  private static Properties read(String resource) {
    var properties = new Properties();
    try (var in = SiteLanguage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
