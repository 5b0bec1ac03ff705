#!/usr/bin/env python3
"""Eighth development corpus: rebuilds its gold from this folder's index.json and the retrieved texts.

Runs docs/dev-corpus/rebuild.py (same options, checks, output and exit status) with --index defaulting to
docs/dev-corpus8/index.json:
    python3 docs/dev-corpus8/rebuild.py --texts /work/devcorpus8/texts --out /tmp/c8.json
"""
import os, runpy, sys

HERE = os.path.dirname(os.path.abspath(__file__))
if not any(a == "--index" or a.startswith("--index=") for a in sys.argv[1:]):
    sys.argv += ["--index", os.path.join(HERE, "index.json")]
runpy.run_path(os.path.join(HERE, "..", "dev-corpus", "rebuild.py"), run_name="__main__")
