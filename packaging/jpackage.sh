#!/usr/bin/env bash
# Builds a self-contained app image and a .deb with the JDK's jpackage (run by `mvn -Ppackage package`,
# after the jar and its libraries are in target/). jlink is not used: RichTextFX and others are
# automatic modules, so the image carries a full runtime.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
version="${1:-0.1.0}"
input="$top/target/jpackage-input"
dest="$top/target/dist"
rm -rf "$input" "$dest"
mkdir -p "$input" "$dest"
cp "$top/target/claimbench.jar" "$input/"
cp "$top"/target/lib/*.jar "$input/"
common=(--name Claimbench --app-version "$version" --vendor "Claimbench"
        --description "Compare what different sides say about the same event"
        --input "$input" --main-jar claimbench.jar --main-class org.claimbench.app.Launcher
        --icon "$here/claimbench.png" --java-options "-Dprism.order=es2,sw -XX:+UseSerialGC")
jpackage --type app-image --dest "$dest" "${common[@]}"
echo "app image: $dest/Claimbench (run $dest/Claimbench/bin/Claimbench)"
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb --dest "$dest" "${common[@]}" --resource-dir "$here/linux" \
    --linux-shortcut --linux-menu-group Office --linux-package-name claimbench --linux-app-category misc
  echo "deb: $(ls "$dest"/*.deb)"
else
  echo "skipped the .deb: dpkg-deb and fakeroot are needed (apt-get install -y fakeroot dpkg)"
fi
