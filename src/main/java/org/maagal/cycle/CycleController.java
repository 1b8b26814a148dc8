package org.maagal.cycle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/cycles")
@Tag(name = "cycles", description = "מעגלי התכנון השנתיים")
class CycleController {

  private final CycleService cycles;

  CycleController(CycleService cycles) {
    this.cycles = cycles;
  }

  @PostMapping
  @Operation(summary = "Start the planning cycle of a year (strategy unit only)")
  ResponseEntity<CycleView> start(@Valid @RequestBody StartCycleRequest request, Principal user) {
    var cycle = cycles.start(request.year(), user.getName());
    var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{year}").buildAndExpand(cycle.year());
    return ResponseEntity.created(location.toUri()).body(cycle);
  }

  @GetMapping("/{year}")
  @Operation(summary = "Read the planning cycle of a year and its current phase")
  CycleView byYear(@PathVariable int year) {
    return cycles.byYear(year);
  }

  @GetMapping
  @Operation(summary = "List every planning cycle, newest first")
  List<CycleView> all() {
    return cycles.all();
  }
}
