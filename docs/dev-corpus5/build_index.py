#!/usr/bin/env python3
"""Refreshes docs/dev-corpus5/index.json from the annotator's gold.json and the saved texts.

The index's hand-written parts (about, events, and each text's address, dates, outlet, events, about_call
and title_from) stay as they are; this script recomputes each text's sha256 and character count from the
saved file, and replaces the claims (first three words of the quote, its length in code points and its
sha256, speaker, source, topic), the contradictions and the non-contradictions with those of the gold.
It checks that every quote occurs in its text, that the gold's articles agree with the index (file,
about_call, published, url) and that every pair names known claims. No quote is written to the index.

Usage:
    python3 docs/dev-corpus5/build_index.py --gold /work/devcorpus5/gold.json --texts /work/devcorpus5/texts

Python 3 standard library only.
"""
import argparse
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIRST_WORDS = re.compile(r"\S+(?:\s+\S+){0,2}")


def sha256_text(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--gold", required=True)
    p.add_argument("--texts", required=True)
    p.add_argument("--index", default=os.path.join(HERE, "index.json"))
    a = p.parse_args(argv)
    with open(a.index, encoding="utf-8") as f:
        index = json.load(f)
    with open(a.gold, encoding="utf-8") as f:
        gold = json.load(f)
    problems = []
    texts = {}
    for t in index["texts"]:
        with open(os.path.join(a.texts, t["file"]), "rb") as f:
            data = f.read()
        text = data.decode("utf-8")
        texts[t["file"]] = text
        t["sha256"] = hashlib.sha256(data).hexdigest()
        t["characters"] = len(text)
    arts = {x["file"]: x for x in gold["articles"]}
    if [x["file"] for x in gold["articles"]] != [t["file"] for t in index["texts"]]:
        problems.append("the gold's articles and the index's texts differ in files or order")
    for t in index["texts"]:
        g = arts.get(t["file"])
        if g is None:
            continue
        for key in ("about_call", "url", "published"):
            if g.get(key) != t.get(key):
                problems.append("%s: %s differs between gold and index" % (t["file"], key))
        if g.get("title") != texts[t["file"]].split("\n", 1)[0]:
            problems.append("%s: title is not the text's first line" % t["file"])
    claims, ids = [], set()
    for c in gold["claims"]:
        text = texts.get(c["file"])
        if text is None or c["quote"] not in text:
            problems.append("claim %s: quote not in %s" % (c["id"], c["file"]))
            continue
        if c["id"] in ids:
            problems.append("claim %s: id used twice" % c["id"])
        ids.add(c["id"])
        q = c["quote"]
        if q != q.strip():
            problems.append("claim %s: quote has leading or trailing space" % c["id"])
        entry = {"id": c["id"], "file": c["file"], "first_words": FIRST_WORDS.match(q).group(0), "length": len(q),
                 "sha256": sha256_text(q), "speaker": c["speaker"], "source": c["source"]}
        if c.get("topic"):
            entry["topic"] = c["topic"]
        claims.append(entry)
    seen = set()
    for kind in ("contradictions", "non_contradictions"):
        for pair in gold[kind]:
            if pair["a"] not in ids or pair["b"] not in ids:
                problems.append("%s pair %s-%s names an unknown claim" % (kind, pair["a"], pair["b"]))
            key = frozenset((pair["a"], pair["b"]))
            if key in seen:
                problems.append("pair %s-%s listed twice" % (pair["a"], pair["b"]))
            seen.add(key)
    if problems:
        for x in problems:
            print("build_index: " + x, file=sys.stderr)
        return 1
    index["claims"] = claims
    index["contradictions"] = gold["contradictions"]
    index["non_contradictions"] = gold["non_contradictions"]
    with open(a.index, "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("build_index: %s: %d texts, %d claims, %d contradictions, %d non-contradictions"
          % (a.index, len(index["texts"]), len(claims), len(index["contradictions"]), len(index["non_contradictions"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
