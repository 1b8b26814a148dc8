/**
 * What every document Maagal prints shares (the book of work plans, the measurement booklet): an
 * {@link org.maagal.documents.XhtmlPage} written right to left in Hebrew with the shared style sheet,
 * laid out as an A4 PDF by {@link org.maagal.documents.PdfDocument} with the fonts that ship with the
 * application, and numbers and days written the Israeli way by {@link org.maagal.documents.IsraeliFormat}.
 * It depends on no feature.
 */
@ApplicationModule(displayName = "Printed documents", allowedDependencies = {"caching"})
package org.maagal.documents;

import org.springframework.modulith.ApplicationModule;
