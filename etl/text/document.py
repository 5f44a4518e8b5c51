"""The prepared article the fact layer reads: language, and its sentences without boilerplate."""

from __future__ import annotations

from dataclasses import dataclass, field

from etl.text.boilerplate import find_boilerplate
from etl.text.clean import Normalized, normalize
from etl.text.language import LANGUAGES, detect_language
from etl.text.sentences import Sentence, split_sentences


@dataclass
class Document:
    """``original`` as given; ``sentences`` index it; ``boilerplate`` lists the spans left out."""

    original: str
    lang: str
    sentences: list[Sentence] = field(default_factory=list)
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    _clean: Normalized | None = field(default=None, repr=False)

    @property
    def clean(self) -> Normalized:
        """The cleaned text with its offset map, computed on first use."""
        if self._clean is None:
            self._clean = normalize(self.original)
        return self._clean


def prepare(text: str, lang: str | None = None) -> Document:
    """Split ``text`` into its article sentences (boilerplate left out) and settle its language."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    boiler = find_boilerplate(text)
    sentences: list[Sentence] = []
    pos = 0
    for b_start, b_end in boiler:
        if b_start > pos:
            sentences.extend(split_sentences(text, pos, b_start))
        pos = max(pos, b_end)
    if pos < len(text):
        sentences.extend(split_sentences(text, pos, len(text)))
    if lang not in LANGUAGES:
        body = " ".join(s.text for s in sentences[:40]) or text
        lang = detect_language(body)
    return Document(original=text, lang=lang, sentences=sentences, boilerplate=boiler)
