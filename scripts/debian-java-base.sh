#!/usr/bin/env bash
# A Java 17 base image built from Debian's packages alone, for building Maagal's container image where no registry
# is reachable (this project's CI): debootstrap writes a minimal Debian 12 with OpenJDK 17's runtime, and the folder
# is packed as an image archive (the format of `docker save`), which the image build takes as
# MAAGAL_IMAGE_BASE=tar://<file>. Where a registry is reachable, use your IT's Java 17 image instead
# (docs/operations.md, "The container image"). Needs root and debootstrap (apt-get install -y debootstrap).
#   scripts/debian-java-base.sh /var/cache/maagal/debian-java-base.tar
set -euo pipefail
out="${1:?where to write the image archive}"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
root="${work}/root"
debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "${root}" http://deb.debian.org/debian \
  > "${work}/debootstrap.log" 2>&1 || { tail -20 "${work}/debootstrap.log"; exit 1; }
# what a runtime image needs not: the package cache and lists, documentation
rm -rf "${root}"/var/cache/apt/archives/*.deb "${root}"/var/lib/apt/lists/* "${root}"/usr/share/doc \
  "${root}"/usr/share/man "${root}"/usr/share/info
mkdir -p "${work}/image"
tar --create --file="${work}/image/layer.tar" --numeric-owner --sort=name --directory="${root}" .
diff_id="sha256:$(sha256sum "${work}/image/layer.tar" | cut -d' ' -f1)"
cat > "${work}/image/config.json" <<JSON
{"architecture": "amd64", "os": "linux",
 "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8",
   "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64"]},
 "rootfs": {"type": "layers", "diff_ids": ["${diff_id}"]},
 "history": [{"created_by": "debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm"}]}
JSON
echo '[{"Config": "config.json", "RepoTags": ["maagal/debian-java-base:17"], "Layers": ["layer.tar"]}]' \
  > "${work}/image/manifest.json"
mkdir -p "$(dirname "${out}")"
tar --create --file="${out}" --directory="${work}/image" manifest.json config.json layer.tar
ls -l "${out}"
