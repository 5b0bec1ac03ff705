#!/usr/bin/env python3
"""Thirteenth development corpus: refreshes this folder's index.json from the annotator's gold.json and the texts by running
docs/dev-corpus4/build_index.py (its docstring says what it keeps, recomputes and checks), this folder's index.json put first
as --index: python3 docs/dev-corpus13/build_index.py --gold /work/devcorpus13/gold.json --texts /work/devcorpus13/texts"""
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__)); sys.argv[1:1] = ["--index", os.path.join(here, "index.json")]
runpy.run_path(os.path.join(here, "..", "dev-corpus4", "build_index.py"), run_name="__main__")
