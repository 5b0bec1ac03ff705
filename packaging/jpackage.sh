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
# The launcher maps a class-data archive (AppCDS, made below): the workbench starts with its classes
# already parsed and verified (see docs/speed.md). A missing or stale archive is skipped silently.
common=(--name Claimbench --app-version "$version" --vendor "Claimbench"
        --description "Compare what different sides say about the same event"
        --icon "$here/claimbench.png")
jpackage --type app-image --dest "$dest" "${common[@]}" \
  --input "$input" --main-jar claimbench.jar --main-class org.claimbench.app.Launcher \
  --java-options '-Dprism.order=es2,sw -XX:+UseSerialGC -XX:MaxNewSize=64m -XX:MarkSweepDeadRatio=0 -XX:MinHeapFreeRatio=30 -XX:SharedArchiveFile=$APPDIR/claimbench.jsa -Xlog:cds=off' \
  --java-options '-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000' \
  --java-options '-XX:Tier4BackEdgeThreshold=400000 -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000'
image="$dest/Claimbench"
# 1. The classes the app loads until its workbench is laid out with its articles and the lists below its
#    panes: the image's own launcher starts it
#    once, headless (Monocle ships in the image), on a throw-away home.
home="$(mktemp -d)"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$image/lib/app/claimbench.classlist -Dclaimbench.exitWhenShown=true \
-Dclaimbench.home=$home -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1440x900-32" \
  timeout 120 "$image/bin/Claimbench" >/dev/null 2>&1 || true
rm -rf "$home"
# 2. The archive of those classes, for the image where it stands. (The runtime jpackage makes has no
#    base archive, so a static one: Java 17 maps it only at the class path it was made for; the .deb
#    makes its own at install, from the same list: packaging/linux/postinst.)
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$image/lib/app/claimbench.classlist" \
  timeout 300 "$image/bin/Claimbench" >/dev/null 2>&1 || true
if [ -f "$image/lib/app/claimbench.jsa" ]; then
  echo "class-data archive: $image/lib/app/claimbench.jsa ($(du -h "$image/lib/app/claimbench.jsa" | cut -f1))"
else
  echo "no class-data archive was written; the app starts without one"
fi
echo "app image: $image (run $image/bin/Claimbench)"
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  # Packaged from the image with its class list; the archive is made where the package installs it.
  mv "$image/lib/app/claimbench.jsa" "$dest/claimbench.jsa.image" 2>/dev/null || true
  jpackage --type deb --dest "$dest" "${common[@]}" --app-image "$image" --resource-dir "$here/linux" \
    --linux-shortcut --linux-menu-group Office --linux-package-name claimbench --linux-app-category misc
  mv "$dest/claimbench.jsa.image" "$image/lib/app/claimbench.jsa" 2>/dev/null || true
  echo "deb: $(ls "$dest"/*.deb)"
else
  echo "skipped the .deb: dpkg-deb and fakeroot are needed (apt-get install -y fakeroot dpkg)"
fi
