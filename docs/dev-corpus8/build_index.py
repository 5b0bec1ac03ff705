#!/usr/bin/env python3
"""Eighth development corpus: refreshes this folder's index.json from the annotator's gold.json and the texts.

Runs docs/dev-corpus4/build_index.py (read its docstring: what it keeps, recomputes and checks) with --index
defaulting to docs/dev-corpus8/index.json:
    python3 docs/dev-corpus8/build_index.py --gold /work/devcorpus8/gold.json --texts /work/devcorpus8/texts
"""
import os, runpy, sys

HERE = os.path.dirname(os.path.abspath(__file__))
if not any(a == "--index" or a.startswith("--index=") for a in sys.argv[1:]):
    sys.argv += ["--index", os.path.join(HERE, "index.json")]
runpy.run_path(os.path.join(HERE, "..", "dev-corpus4", "build_index.py"), run_name="__main__")
