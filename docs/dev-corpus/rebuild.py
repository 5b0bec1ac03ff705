#!/usr/bin/env python3
"""Rebuilds the development corpus's gold annotation from index.json and the retrieved texts.

The repository holds no third-party text: index.json keeps, for each text, its address and the sha256
of the file, and for each claim the first three words of its quote, its length and its sha256. This
script reads a folder of the retrieved texts (see README.md for how they were made), checks every file
against its hash, finds every quote again and writes the gold annotation in the format of
shared/eval/seed-gold.json.

Usage:
    python3 docs/dev-corpus/rebuild.py --texts /work/devcorpus/texts --out /tmp/dev-gold.json

Lengths are counted in Unicode code points (Python str length) of the UTF-8 text; a text's title is its
first line. Exit status: 0 when the gold was written; 1 when a text is missing or changed or a quote
is not found (nothing is written then); 2 for a missing folder or an unreadable index.

--present-only writes the gold over the texts that are present and match their hash, for a machine
where some pages could not be retrieved again: a missing or changed text is left out with its claims
and every contradiction or look-alike pair that touches one of them, and the script says what it left
out. Figures measured on such a subset are not comparable with the full corpus's.
Python 3 standard library only.
"""
import argparse
import hashlib
import json
import os
import sys

INDEX = os.path.join(os.path.dirname(os.path.abspath(__file__)), "index.json")


def sha256_bytes(data):
    return hashlib.sha256(data).hexdigest()


def sha256_text(text):
    return sha256_bytes(text.encode("utf-8"))


def read_texts(index, folder):
    """The text of every indexed file, by file name; the list of problems found on the way."""
    texts, problems = {}, []
    for t in index["texts"]:
        path = os.path.join(folder, t["file"])
        if not os.path.isfile(path):
            problems.append("missing text: %s (retrieve %s again as described in README.md and save it under this name)"
                            % (path, t["url"]))
            continue
        with open(path, "rb") as f:
            data = f.read()
        if sha256_bytes(data) != t["sha256"]:
            problems.append("changed text: %s has sha256 %s, the index expects %s (the page was saved differently; "
                            "keep the text exactly as retrieved, UTF-8, first line the headline, then a blank line)"
                            % (path, sha256_bytes(data), t["sha256"]))
            continue
        texts[t["file"]] = data.decode("utf-8")
    return texts, problems


def find_quote(text, claim):
    """The quote of a claim: the first span that starts with its first words and has its length and hash."""
    start = text.find(claim["first_words"])
    while start >= 0:
        candidate = text[start:start + claim["length"]]
        if len(candidate) == claim["length"] and sha256_text(candidate) == claim["sha256"]:
            return candidate
        start = text.find(claim["first_words"], start + 1)
    return None


def present_only(index, texts):
    """The index cut down to the texts present: their claims, and the pairs whose two claims both remain."""
    kept_claims = [c for c in index["claims"] if c["file"] in texts]
    ids = {c["id"] for c in kept_claims}
    both = lambda pair: pair["a"] in ids and pair["b"] in ids
    return dict(index, texts=[t for t in index["texts"] if t["file"] in texts], claims=kept_claims,
                contradictions=[p for p in index["contradictions"] if both(p)],
                non_contradictions=[p for p in index["non_contradictions"] if both(p)])


def rebuild(index, texts):
    """The gold annotation (a dict in the seed-gold format) and the list of quotes that could not be found."""
    problems = []
    articles = []
    for t in index["texts"]:
        article = {"file": t["file"], "title": texts[t["file"]].split("\n", 1)[0], "about_call": t["about_call"]}
        if t.get("published"):
            article["published"] = t["published"]
        article["url"] = t["url"]
        articles.append(article)
    claims = []
    for c in index["claims"]:
        quote = find_quote(texts[c["file"]], c)
        if quote is None:
            problems.append("quote of claim %s not found in %s (first words %r, %d characters)"
                            % (c["id"], c["file"], c["first_words"], c["length"]))
            continue
        claim = {"id": c["id"], "file": c["file"], "quote": quote, "speaker": c["speaker"], "source": c["source"]}
        if c.get("topic"):
            claim["topic"] = c["topic"]
        claims.append(claim)
    gold = {"articles": articles, "claims": claims,
            "contradictions": index["contradictions"], "non_contradictions": index["non_contradictions"]}
    return gold, problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", required=True, help="folder holding the retrieved texts (NNN_slug.txt)")
    parser.add_argument("--out", required=True, help="where to write the gold annotation (JSON)")
    parser.add_argument("--index", default=INDEX, help="the index (default: index.json next to this script)")
    parser.add_argument("--present-only", action="store_true",
                        help="leave out missing or changed texts, their claims and the pairs touching them")
    args = parser.parse_args(argv)
    if not os.path.isdir(args.texts):
        print("rebuild: no folder %s; give the folder of the retrieved texts with --texts" % args.texts, file=sys.stderr)
        return 2
    try:
        with open(args.index, encoding="utf-8") as f:
            index = json.load(f)
    except (OSError, ValueError) as e:
        print("rebuild: cannot read the index %s (%s); give it with --index or restore docs/dev-corpus/index.json"
              % (args.index, e), file=sys.stderr)
        return 2
    texts, problems = read_texts(index, args.texts)
    if problems and args.present_only:
        full = index
        index = present_only(index, texts)
        for p in problems:
            print("rebuild: left out: " + p.split(" (")[0], file=sys.stderr)
        print("rebuild: partial gold over %d of %d texts: %d of %d claims, %d of %d contradictions, %d of %d "
              "non-contradictions (not comparable with the full corpus's figures)"
              % (len(index["texts"]), len(full["texts"]), len(index["claims"]), len(full["claims"]),
                 len(index["contradictions"]), len(full["contradictions"]), len(index["non_contradictions"]),
                 len(full["non_contradictions"])), file=sys.stderr)
    elif problems:
        for p in problems:
            print("rebuild: " + p, file=sys.stderr)
        print("rebuild: %d of %d texts missing or changed; nothing written" % (len(problems), len(index["texts"])),
              file=sys.stderr)
        return 1
    gold, problems = rebuild(index, texts)
    if problems:
        for p in problems:
            print("rebuild: " + p, file=sys.stderr)
        print("rebuild: nothing written", file=sys.stderr)
        return 1
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("rebuild: wrote %s: %d articles, %d claims, %d contradictions, %d non-contradictions"
          % (args.out, len(gold["articles"]), len(gold["claims"]), len(gold["contradictions"]),
             len(gold["non_contradictions"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
