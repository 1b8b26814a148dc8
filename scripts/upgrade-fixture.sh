#!/usr/bin/env bash
# Writes the upgrade test's starting database from a release: builds the release's jar from its tag in a work tree
# of its own, runs it on a new PostgreSQL through a demo year and the start of the next (UpgradeFixtureWriter), and
# backs the database up into src/test/resources/upgrade/. Run once a release, from the project's root:
#   scripts/upgrade-fixture.sh v0.1.0
# then set UpgradeIntegrationTest.RELEASE to the release's number. Needs pg_dump (apt-get install -y postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
tag="${1:?the release tag, e.g. v0.1.0}"
release="${tag#v}"
work="$(mktemp -d)"
trap 'git worktree remove --force "${work}/release" >/dev/null 2>&1 || true; rm -rf "${work}"' EXIT
git worktree add --quiet "${work}/release" "${tag}"
(cd "${work}/release" && mvn -B -q package -DskipTests)
jar="$(ls "${work}"/release/target/maagal-*.jar | head -1)"
mvn -B -q test-compile failsafe:integration-test@default -Dit.test=UpgradeFixtureWriter \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dupgrade.release="${release}" -Dupgrade.release.jar="${jar}"
mvn -B -q failsafe:verify@default
ls -l src/test/resources/upgrade/
