#!/usr/bin/env python3
"""Refreshes docs/dev-corpus6/index.json from the annotator's gold.json and the saved texts.

The work is docs/dev-corpus4/build_index.py's (what it keeps, what it recomputes, what it checks: read its docstring);
this wrapper only makes docs/dev-corpus6/index.json the default index.

Usage:
    python3 docs/dev-corpus6/build_index.py --gold /work/devcorpus6/gold.json --texts /work/devcorpus6/texts

Python 3 standard library only.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "dev_corpus4_build_index", os.path.join(HERE, "..", "dev-corpus4", "build_index.py"))
_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_build)

if __name__ == "__main__":
    argv = sys.argv[1:]
    if not any(a == "--index" or a.startswith("--index=") for a in argv):
        argv += ["--index", os.path.join(HERE, "index.json")]
    sys.exit(_build.main(argv))
