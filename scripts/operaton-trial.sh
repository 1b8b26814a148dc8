#!/usr/bin/env bash
# The first trial of Maagal on Operaton (docs/operaton.md), again: copies the committed code base into a folder of its
# own (the repository is not touched), renames what differs between Camunda 7.24 and Operaton, builds it without the
# tests (the process-test libraries and Spin's JSON format are left out: this project's Maven mirror lacks them),
# starts it on the demo's H2, starts a cycle and prints what it finds. From the project's root:
#   scripts/operaton-trial.sh [operaton version, 1.0.3 unless given]
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-1.0.3}"
work="$(mktemp -d)"
echo "trial in ${work}"
git archive HEAD | tar -x -C "${work}"
cd "${work}"

# the build: Operaton's BOM, starters and engine plugin; no Spin JSON format, no process-test libraries
sed -i "s|<camunda.version>[^<]*</camunda.version>|<camunda.version>${version}</camunda.version>|;
  s|<artifactId>camunda-bom</artifactId>|<artifactId>operaton-bom</artifactId>|;
  s|<groupId>org.camunda.bpm.springboot</groupId>|<groupId>org.operaton.bpm.springboot</groupId>|;
  s|camunda-bpm-spring-boot-starter|operaton-bpm-spring-boot-starter|;
  s|<groupId>org.camunda.bpm</groupId>|<groupId>org.operaton.bpm</groupId>|" pom.xml
perl -0pi -e 's{\s*<dependency>\s*<groupId>org\.(?:camunda|operaton)\.(?:bpm|spin)</groupId>\s*<artifactId>(?:camunda-engine-plugin-spin|camunda-spin-dataformat-json-jackson|camunda-bpm-junit5|camunda-bpm-assert)</artifactId>.*?</dependency>}{}gs' pom.xml

# the code: packages, and the names that carried "Camunda"
grep -rlE "org\.camunda|Camunda" src/main/java | xargs sed -i 's/org\.camunda\.bpm/org.operaton.bpm/g;
  s/org\.camunda\.spin/org.operaton.spin/g; s/CamundaBpmProperties/OperatonBpmProperties/g;
  s/instance\.camunda\.CamundaIn/instance.operaton.OperatonIn/g; s/CamundaIn\b/OperatonIn/g;
  s/CAMUNDA_ADMIN/OPERATON_ADMIN/g; s/getCamundaFormRef/getOperatonFormRef/g;
  s/CAMUNDA_BPMN_EXTENSIONS_NS/OPERATON_BPMN_EXTENSIONS_NS/g'
sed -i 's|http://www.camunda.org/schema/1.0/ProcessApplication|http://www.operaton.org/schema/1.0/ProcessApplication|' \
  src/main/resources/META-INF/processes.xml
sed -i 's/^camunda:/operaton:/' src/main/resources/application*.yaml

mvn -B -q package -Dmaven.test.skip=true
jar="$(ls target/maagal-*.jar | head -1)"

port=18095
mkdir run && cd run
java -XX:TieredStopAtLevel=1 -jar "../${jar}" --server.port=${port} > application.log 2>&1 &
pid=$!
trap 'kill ${pid} 2>/dev/null || true' EXIT
started=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:${port}/actuator/health)" = 200 ]; do
  kill -0 ${pid} 2>/dev/null || { echo "did not start:"; grep -m5 -E 'ERROR|^\* ' application.log; exit 1; }
  sleep 2
done
echo "started in $(( $(date +%s) - started )) s"
call() { curl -s -u "$1" "${@:2}"; }
echo "a cycle started: $(call noa-barak:ein-karmit-demo -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"year": 2027}' localhost:${port}/api/cycles)"
sleep 8
echo "open tasks: $(call admin:city-hall-keys localhost:${port}/engine-rest/task/count)"
echo "a department's tasks: $(call itay-ron:ein-karmit-demo -X POST -H 'Content-Type: application/json' \
  -d '{"candidateGroup": "dept-youth"}' "localhost:${port}/engine-rest/task/count")"
echo "incidents: $(call admin:city-hall-keys localhost:${port}/engine-rest/incident/count)"
for path in /camunda/app/tasklist/ /operaton/app/tasklist/; do
  echo "${path}: $(curl -s -o /dev/null -w '%{http_code}' localhost:${port}${path})"
done
