#!/usr/bin/env python3
"""Thirteenth development corpus: rebuilds its gold by running docs/dev-corpus/rebuild.py (same options, checks, output and exit
status) with this folder's index.json put first as --index (a later --index given by the caller wins):
    python3 docs/dev-corpus13/rebuild.py --texts /work/devcorpus13/texts --out /tmp/c13.json"""
import os, runpy, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv[1:1] = ["--index", os.path.join(HERE, "index.json")]
runpy.run_path(os.path.join(HERE, "..", "dev-corpus", "rebuild.py"), run_name="__main__")
