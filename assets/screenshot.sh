#!/usr/bin/env bash
# Makes assets/screenshot.png, the README's picture of the real window: a workspace of the sample
# articles with a few claims and a contradiction, rendered by `claimbench screenshot` (no display
# needed). Build first: mvn -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cb="$here/claimbench"
ws="$(mktemp -d)/demo.claimbench"
"$cb" import --workspace "$ws" --samples
claim() { "$cb" claim add --workspace "$ws" "$@" | awk '{print $2}'; }
# Article 5 reports the call of 19 May 2025; article 2 the call of 3 July 2025.
wh=$(claim --article 5 --quote "Russia and Ukraine will immediately begin negotiations for a ceasefire" --source "White House" --speaker "Donald Trump")
kr=$(claim --article 5 --quote "a ceasefire with Ukraine is possible if the relevant agreements are reached" --source "Kremlin readout" --speaker "Vladimir Putin")
claim --article 5 --quote "I think it went very well" --source "White House" --speaker "Donald Trump" >/dev/null
claim --article 5 --quote "Ukraine is willing, but Russia is not." --source "Press" >/dev/null
claim --article 5 --quote "I just finished a two-hour call with Russian President Vladimir Putin" --source "White House" --speaker "Donald Trump" >/dev/null
claim --article 2 --quote "had an hour-long phone conversation" --source "Press" --speaker "Reuters" >/dev/null
claim --article 2 --quote "Putin stressed that Russia would not back down from its goals in Ukraine" --source "Kremlin readout" --speaker "Yuri Ushakov" >/dev/null
claim --article 2 --quote "Trump, on the other hand, pushed for an immediate ceasefire" --source "Press" >/dev/null
x=$("$cb" contradiction add --workspace "$ws" --claims "$wh,$kr" --kind temporal --note "Talks start now, or only once agreements are reached?" | awk '{print $2}')
"$cb" screenshot --workspace "$ws" --articles 5,2 --contradiction "$x" --out "$here/assets/screenshot.png"
