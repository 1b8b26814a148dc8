package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the documents (README.md, SECURITY.md, every markdown file under docs/) say about the code base is
 * true of it: every package and class they name exists, every repository path they give exists, and every
 * link between them lands on a file and a heading that exist. The /api paths they name are
 * {@code ReadmeEndpointsIntegrationTest}'s, which needs the running application.
 */
class DocsClaimsTest {

  /**
   * Names in backticks that are not Maagal's: the engine's, Spring's, JUnit's, Java's, and HTTP's header and
   * cookie words. Every other class name a document gives must be declared in src/main/java or src/test/java.
   */
  static final Set<String> OTHERS_NAMES = Set.of(
      "ApplicationModules", "Documenter", "SpringBootApplication", "Configuration", "Bean", "Pageable",
      "EnableProcessApplication", "ProcessEngineAuthenticationFilter", "CsrfPreventionFilter", "AuthenticationUtil",
      "UserAuthentication", "ClockUtil", "OptimisticLockingException", "MockExpressionManager", "Mocks",
      "ProcessEngineExtension", "Deployment", "Json", "Assertions", "Instant",
      "Authorization", "Origin", "HttpOnly", "Secure", "Embeddable", "ApplicationModule", "ServiceLoader",
      "MimeMessageHelper", "JobHandler",
      // the engine's names that docs/operaton.md compares with Operaton's
      "Groups", "Task", "BpmnParse", "CamundaBpmProperties", "CamundaIn");

  /** A fully qualified name of ours, anywhere in the text; also the dotted path of a source file. */
  static final Pattern QUALIFIED = Pattern.compile("org\\.maagal(?:\\.[A-Za-z_][A-Za-z0-9_]*)+");
  static final Pattern SOURCE_PATH = Pattern.compile("src/(?:main|test)/java/((?:[A-Za-z_][A-Za-z0-9_]*/)*[A-Za-z_][A-Za-z0-9_]*)(\\.java)?");
  static final Pattern CODE_SPAN = Pattern.compile("`([^`\n]+)`");
  static final Pattern FENCE = Pattern.compile("(?ms)^[ \\t]*```.*?^[ \\t]*```[ \\t]*$");
  static final Pattern LINK = Pattern.compile("\\[[^\\]\n]*]\\(([^)\\s]+)\\)");
  static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
  /** A class name, optionally a package before it (as {@code workplans.BookPdf}) and members after it. */
  static final Pattern CLASS_NAME = Pattern.compile(
      "@?((?:[a-z][a-z0-9]*\\.)*)([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)((?:\\.[A-Za-z_][A-Za-z0-9_]*)*)(?:\\(.*\\))?");
  static final Pattern REPOSITORY_PATH = Pattern.compile("(?:processes|forms|src|docs|\\.ci)/\\S*");
  static final Set<String> FILE_ENDINGS = Set.of("md", "txt", "yaml", "yml", "json", "css", "js", "java", "bpmn",
      "dmn", "form", "csv", "xlsx", "pdf", "sql", "html", "properties", "xml", "jar", "jsa");

  static Sources sources;
  static List<Path> documents;

  @BeforeAll
  static void readTheCodeBaseAndTheDocuments() throws IOException {
    sources = Sources.read(Path.of("src", "main", "java"), Path.of("src", "test", "java"));
    documents = Docs.markdownFiles();
  }

  @Test
  void theDocumentsAreFoundByWalkingTheFolder() {
    assertThat(documents).contains(Path.of("README.md"), Path.of("SECURITY.md"), Path.of("docs", "architecture.md"),
        Path.of("docs", "walkthrough.md"), Path.of("docs", "operations.md"), Path.of("docs", "performance.md"),
        Path.of("docs", "security.md"));
  }

  @Test
  void everyPackageAndClassOfOursTheDocumentsNameExists() {
    var problems = new ArrayList<String>();
    for (Path document : documents) {
      problems.addAll(qualifiedNameProblems(document.toString(), read(document)));
    }
    assertThat(problems).as("org.maagal names the documents give that the code lacks").isEmpty();
  }

  @Test
  void everyClassNameInBackticksIsDeclaredInTheCodeOrIsAnotherProjects() {
    var problems = new ArrayList<String>();
    for (Path document : documents) {
      if (!document.startsWith(Docs.GENERATED_MODULES)) {
        problems.addAll(classNameProblems(document.toString(), read(document)));
      }
    }
    assertThat(problems).as("class names in backticks that no source declares (nor OTHERS_NAMES lists)").isEmpty();
  }

