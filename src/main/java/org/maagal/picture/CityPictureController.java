package org.maagal.picture;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maagal.api.Download;
import org.maagal.organization.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The city's picture as JSON, PDF and Excel, for those who plan the city. */
@RestController
@RequestMapping("/api/cycles/{year}")
@Tag(name = "picture", description = "תמונת העיר: מה שלמדה הערכת המצב, במסמך אחד למתכננים")
class CityPictureController {

  private final CityPictureService pictures;
  private final CityPicturePdf pdf;
  private final CityPictureXlsx xlsx;

  CityPictureController(CityPictureService pictures, CityPicturePdf pdf, CityPictureXlsx xlsx) {
    this.pictures = pictures;
    this.pdf = pdf;
    this.xlsx = xlsx;
  }

  @GetMapping("/picture")
  @Operation(summary = "The city's picture: city data and survey beside last year's, each channel's picture and "
      + "rubric with its change, every department's assessment by domain, last year's carried gaps and what became "
      + "of them, the CEO's emphases and the teams' recommendations, the strategy unit's summary (the management and "
      + "the steering and design committees; 403 for others)")
  CityPictureView picture(@PathVariable int year, Authentication user) {
    return pictures.read(year, Caller.of(user));
  }

  @GetMapping("/picture.pdf")
  @Operation(summary = "The city's picture as a PDF, Hebrew right to left; marked as a draft until phase 1 closes")
  ResponseEntity<byte[]> picturePdf(@PathVariable int year, Authentication user) {
    return Download.of(pdf.pdf(pictures.read(year, Caller.of(user))), "city-picture-" + year + ".pdf",
        MediaType.APPLICATION_PDF);
  }

  @GetMapping("/picture.xlsx")
  @Operation(summary = "The city's picture as Excel: the city's figures, the rubric, the departments, the carried "
      + "gaps and the summary, a sheet each")
  ResponseEntity<byte[]> pictureXlsx(@PathVariable int year, Authentication user) {
    return Download.of(xlsx.xlsx(pictures.read(year, Caller.of(user))), "city-picture-" + year + ".xlsx",
        Download.XLSX);
  }
}
