"""Coalition tracker: hand-curated article facts turned into pandas tables.

Pure Python: nothing here imports Streamlit, so every step can be tested and
run from the command line (`python -m tracker`).
"""

from tracker.errors import DataError, Problem
from tracker.loader import Corpus, load_corpus

__all__ = ["Corpus", "DataError", "Problem", "load_corpus"]