  @Test
  void everyRepositoryPathInBackticksExists() {
    var problems = new ArrayList<String>();
    for (Path document : documents) {
      problems.addAll(pathProblems(document.toString(), read(document), Path.of("")));
    }
    assertThat(problems).as("paths the documents give that the repository lacks").isEmpty();
  }

  @Test
  void everyLinkBetweenTheDocumentsLandsOnAFileAndAHeadingThatExist() {
    var problems = new ArrayList<String>();
    for (Path document : documents) {
      problems.addAll(linkProblems(document, read(document)));
    }
    assertThat(problems).as("links that lead nowhere").isEmpty();
  }

  @Test
  void theArchitecturePageNamesEveryPackageAndEveryProcessFile() throws IOException {
    String architecture = read(Path.of("docs", "architecture.md"));
    try (Stream<Path> packages = Files.list(Path.of("src", "main", "java", "org", "maagal"));
        Stream<Path> models = Files.list(Path.of("processes"))) {
      assertThat(packages.filter(Files::isDirectory).map(path -> path.getFileName().toString()))
          .as("packages without a row in the architecture page's table")
          .allMatch(name -> architecture.contains("| `" + name + "` |"));
      assertThat(models.map(path -> path.getFileName().toString()))
          .as("BPMN and DMN files the architecture page does not name")
          .allMatch(name -> architecture.contains("`" + name + "`"));
    }
  }

  @Test
  void aWrongNameAPathOrALinkIsFound() {
    assertThat(qualifiedNameProblems("x.md", "`org.maagal.workplans.WorkPlanChecks` and org.maagal.forms.FormValues"))
        .isEmpty();
    assertThat(qualifiedNameProblems("x.md", "`org.maagal.audit`, a logger the code names")).isEmpty();
    assertThat(qualifiedNameProblems("x.md", "`org.maagal.workplan.WorkPlanChecks`")).hasSize(1);
    assertThat(qualifiedNameProblems("x.md", "`org.maagal.workplans.WorkPlanCheck`")).hasSize(1);
    assertThat(qualifiedNameProblems("x.md", "see src/main/java/org/maagal/cycle/CycleServic.java")).hasSize(1);

    assertThat(classNameProblems("x.md", "`WorkPlanVersions`, `workplans.BookPdf`, `FormValues.requireCallerIn`,"
        + " `MailContent.Email`, `AsyncContinuations.runAll(management)`, `ApplicationModules`")).isEmpty();
    assertThat(classNameProblems("x.md", "a repository named `WorkPlans`")).hasSize(1);
    assertThat(classNameProblems("x.md", "`FormValues.requireCallerOf`")).hasSize(1);
    assertThat(classNameProblems("x.md", "`workplan.BookPdf`")).hasSize(1);
    assertThat(classNameProblems("x.md", "`java.time.Clock`, `bench.bare.BareEngineApplication`")).isEmpty();
    assertThat(classNameProblems("x.md", "```java\nclass BudgetRequestProcessTest {}\n```\n`OFL.txt`, `LICENSE`"))
        .isEmpty();

    assertThat(pathProblems("x.md", "`processes/work-plans.bpmn`, `forms/<form-id>.form`,"
        + " `src/main/resources/application*.yaml`", Path.of(""))).isEmpty();
    assertThat(pathProblems("x.md", "`processes/work-plan.bpmn`", Path.of(""))).hasSize(1);
    assertThat(pathProblems("x.md", "`src/main/resources/applicaton*.yaml`", Path.of(""))).hasSize(1);

    var architecture = Path.of("docs", "x.md");
    assertThat(linkProblems(architecture, "[a](operations.md#two-nodes) [b](../README.md) [c](modules/)"
        + " [d](https://example.org/x) [e](#top)\n# Top\n")).isEmpty();
    assertThat(linkProblems(architecture, "[a](operation.md)")).hasSize(1);
    assertThat(linkProblems(architecture, "[a](operations.md#three-nodes)")).hasSize(1);
    assertThat(linkProblems(architecture, "[a](modules/no-such-page.md)")).hasSize(1);
  }

