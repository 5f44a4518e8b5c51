"""Text: decoding, cleaning with an offset map, boilerplate, language, sentences. No I/O.

The fact layer calls ``prepare(text, lang)`` and reads ``Document.sentences`` (original offsets,
boilerplate left out); the number layer calls ``normalize`` to read digits of any script.
"""

from etl.text.boilerplate import find_boilerplate
from etl.text.clean import Normalized, normalize
from etl.text.document import Document, prepare
from etl.text.language import LANGUAGES, detect_language
from etl.text.sentences import Sentence, split_sentences

__all__ = [
    "LANGUAGES",
    "Document",
    "Normalized",
    "Sentence",
    "detect_language",
    "find_boilerplate",
    "normalize",
    "prepare",
    "split_sentences",
]
