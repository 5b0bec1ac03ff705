#!/usr/bin/env python3
"""Writes verb-classes.tsv (analysis.attribution.VerbClasses): the VerbNet 3.4 members of the classes NarratedActs reads.

Usage: python3 docs/lexicons/verb_classes.py VERBNET_DIR > src/main/resources/org/claimbench/analysis/attribution/verb-classes.tsv
VERBNET_DIR is the folder verbnet3.4 of github.com/cu-clear/verbnet (Kipper Schuler et al.). Each line: a member's lemma
(a phrasal member with underscores), a tab, the IDs of the classes and subclasses it belongs to, comma-separated.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

# The classes NarratedActs reads (its patterns' javadoc says what for): the verbs of communication (37), judging (33.1),
# accusing (81), stressing (102), showing (78), the desires and beliefs (32.1, 32.2, 62, 29.5, 29.9), urging and
# ordering (58.1, 58.3), estimating (34.2), and making or sending a message (create-26.4, send-11.1).
CLASSES = re.compile(r"^([a-z_]+-37\.|judgment-33\.1|suspect-81|promote-102|indicate-78|want-32\.1|long-32\.2|wish-62|"
                     r"conjecture-29\.5|consider-29\.9|urge-58\.1|order-58\.3|estimate-34\.2|create-26\.4|send-11\.1)")


def walk(node, out):
    cid = node.get("ID")
    for m in node.iterfind("MEMBERS/MEMBER"):
        out.setdefault(m.get("name"), []).append(cid)
    for sub in node.iterfind("SUBCLASSES/VNSUBCLASS"):
        walk(sub, out)


def main(folder):
    members = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".xml") and CLASSES.match(name):
            walk(ET.parse(os.path.join(folder, name)).getroot(), members)
    print("# VerbNet 3.4 (Kipper Schuler et al.; github.com/cu-clear/verbnet, folder verbnet3.4): the members of the classes")
    print("# analysis.attribution.NarratedActs reads, with their class and subclass IDs. Written by docs/lexicons/verb_classes.py.")
    for lemma in sorted(members):
        print(lemma + "\t" + ", ".join(sorted(set(members[lemma]))))


if __name__ == "__main__":
    main(sys.argv[1])
