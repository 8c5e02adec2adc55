import pytest
from django.core.exceptions import ValidationError
from django.utils.text import slugify

from prachasan.thai.slugs import is_auto_slug, thai_normalize, thai_slugify, validate_thai_slug


def test_thai_words_keep_their_vowels_and_tone_marks():
    assert thai_slugify("ประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2570") == ("ประชุมผู้บริหารสถานศึกษา-ครั้งที่-1-2570")


def test_thai_digits_become_arabic_and_latin_is_lowered():
    assert thai_slugify("อบรม Google Classroom รุ่นที่ ๒") == "อบรม-google-classroom-รุ่นที่-2"


def test_decomposed_sara_am_and_invisible_characters_are_normalised():
    assert thai_normalize("ทํางาน\u200bร่วมกัน") == "ทำงานร่วมกัน"
    assert thai_slugify("ทํางาน") == "ทำงาน"


def test_long_titles_are_cut_at_a_word_boundary():
    title = "การประชุมเชิงปฏิบัติการ " * 10
    slug = thai_slugify(title, max_length=80)
    assert len(slug) <= 80
    assert not slug.endswith("-")
    assert slug.split("-")[-1] == "การประชุมเชิงปฏิบัติการ"


def test_a_cut_inside_a_word_never_orphans_a_mark():
    slug = thai_slugify("ที่" * 50, max_length=10)
    assert len(slug) <= 10
    assert slug == "ที่" * (len(slug) // 3)


def test_validator_accepts_thai_and_rejects_spaces():
    validate_thai_slug("ประชุมผู้บริหาร-2570")
    with pytest.raises(ValidationError):
        validate_thai_slug("ประชุม ผู้บริหาร")
    with pytest.raises(ValidationError):
        validate_thai_slug("ข่าว/ประกาศ")


def test_auto_slugs_are_recognised_but_chosen_ones_are_kept():
    title = "ประชุมผู้บริหารสถานศึกษา"
    assert is_auto_slug(slug=slugify(title, allow_unicode=True), title=title)
    assert is_auto_slug(slug="ประชมผบรหารสถานศกษา", title=title)
    assert not is_auto_slug(slug="meeting-2570", title=title)
    assert not is_auto_slug(slug="news", title="News")
