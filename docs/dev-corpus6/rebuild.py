#!/usr/bin/env python3
"""Rebuilds the sixth development corpus's gold annotation from docs/dev-corpus6/index.json and the retrieved texts.

The work is done by docs/dev-corpus/rebuild.py (same index format, same checks, same output); this wrapper
only makes docs/dev-corpus6/index.json the default index.

Usage:
    python3 docs/dev-corpus6/rebuild.py --texts /work/devcorpus6/texts --out /tmp/dev6-gold.json

Exit status as docs/dev-corpus/rebuild.py: 0 written; 1 a text missing or changed or a quote not found;
2 a missing folder or an unreadable index. Python 3 standard library only.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "dev_corpus_rebuild", os.path.join(HERE, "..", "dev-corpus", "rebuild.py"))
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

if __name__ == "__main__":
    argv = sys.argv[1:]
    if not any(a == "--index" or a.startswith("--index=") for a in argv):
        argv += ["--index", os.path.join(HERE, "index.json")]
    sys.exit(_rebuild.main(argv))
