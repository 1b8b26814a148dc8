/**
 * The city's plan in public: a year's approved goal tree, the money of its approved work plans and its results,
 * each published only when the steering committee (or the committee the settings name) approves it, as a frozen
 * snapshot that later edits do not change; the public site that residents read without a login, in Hebrew, Arabic
 * and English, with its booklet and CSV; withdrawing a publication, recorded.
 */
@ApplicationModule(displayName = "Public site", allowedDependencies = {
    "api", "caching", "clock", "documents", "facts", "goals", "measurement", "meetings", "organization", "review",
    "spreadsheets", "workplans"})
package org.maagal.publication;

import org.springframework.modulith.ApplicationModule;
