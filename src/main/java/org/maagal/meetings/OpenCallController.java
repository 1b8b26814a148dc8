package org.maagal.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.maagal.organization.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The open calls for residents: the strategy unit records and closes them; residents apply on the public site. */
@RestController
@RequestMapping("/api/meetings/calls")
@Tag(name = "meetings")
class OpenCallController {

  private final ResidentCalls calls;

  OpenCallController(ResidentCalls calls) {
    this.calls = calls;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "The strategy unit opens a call for the design committee or a working team: the role, the "
      + "requirements the committee set, the day it closes; residents apply at /public/calls/")
  OpenCallView open(@RequestBody ResidentCalls.CallInput input, Authentication user) {
    return calls.open(input, Caller.of(user));
  }

  @GetMapping
  @Operation(summary = "The year's open calls, open or closed (the strategy unit and the management)")
  List<OpenCallView> of(@RequestParam int year, Authentication user) {
    return calls.of(year, Caller.of(user));
  }

  @PostMapping("/{id}/close")
  @Operation(summary = "The strategy unit closes a call before its day: no more applications")
  OpenCallView close(@PathVariable long id, Authentication user) {
    return calls.close(id, Caller.of(user));
  }
}
