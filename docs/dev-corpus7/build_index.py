#!/usr/bin/env python3
"""Seventh development corpus: refreshes this folder's index.json from the annotator's gold.json and the texts.

Runs docs/dev-corpus4/build_index.py (read its docstring: what it keeps, recomputes and checks) with this folder's
index.json put first as --index (a later --index given by the caller wins):
    python3 docs/dev-corpus7/build_index.py --gold /work/devcorpus7/gold.json --texts /work/devcorpus7/texts
"""
import os, runpy, sys

sys.argv[1:1] = ["--index", os.path.join(os.path.dirname(os.path.abspath(__file__)), "index.json")]
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev-corpus4", "build_index.py"), run_name="__main__")
