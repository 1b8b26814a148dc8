package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The container image the build makes (target/maagal-image.tar, when MAAGAL_IMAGE_BASE names the image to build on),
 * run the way deploy/compose.yaml runs it, without a container engine: its layers unpacked in order into a root of
 * their own, its entry point started there with the image's environment, user and working directory, in new mount
 * and process namespaces ({@code unshare}, {@code chroot}), on the network of this machine with an embedded
 * PostgreSQL, in the production profile, the organisation file mounted where compose mounts it. It answers its
 * health check, runs as the image's user and not as root, brings the empty database to this release's schema,
 * reads the organisation's people, and lets nobody in without a login. Skipped where there is no image, or no root
 * to run it as; in CI ({@code .ci/run} builds the image on a Debian base of its own) it fails instead.
 */
@Execution(ExecutionMode.CONCURRENT)
class ContainerImageIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path IMAGE = Path.of("target", "maagal-image.tar");
  private static final String ADMIN_PASSWORD = "a long secret of the test";

  @TempDir
  Path directory;

  @Test
  void theImageRunsAsItsOwnUserOnPostgresqlInTheProductionProfile() throws Exception {
    // an image left by an earlier build, older than this build's jar, is not this build's
    boolean runnable = Files.isRegularFile(IMAGE) && Files.getLastModifiedTime(IMAGE)
        .compareTo(Files.getLastModifiedTime(ApplicationProcess.jar())) >= 0
        && "root".equals(System.getProperty("user.name"));
    Commands.assumeHere(runnable, "no container image of this build, or not root; to run it: as root, with"
        + " MAAGAL_IMAGE_BASE set (docs/operations.md, \"The container image\")");
    Path root = directory.resolve("root");
    JsonNode config = unpack(IMAGE, root).get("config");
    assertThat(config.get("User").asText()).as("the image's user").isEqualTo("1000");

    // what deploy/compose.yaml mounts: the organisation file
    Path organisation = root.resolve("etc/maagal/organization.yaml");
    Files.createDirectories(organisation.getParent());
    try (var demo = getClass().getResourceAsStream("/organization/demo-municipality.yaml")) {
      Files.copy(demo, organisation);
    }
    try (var database = EmbeddedPostgres.builder().start()) {
      var command = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--kill-child=SIGTERM",
          "--mount-proc=" + root.resolve("proc"), "chroot", "--userspec=" + config.get("User").asText() + ":"
              + config.get("User").asText(), root.toString(), "/usr/bin/env", "-i"));
      config.get("Env").forEach(variable -> command.add(variable.asText()));
      command.addAll(List.of("SPRING_PROFILES_ACTIVE=production", "MAAGAL_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
          "MAAGAL_DB_URL=" + database.getJdbcUrl("postgres", "postgres"), "MAAGAL_DB_USER=postgres",
          "MAAGAL_DB_PASSWORD=", "MAAGAL_ORGANIZATION_FILE=file:/etc/maagal/organization.yaml",
          "MAAGAL_SECURE_COOKIES=false", "/usr/bin/env", "--chdir=" + config.get("WorkingDir").asText()));
      config.get("Entrypoint").forEach(part -> command.add(part.asText()));

      try (var container = ApplicationProcess.startCommand(directory, command, List.of())) {
        assertThat(javaUserIds(container)).as("the application's process runs as the image's user, not root")
            .isNotEmpty().allMatch("1000"::equals);
        PostgresDatabases.assertSchemaOfThisRelease(database.getPostgresDatabase());
        assertThat(container.get(null, "/api/cycles").statusCode()).as("no login").isEqualTo(401);
        assertThat(container.get(null, "/engine-rest/user/count").statusCode()).as("no login").isEqualTo(401);
        var people = container.getAs("admin", ADMIN_PASSWORD, "/engine-rest/user/count");
        assertThat(people.statusCode()).as(people.body()).isEqualTo(200);
        assertThat(JSON.readTree(people.body()).get("count").asInt()).as("the organisation's people and the admin")
            .isGreaterThan(20);
      }
    }
  }

  /**
   * The image's layers, in the order of its manifest, unpacked one over the other into the root; answers the image's
   * configuration (its entry point, environment, user and working directory).
   */
  private JsonNode unpack(Path image, Path root) throws Exception {
    Path archive = directory.resolve("image");
    Files.createDirectories(archive);
    run("tar", "--extract", "--file=" + image.toAbsolutePath(), "--directory=" + archive);
    Files.createDirectories(root);
    JsonNode manifest = JSON.readTree(archive.resolve("manifest.json").toFile()).get(0);
    for (JsonNode layer : manifest.get("Layers")) {
      run("tar", "--extract", "--auto-compress", "--same-permissions", "--numeric-owner",
          "--file=" + archive.resolve(layer.asText()), "--directory=" + root);
    }
    return JSON.readTree(archive.resolve(manifest.get("Config").asText()).toFile());
  }

  /** The real user ids of the java processes under the container's command, read from /proc. */
  private static List<String> javaUserIds(ApplicationProcess container) {
    return ProcessHandle.of(container.pid()).orElseThrow().descendants()
        .filter(process -> process.info().command().map(command -> command.endsWith("/java")).orElse(false))
        .map(process -> {
          try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(line -> line.startsWith("Uid:")).findFirst().orElseThrow().split("\\s+")[1];
          } catch (IOException gone) {
            return "gone";
          }
        }).toList();
  }

  private void run(String... command) throws Exception {
    Commands.run(directory, command);
  }
}