  @Test
  void headingsBecomeTheAnchorsGithubGivesThem() {
    assertThat(anchorOf("The outbox's e-mail, on one node or several")).isEqualTo("the-outboxs-e-mail-on-one-node-or-several");
    assertThat(anchorOf("1. `POST /api/cycles`")).isEqualTo("1-post-apicycles");
    assertThat(anchorOf("Phase 1: the situation assessment (הערכת מצב)")).isEqualTo("phase-1-the-situation-assessment-הערכת-מצב");
  }

  static List<String> qualifiedNameProblems(String where, String text) {
    var problems = new ArrayList<String>();
    Matcher name = QUALIFIED.matcher(text);
    while (name.find()) {
      if (!sources.knows(name.group()) && !sources.loggers.contains(name.group())) {
        problems.add(where + ": " + name.group());
      }
    }
    Matcher path = SOURCE_PATH.matcher(text);
    while (path.find()) {
      var file = Path.of(path.group());
      if (!Files.exists(file)) {
        problems.add(where + ": " + path.group());
      }
    }
    return problems;
  }

  static List<String> classNameProblems(String where, String text) {
    var problems = new ArrayList<String>();
    for (String span : codeSpans(text)) {
      Matcher name = CLASS_NAME.matcher(span);
      if (!name.matches() || looksLikeAFile(span)) {
        continue;
      }
      String packagePart = name.group(1).replaceAll("\\.$", "");
      String type = name.group(2);
      var members = name.group(3).isEmpty() ? List.<String>of() : List.of(name.group(3).substring(1).split("\\."));
      if (packagePart.isEmpty() && OTHERS_NAMES.contains(type)
          || packagePart.contains(".") && !packagePart.startsWith("org.maagal") && !sources.packages().contains(packagePart)) {
        continue; // another project's, such as java.time.Clock; a package of ours is written short or in full
      }
      var declaring = sources.filesDeclaring(type, packagePart);
      if (declaring.isEmpty()) {
        problems.add(where + ": `" + span + "` (no " + (packagePart.isEmpty() ? "" : packagePart + ".") + type + ")");
      } else if (members.stream().anyMatch(member -> declaring.stream().noneMatch(file -> sources.mentions(file, member)))) {
        problems.add(where + ": `" + span + "` (" + type + " has no " + String.join(".", members) + ")");
      }
    }
    return problems;
  }

  static List<String> pathProblems(String where, String text, Path root) {
    var problems = new ArrayList<String>();
    for (String span : codeSpans(text)) {
      if (!REPOSITORY_PATH.matcher(span).matches() || span.matches(".*[<>{}…].*") || span.contains("...")) {
        continue; // a placeholder such as forms/<form-id>.form
      }
      String written = span.replaceAll("[?#].*$", "");
      boolean exists = written.contains("*") ? anyFileMatches(root, written) : Files.exists(root.resolve(written));
      if (!exists && !isTheGeneratedModulesFolder(Path.of(written))) {
        problems.add(where + ": `" + span + "`");
      }
    }
    return problems;
  }

