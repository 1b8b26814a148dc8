package org.maagal;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@EnableProcessApplication
@Modulithic(systemName = "Maagal")
public class MaagalApplication {

  public static void main(String[] args) {
    SpringApplication.run(MaagalApplication.class, args);
  }
}
