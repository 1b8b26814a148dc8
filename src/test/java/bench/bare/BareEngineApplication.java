package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare Camunda 7 engine, as a new Camunda Spring Boot project with the REST starter would be: the engine's
 * defaults, its REST API without authentication, and no Maagal bean. The yardstick for
 * {@code EngineOverheadApplicationBenchmark}. Its package lies outside {@code org.maagal}, so Maagal's
 * component scan and its tests never see it; it reads {@code bare.yaml} ({@code --spring.config.name=bare}),
 * never Maagal's {@code application.yaml}, and turns off what only Maagal's class path brings (see there).
 */
@SpringBootApplication
public class BareEngineApplication {

  public static void main(String[] arguments) {
    SpringApplication.run(BareEngineApplication.class, arguments);
  }
}
