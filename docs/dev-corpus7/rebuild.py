#!/usr/bin/env python3
"""Seventh development corpus: rebuilds its gold from this folder's index.json and the retrieved texts.

Runs docs/dev-corpus/rebuild.py (same options, checks, output and exit status) with this folder's index.json put first
as --index (a later --index given by the caller wins):
    python3 docs/dev-corpus7/rebuild.py --texts /work/devcorpus7/texts --out /tmp/c7.json
"""
import os, runpy, sys

sys.argv[1:1] = ["--index", os.path.join(os.path.dirname(os.path.abspath(__file__)), "index.json")]
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev-corpus", "rebuild.py"), run_name="__main__")
