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
# Articles 1 and 2 report the call of 3 July 2025 (the pair a new user sees first); article 5 the call of 19 May 2025.
surrender=$(claim --article 1 --quote "that is, Kiev's virtual surrender" --source "Press")
claim --article 1 --quote "Putin insists to Trump that he will not renounce Ukraine's surrender." --source "Press" >/dev/null
claim --article 1 --quote "eliminating the root causes of the conflict" --source "Kremlin readout" --speaker "Vladimir Putin" >/dev/null
claim --article 2 --quote "had an hour-long phone conversation" --source "Press" --speaker "Reuters" >/dev/null
claim --article 2 --quote "Putin stressed that Russia would not back down from its goals in Ukraine" --source "Kremlin readout" --speaker "Yuri Ushakov" >/dev/null
nato=$(claim --article 2 --quote 'by this the Kremlin meant NATO expansion, the presence of foreign troops in Ukraine and demands for "de-Nazification" and "demilitarisation"' --source "Kremlin readout" --speaker "TASS")
claim --article 2 --quote "Trump, on the other hand, pushed for an immediate ceasefire" --source "Press" >/dev/null
wh=$(claim --article 5 --quote "Russia and Ukraine will immediately begin negotiations for a ceasefire" --source "White House" --speaker "Donald Trump")
kr=$(claim --article 5 --quote "a ceasefire with Ukraine is possible if the relevant agreements are reached" --source "Kremlin readout" --speaker "Vladimir Putin")
claim --article 5 --quote "I just finished a two-hour call with Russian President Vladimir Putin" --source "White House" --speaker "Donald Trump" >/dev/null
"$cb" contradiction add --workspace "$ws" --claims "$wh,$kr" --kind temporal --note "Talks start now, or only once agreements are reached?" >/dev/null
x=$("$cb" contradiction add --workspace "$ws" --claims "$surrender,$nato" --kind framing --note "Kiev's surrender, or NATO expansion and foreign troops: what are the 'root causes'?" | awk '{print $2}')
"$cb" screenshot --workspace "$ws" --articles 1,2 --contradiction "$x" --out "$here/assets/screenshot.png"
