package org.maagal.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.maagal.forms.FormValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * A process variable is user input: whoever may complete a task may otherwise set any variable of its process
 * in the same call. In front of the engine's REST API ({@code /engine-rest} and the web apps' copy under
 * {@code /camunda/api/engine}), for everyone but admins:
 * <ul>
 *   <li>completing a task ({@code complete}, {@code submit-form}, {@code resolve}) carries only the fields of the
 *       task's deployed form; any other variable is a 400 naming it, and nothing is stored. The form's read-only
 *       fields, which Tasklist sends back as it showed them, are dropped: shown, not answered. A value may
 *       only be of a type a form submits (text, number, date, boolean, Json): never a serialized object.</li>
 *   <li>no other request writes variables: setting or deleting a task's, an execution's or an instance's
 *       variables, correlating a message, a signal or a condition, starting an instance, throwing a BPMN error
 *       or escalation from a task — 403.</li>
 * </ul>
 * The engine's jobs ({@code /job}, {@code /job-definition}) are admins' only, reading them too.
 * Admins keep the engine's whole API; what they write this way is logged. Runs after the engine's login, so
 * the engine's own answer (401, 404) is kept for a caller it does not know or a task they cannot see.
 */
class CompletionGuard extends OncePerRequestFilter {

  private static final Logger audit = LoggerFactory.getLogger("org.maagal.audit");
  private static final Pattern COMPLETION = Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve)");
  private static final Set<String> WRITES_VARIABLES = Set.of("variables", "localVariables", "bpmnError",
      "bpmnEscalation", "start", "submit-form", "trigger", "modification", "message", "signal", "condition");
  /**
   * The value types a form submits (Tasklist sends lists and groups as Json). An Object, File or Bytes value would
   * have the engine deserialize or store whatever the sender describes.
   */
  private static final Set<String> FORM_VALUE_TYPES = Set.of("string", "boolean", "integer", "long", "short",
      "double", "date", "null", "json");
  /**
   * The engine's jobs and job definitions. The engine checks a job against its process's authorizations, and a job of
   * no process (the nightly history cleanup's) against none: anyone logged in could see it, run it, suspend it or
   * move its date. Nobody but admins has a reason to touch a job.
   */
  private static final Pattern JOBS = Pattern.compile("/(job|job-definition)(/.*)?");
  static final String ONLY_ADMINS_RUN_JOBS = "רק מנהלי מערכת ניגשים למשימות הרקע של המנוע";
  static final String ONLY_THROUGH_FORMS = "משתני תהליך נכתבים רק בהשלמת משימה, בשדות הטופס שלה";

  private final ProblemResponses problems;
  private final IdentityService identity;
  private final TaskService tasks;
  private final FormService forms;
  private final ObjectMapper json;
  private final String engineName;
  private final UrlPathHelper paths = new UrlPathHelper();

  CompletionGuard(ProblemResponses problems, IdentityService identity, TaskService tasks, FormService forms,
      ObjectMapper json, String engineName) {
    this.problems = problems;
    this.identity = identity;
    this.tasks = tasks;
    this.forms = forms;
    this.json = json;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> resource = engineResource(request);
    if (resource.isPresent() && JOBS.matcher(resource.get()).matches() && !isAdmin(caller(request))) {
      problems.write(request, response, HttpStatus.FORBIDDEN, FormValues.FORBIDDEN + ONLY_ADMINS_RUN_JOBS);
      return;
    }
    if (WebappSessionAuthentication.SAFE_METHODS.contains(request.getMethod()) || resource.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Matcher completion = COMPLETION.matcher(resource.get());
    boolean writes = completion.matches() || List.of(resource.get().split("/")).stream().anyMatch(WRITES_VARIABLES::contains);
    Optional<Authentication> caller = caller(request);
    if (!writes || caller.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (isAdmin(caller)) {
      audit.info("{} {} {} (an admin's write to the engine's variables)", caller.get().getUserId(), request.getMethod(),
          resource.get());
      chain.doFilter(request, response);
      return;
    }
    if (!completion.matches()) {
      problems.write(request, response, HttpStatus.FORBIDDEN, FormValues.FORBIDDEN + ONLY_THROUGH_FORMS);
      return;
    }
    Optional<Task> task = task(completion.group(1));
    if (task.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    complete(request, response, chain, task.get());
  }

  private void complete(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Task task)
      throws IOException, ServletException {
    byte[] body = request instanceof BufferedBody buffered ? buffered.body()
        : request.getInputStream().readNBytes(RequestBodyLimit.MAX_BYTES + 1);
    if (body.length > RequestBodyLimit.MAX_BYTES) {
      problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "גוף הבקשה גדול מדי");
      return;
    }
    if (body.length == 0) {
      chain.doFilter(new BufferedBody(request, body), response);
      return;
    }
    ObjectNode submission;
    try {
      submission = json.readTree(body) instanceof ObjectNode object ? object : null;
    } catch (IOException notJson) {
      submission = null;
    }
    if (submission == null) {
      problems.write(request, response, HttpStatus.BAD_REQUEST, "גוף הבקשה אינו JSON תקין");
      return;
    }
    var fields = fieldsOf(task);
    var variables = submission.path("variables");
    var foreign = new ArrayList<String>();
    var shown = new ArrayList<String>();
    var untyped = new ArrayList<String>();
    variables.fieldNames().forEachRemaining(name -> {
      if (!FORM_VALUE_TYPES.contains(variables.path(name).path("type").asText("string").toLowerCase(Locale.ROOT))) {
        untyped.add(name);
      } else if (!fields.contains(name)) {
        foreign.add(name);
      } else if (fields.shown().contains(name)) {
        shown.add(name);
      }
    });
    if (!untyped.isEmpty()) {
      problems.write(request, response, HttpStatus.BAD_REQUEST, FormValues.REFUSED + "ערך השדה "
          + String.join(", ", untyped) + " אינו טקסט, מספר, תאריך, בחירה או רשימה של טופס");
      return;
    }
    if (!foreign.isEmpty()) {
      problems.write(request, response, HttpStatus.BAD_REQUEST, FormValues.REFUSED + (foreign.size() == 1
          ? "השדה " + foreign.get(0) + " אינו שדה בטופס של המשימה"
          : "השדות " + String.join(", ", foreign) + " אינם שדות בטופס של המשימה")
          + ". בהשלמת משימה נשלחים רק שדות הטופס שלה.");
      return;
    }
    if (!shown.isEmpty()) {
      var current = tasks.getVariables(task.getId(), shown);
      var changed = shown.stream().filter(name -> !sameValue(current.get(name), variables.path(name).path("value")))
          .toList();
      if (!changed.isEmpty()) {
        problems.write(request, response, HttpStatus.BAD_REQUEST, FormValues.REFUSED + "השדה "
            + String.join(", ", changed) + " מוצג לקריאה בלבד, ואין לשנות אותו");
        return;
      }
      ((ObjectNode) variables).remove(shown);
      body = json.writeValueAsBytes(submission);
    }
    chain.doFilter(new BufferedBody(request, body), response);
  }

  /** A shown field sent back as it was shown: the same text, or the same number in another notation. */
  private static boolean sameValue(Object current, JsonNode sent) {
    if (sent.isMissingNode() || sent.isNull()) {
      return current == null || current.toString().isEmpty();
    }
    if (current == null) {
      return sent.asText().isEmpty();
    }
    if (current instanceof Number number && sent.isNumber()) {
      return new BigDecimal(number.toString()).compareTo(sent.decimalValue()) == 0;
    }
    return current.toString().equals(sent.asText());
  }

  /** The task as the caller may see it: none when the engine would answer 404 (or 403) itself. */
  private Optional<Task> task(String taskId) {
    return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
  }

  private TaskFormFields fieldsOf(Task task) throws IOException {
    if (task.getCamundaFormRef() == null) {
      return TaskFormFields.NONE;
    }
    try (var form = forms.getDeployedTaskForm(task.getId())) {
      return TaskFormFields.of(form, json);
    }
  }

  /**
   * The path of an engine resource, as the engine's REST API resolves it: decoded, without path parameters, with
   * repeated and trailing slashes gone. {@code /engine-rest/task/1/complete} and
   * {@code /camunda/api/engine/engine/default/task/1/complete} are both {@code /task/1/complete}.
   */
  Optional<String> engineResource(HttpServletRequest request) {
    String path = paths.getPathWithinApplication(request).replaceAll("/{2,}", "/");
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.startsWith("/engine-rest/")) {
      return Optional.of(withoutEngineName(path.substring("/engine-rest".length())));
    }
    if (path.startsWith("/camunda/api/engine/")) {
      return Optional.of(withoutEngineName(path.substring("/camunda/api/engine".length())));
    }
    return Optional.empty();
  }

  /** {@code /engine/default/task/…} names the engine; the rest is the same resource. */
  private static String withoutEngineName(String path) {
    if (path.startsWith("/engine/")) {
      int next = path.indexOf('/', "/engine/".length());
      return next < 0 ? "" : path.substring(next);
    }
    return path;
  }

  /** The engine's login of this request (Basic on {@code /engine-rest}), else the web apps' login of the session. */
  private static boolean isAdmin(Optional<Authentication> caller) {
    return caller.isPresent() && caller.get().getGroupIds() != null
        && caller.get().getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  private Optional<Authentication> caller(HttpServletRequest request) {
    var current = identity.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return Optional.of(current);
    }
    var session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    return WebappSessionAuthentication.webappUser(session, engineName).map(user -> new Authentication(
        user.getIdentityId(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
  }
}
