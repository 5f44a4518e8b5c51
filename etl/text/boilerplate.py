"""Boilerplate in plain text: the lines of a page that are not the article.

Scraped articles keep ad-slot markers (``[ad_1]``), partner or sponsored blocks, "read more"
and subscriber-only teasers, bylines, photo captions that end in a credit ("NAME / AFP") and
agency sign-offs ("Le Monde avec AFP"). Their numbers ("15 minutes a day" in an advert) must
never become facts, so they are found here by generic rules, line by line, and the sentence
splitter leaves them out. The words are data: one list per kind, all four languages mixed.
"""

from __future__ import annotations

import re

# A whole line that is only a marker: ad slots and section labels of ads.
_MARKER = re.compile(
    r"^\s*(?:\[\s*ad[_\s-]*\d*\s*\]|\[/?\s*(?:advert|advertisement|ads?)\s*\]"
    r"|advertisement|advertising|sponsored(?: content)?|publicité|реклама|إعلان|اعلان"
    r"|المصدر|source|источник|share|partager|поделиться|شارك|مشاركة)\s*:?\s*$",
    re.IGNORECASE,
)
# A line that opens a partner or advertising block; the short lines after it belong to it.
_BLOCK_HEAD = re.compile(
    r"^\s*(?:خدمة الشركاء|محتوى (?:برعاية|مدعوم|إعلاني)|partner (?:service|content)"
    r"|paid (?:post|content)|sponsored(?: by| content)?|service partenaire|contenu (?:sponsorisé|partenaire)"
    r"|партнерский материал|партнёрский материал|на правах рекламы|спецпроект)\b.{0,40}$",
    re.IGNORECASE,
)
# Teasers: a line that starts with a "read more" label or carries a subscriber notice.
_TEASER_START = re.compile(
    r"^\s*(?:قراءة المزيد|اقرأ (?:أيضا|أيضاً|ايضا|المزيد)|إقرأ أيضا|read (?:more|also|next)|see also"
    r"|related(?: articles?| stories| news| coverage)?(?=\s*:)|related (?:articles?|stories|news|coverage)|more on this|lire (?:aussi|la suite|également)|à lire (?:aussi|également)"
    r"|voir aussi|читайте также|читать (?:далее|также)|подробнее|смотрите также|по теме"
    # calls to action: follow, subscribe, click
    r"|تابعونا|تابعوا|اضغط هنا|انقر هنا|اشترك|follow us|click here|subscribe|sign up for|suivez-nous"
    r"|abonnez-vous|cliquez ici|inscrivez-vous|подписывайтесь|подпишитесь|следите за нами|нажмите здесь)\b",
    re.IGNORECASE,
)
_TEASER_ANY = re.compile(
    r"article réservé à nos abonnés|réservé aux abonnés|subscribers? only|exclusive to subscribers"
    r"|только для подписчиков|للمشتركين فقط|subscribe (?:now|to read)|abonnez-vous|подпишитесь",
    re.IGNORECASE,
)
# News agencies and photo agencies, for credits and sign-offs.
_AGENCY = (
    r"(?:AFP|AP|Reuters|REUTERS|Getty(?: Images)?|EPA(?:-EFE)?|Anadolu|Xinhua|TASS|ТАСС|РИА Новости|Интерфакс"
    r"|Sputnik|Kazinform|Trend|Bloomberg|Shutterstock|Pool|Sipa|Abaca|وكالة فرانس برس|فرانس برس|رويترز"
    r"|أسوشيتد برس|الأناضول|سبوتنيك|وكالات|Агентства)"
)
# A caption ends with a credit: "NAME SURNAME / AFP", "Photo: ...", "© Reuters".
_CREDIT_END = re.compile(
    r"(?:(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,4}[A-ZÀ-Ý][\w'’.-]*\s*/\s*" + _AGENCY + r"(?:\s*/\s*[\w ]+)?"
    r"|©\s*[^\n]{1,60}|\b(?:photo|фото|صورة)\s*:\s*[^\n]{1,60})\s*\.?\s*$",
)
# A short line that is a byline or a sign-off: "By Jane Doe", "Par ...", "Le Monde avec AFP".
# A short line that is a byline or a sign-off. "By"/"Par" must be followed by names only, so that
# "Par ailleurs, ..." or "By contrast, ..." stay article text; labels need their colon.
_NAME = r"(?-i:[A-ZÀ-ÝА-ЯЁ][\w'’.-]*)"
_BYLINE = re.compile(
    r"^\s*(?:by|par|written by|reporting by|edited by|text by|photos? by)\s+" + _NAME
    + r"(?:(?:\s+|\s*,\s*|\s+(?:and|et|&)\s+)" + _NAME + r"){0,5}\s*$"
    r"|^\s*(?:author|auteur|автор|editor|rédacteur|редактор|текст|фото|photo|بقلم|إعداد|تحرير)\s*:\s*[^\n]{0,60}$"
    r"|^\s*بقلم\s+[^\n]{1,40}$"
    r"|^[^\n]{0,40}\b(?:with|avec|с|مع|et)\s+" + _AGENCY + r"\s*\.?\s*$"
    r"|^\s*\(?" + _AGENCY + r"\)?\s*\.?\s*$",
    re.IGNORECASE,
)
_SHORT_LINE = 140  # partner-block lines: a call to action or a slogan, never a long paragraph
_BLOCK_MAX_LINES = 5


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text``, ends excluding the newline."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def is_boilerplate_line(line: str) -> bool:
    """One line on its own: marker, teaser, byline, sign-off or captioned credit."""
    if len(line) > 2000:  # an article paragraph, not a marker; also keeps the rules cheap
        return False
    return bool(
        _MARKER.match(line)
        or _TEASER_START.match(line)
        or _TEASER_ANY.search(line)
        or (len(line) < 100 and _BYLINE.match(line))
        or _CREDIT_END.search(line)
    )


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Spans (original offsets) of the boilerplate lines of ``text``, in order."""
    spans: list[tuple[int, int]] = []
    lines = _lines(text)
    block_left = 0
    for start, end in lines:
        line = text[start:end]
        if block_left and len(line.strip()) <= _SHORT_LINE:
            spans.append((start, end))
            block_left -= 1
            continue
        block_left = 0
        if len(line) <= 80 and _BLOCK_HEAD.match(line):
            spans.append((start, end))
            block_left = _BLOCK_MAX_LINES
        elif is_boilerplate_line(line):
            spans.append((start, end))
    return spans
