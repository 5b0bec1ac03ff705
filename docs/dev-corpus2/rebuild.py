#!/usr/bin/env python3
"""Rebuilds the second development corpus's gold annotation: docs/dev-corpus/rebuild.py with this folder's index.

Usage:
    python3 docs/dev-corpus2/rebuild.py --texts /work/devcorpus2/texts --out /tmp/dev2-gold.json

The same options, checks and exit status as docs/dev-corpus/rebuild.py (see its docstring); only the default
of --index differs: index.json next to this script. Python 3 standard library only.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_first_rebuild():
    """The module docs/dev-corpus/rebuild.py, loaded by path (this file has the same name)."""
    spec = importlib.util.spec_from_file_location("dev_corpus_rebuild", os.path.join(HERE, "..", "dev-corpus", "rebuild.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if not any(a == "--index" or a.startswith("--index=") for a in argv):
        argv += ["--index", os.path.join(HERE, "index.json")]
    return load_first_rebuild().main(argv)


if __name__ == "__main__":
    sys.exit(main())
