"""The seed article's ads, captions and teasers never reach the sentences; splitting examples."""

from pathlib import Path

import pytest

from etl.text import detect_language, find_boilerplate, prepare, split_sentences

SEED_TXT = Path(__file__).resolve().parents[2] / "data" / "articles" / "ar" / "seed-macron-kazakhstan.txt"


@pytest.fixture
def seed():
    if not SEED_TXT.exists():
        pytest.skip("seed article absent")
    return SEED_TXT.read_text(encoding="utf-8")


def test_seed_boilerplate_makes_no_sentence(seed):
    doc = prepare(seed)
    assert doc.lang == "ar"
    joined = "\n".join(s.text for s in doc.sentences)
    for junk in ("[ad_1]", "[ad_2]", "Article réservé", "خدمة الشركاء", "15 دقيقة", "حاول مجانا",
                 "LUDOVIC MARIN / AFP", "لوموند مع وكالة فرانس برس", "Gymglish"):
        assert junk not in joined, junk
    assert any("5.3 مليار يورو" in s.text for s in doc.sentences)
    assert any("خامس أكبر مستثمر" in s.text for s in doc.sentences)


def test_sentences_index_the_original(seed):
    for s in prepare(seed).sentences:
        assert seed[s.start : s.end] == s.text


def test_generic_boilerplate_lines():
    text = "Trade rose.\nRead more: Kazakhstan's uranium boom\nBy Jane Doe\nJOHN SMITH / REUTERS\n[ad_3]\nLire aussi Le pétrole\nЧитайте также: Экспорт\nBody text here."
    spans = find_boilerplate(text)
    assert [text[a:b] for a, b in spans] == [
        "Read more: Kazakhstan's uranium boom", "By Jane Doe", "JOHN SMITH / REUTERS", "[ad_3]",
        "Lire aussi Le pétrole", "Читайте также: Экспорт"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В 2023 г. товарооборот составил 6 млрд. 100 млн. долларов. Кроме того, экспорт вырос.",
         ["В 2023 г. товарооборот составил 6 млрд. 100 млн. долларов.", "Кроме того, экспорт вырос."]),
        ("Встреча прошла в г. Астана. Стороны подписали 12 соглашений.",
         ["Встреча прошла в г. Астана.", "Стороны подписали 12 соглашений."]),
        ("M. Macron a annoncé 1,5 Md. Le commerce a atteint 5,3 milliards.",
         ["M. Macron a annoncé 1,5 Md.", "Le commerce a atteint 5,3 milliards."]),
        ("Mr. Smith said trade rose to $5.3 bn. in 2022. It was the U.S. record! Really?",
         ["Mr. Smith said trade rose to $5.3 bn. in 2022.", "It was the U.S. record!", "Really?"]),
        ("بلغ حجم التجارة 5.3 مليار دولار، وفقا للوزارة. هل هذا كثير؟ نعم.وبحسب نشرة",
         ["بلغ حجم التجارة 5.3 مليار دولار، وفقا للوزارة.", "هل هذا كثير؟", "نعم.", "وبحسب نشرة"]),
        ("Headline without stop\nFirst line of the body.", ["Headline without stop", "First line of the body."]),
    ],
)
def test_sentence_splitting(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le commerce entre la France et le Kazakhstan a atteint un niveau record.", "fr"),
        ("Trade between France and Kazakhstan reached a record level last year.", "en"),
        ("Товарооборот между Казахстаном и Францией вырос.", "ru"),
        ("ارتفعت التجارة بين البلدين خلال العام الماضي", "ar"),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang
    assert prepare(text).lang == lang


def test_given_language_is_kept():
    assert prepare("Hello there.", lang="fr").lang == "fr"


def test_hard_wrapped_paragraph_keeps_sentences_whole():
    text = (
        "Trade between the two countries rose sharply this year, officials said on\n"
        "Monday, reaching 2.95 billion euros over January-July, up from last year\n"
        "(2.35 billion euros). Exports grew too.\n\nA new paragraph starts here."
    )
    got = [s.text.replace("\n", " ") for s in split_sentences(text)]
    assert got == [
        "Trade between the two countries rose sharply this year, officials said on Monday, reaching "
        "2.95 billion euros over January-July, up from last year (2.35 billion euros).",
        "Exports grew too.",
        "A new paragraph starts here.",
    ]


def test_calls_to_action_are_boilerplate():
    text = "Follow us on Telegram\nتابعونا على تلغرام\nПодписывайтесь на наш канал\nThe body."
    assert len(find_boilerplate(text)) == 3


def test_captions_and_sign_offs_in_other_languages():
    text = (
        "Le président à Astana, le 1er novembre. JEAN DUPONT / AFP\n"
        "Le commerce a progressé.\n"
        "Le Monde avec AFP\n"
        "Фото: пресс-служба Акорды\n"
        "Товарооборот вырос.\n"
        "Реклама\n"
        "(Reuters)\n"
    )
    kept = [s.text for s in prepare(text, "fr").sentences]
    assert kept == ["Le commerce a progressé.", "Товарооборот вырос."]


def test_windows_line_endings():
    text = "First sentence.\r\n\r\nSecond one here.\r\n"
    assert [s.text for s in split_sentences(text)] == ["First sentence.", "Second one here."]


@pytest.mark.parametrize(
    "line",
    ["Par ailleurs, le commerce a atteint 5 milliards.", "By contrast, exports rose 5%.",
     "المزيد من الاستثمارات الصينية تتدفق إلى المنطقة", "Related to this, trade grew."],
)
def test_article_lines_that_only_look_like_boilerplate_are_kept(line):
    assert find_boilerplate(line) == []


def test_a_wrapped_paragraph_may_close_on_a_short_line():
    # the fact layer reads these sentences whole: the text layer is the one place that joins lines
    text = (
        "Officials said that the volume of trade in grain between France and\n"
        "Kazakhstan.\n\n"
        "Wheat exports from the north of the country rose again last season\n"
        "By Jane Doe\n"
    )
    got = [s.text.replace("\n", " ") for s in split_sentences(text)]
    assert got == [
        "Officials said that the volume of trade in grain between France and Kazakhstan.",
        "Wheat exports from the north of the country rose again last season",
        "By Jane Doe",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan and China eye $5 billion trade\nTrade between Kyrgyzstan and China reached $2.1 billion "
        "in 2023, the customs service said on Tuesday.",
        "Le Kazakhstan et la France visent 10 milliards d'euros\nLes échanges ont atteint 5,3 milliards "
        "d'euros en 2022, selon les douanes.",
        "قرغيزستان والصين تستهدفان تجارة بقيمة 5 مليارات دولار\nبلغ حجم التجارة بين البلدين 2.1 مليار دولار.",
    ],
)
def test_a_headline_without_a_stop_is_its_own_sentence(text):
    # its verb, parties and period are not the body's first sentence's
    title, body = text.split("\n")
    assert [s.text for s in split_sentences(text)] == [title, body]