  static List<String> linkProblems(Path document, String text) {
    var problems = new ArrayList<String>();
    Matcher link = LINK.matcher(withoutCodeBlocks(text));
    while (link.find()) {
      String target = link.group(1);
      if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
        continue; // https:, mailto:
      }
      String file = target.replaceAll("#.*$", "");
      String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
      if (file.isEmpty()) {
        if (!anchorsOf(text).contains(anchor)) {
          problems.add(document + ": (" + target + ") no such heading");
        }
        continue;
      }
      Path resolved = document.toAbsolutePath().getParent().resolve(file).normalize();
      Path inRepository = Path.of("").toAbsolutePath().relativize(resolved.toAbsolutePath());
      if (!Files.exists(resolved)) {
        if (!(isTheGeneratedModulesFolder(inRepository) && anchor == null)) {
          problems.add(document + ": (" + target + ") no such file");
        }
        continue;
      }
      if (anchor != null && !anchorsOf(read(resolved)).contains(anchor)) {
        problems.add(document + ": (" + target + ") no such heading");
      }
    }
    return problems;
  }

  /**
   * docs/modules/ is written by Spring Modulith's Documenter; a branch without it yet may link the folder (never a
   * file inside it, whose name the generator chooses).
   */
  static boolean isTheGeneratedModulesFolder(Path path) {
    return path.normalize().equals(Docs.GENERATED_MODULES);
  }

  static boolean looksLikeAFile(String span) {
    int dot = span.lastIndexOf('.');
    return dot > 0 && FILE_ENDINGS.contains(span.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  static boolean anyFileMatches(Path root, String glob) {
    var folder = root.resolve(glob.substring(0, glob.lastIndexOf('/') + 1));
    var matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(glob.lastIndexOf('/') + 1));
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(file -> matcher.matches(file.getFileName()));
    } catch (IOException noFolder) {
      return false;
    }
  }

  static List<String> codeSpans(String text) {
    var spans = new ArrayList<String>();
    Matcher span = CODE_SPAN.matcher(withoutCodeBlocks(text));
    while (span.find()) {
      spans.add(span.group(1).strip());
    }
    return spans;
  }

  static String withoutCodeBlocks(String text) {
    return FENCE.matcher(text).replaceAll("");
  }

  static Set<String> anchorsOf(String text) {
    var anchors = new HashSet<String>();
    Map<String, Integer> seen = new HashMap<>();
    Matcher heading = HEADING.matcher(withoutCodeBlocks(text));
    while (heading.find()) {
      String anchor = anchorOf(heading.group(1));
      int times = seen.merge(anchor, 1, Integer::sum);
      anchors.add(times == 1 ? anchor : anchor + "-" + (times - 1));
    }
    return anchors;
  }

  /** GitHub's anchor of a heading: lower case, punctuation dropped but hyphens and underscores, spaces as hyphens. */
  static String anchorOf(String heading) {
    var anchor = new StringBuilder();
    heading.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        anchor.appendCodePoint(c);
      } else if (c == ' ') {
        anchor.append('-');
      }
    });
    return anchor.toString();
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The packages and types of the code base, and the logger names it gives as text. */
  record Sources(Set<String> packages, Map<String, List<Path>> declarations, Map<Path, String> texts, Set<String> loggers) {

    static final Pattern DECLARATION = Pattern.compile("\\b(?:class|interface|enum|record|@interface)\\s+([A-Z][A-Za-z0-9_]*)");
    static final Pattern LOGGER = Pattern.compile("\"(org\\.maagal(?:\\.[a-z]+)+)\"");

    static Sources read(Path... roots) throws IOException {
      var packages = new HashSet<String>();
      Map<String, List<Path>> declarations = new HashMap<>();
      Map<Path, String> texts = new HashMap<>();
      var loggers = new HashSet<String>();
      for (Path root : roots) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            String text = DocsClaimsTest.read(file);
            texts.put(file, text);
            String packageName = root.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
            packages.add(packageName);
            Matcher declaration = DECLARATION.matcher(text);
            while (declaration.find()) {
              declarations.computeIfAbsent(declaration.group(1), name -> new ArrayList<>()).add(file);
            }
            Matcher logger = LOGGER.matcher(text);
            while (logger.find()) {
              loggers.add(logger.group(1));
            }
          }
        }
      }
      return new Sources(packages, declarations, texts, loggers);
    }

    /** Whether a dotted name is a package of ours, or a type in one followed by its nested types or members. */
    boolean knows(String qualified) {
      var segments = qualified.split("\\.");
      int packageEnd = segments.length;
      while (packageEnd > 0 && !packages.contains(String.join(".", List.of(segments).subList(0, packageEnd)))) {
        packageEnd--;
      }
      if (packageEnd < 2) {
        return false; // not even org.maagal
      }
      if (packageEnd == segments.length) {
        return true;
      }
      String packageName = String.join(".", List.of(segments).subList(0, packageEnd));
      var declaring = filesDeclaring(segments[packageEnd], packageName);
      return !declaring.isEmpty() && List.of(segments).subList(packageEnd + 1, segments.length).stream()
          .allMatch(member -> declaring.stream().anyMatch(file -> mentions(file, member)));
    }

    /** The files that declare a type of that name, in that package (a short one such as "workplans" is ours). */
    List<Path> filesDeclaring(String type, String packageName) {
      return declarations.getOrDefault(type, List.of()).stream()
          .filter(file -> packageName.isEmpty() || inPackage(file, packageName) || inPackage(file, "org.maagal." + packageName))
          .toList();
    }

    boolean inPackage(Path file, String packageName) {
      return texts.get(file).contains("package " + packageName + ";");
    }

    boolean mentions(Path file, String identifier) {
      return Pattern.compile("\\b" + Pattern.quote(identifier) + "\\b").matcher(texts.get(file)).find();
    }
  }
}
