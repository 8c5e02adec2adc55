import pytest

from prachasan.distribution.sms import sms_segments

THAI = "ก"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (0, "gsm7")),
        ("a" * 160, (1, "gsm7")),
        ("a" * 161, (2, "gsm7")),
        ("a" * 306, (2, "gsm7")),
        ("a" * 307, (3, "gsm7")),
        # Extension characters take two septets.
        ("€" * 80, (1, "gsm7")),
        ("€" * 81, (2, "gsm7")),
        (THAI * 70, (1, "ucs2")),
        (THAI * 71, (2, "ucs2")),
        (THAI * 134, (2, "ucs2")),
        (THAI * 135, (3, "ucs2")),
        # A 160-character Thai message costs 3 parts (channels.md).
        (THAI * 160, (3, "ucs2")),
        # One Thai letter in a Latin text makes the whole message UCS-2.
        ("a" * 69 + THAI, (1, "ucs2")),
        ("a" * 70 + THAI, (2, "ucs2")),
    ],
)
def test_segments(text, expected):
    assert sms_segments(text) == expected


def test_real_thai_text_with_tone_marks_counts_every_code_point():
    text = "ขอเชิญผู้บริหารสถานศึกษาทุกแห่งร่วมประชุมวันจันทร์"
    assert len(text) <= 70
    assert sms_segments(text) == (1, "ucs2")
    assert sms_segments(text * 2) == (2, "ucs2")


def test_a_two_unit_character_is_not_split_across_parts():
    # 152 septets, then an escape pair that would straddle the 153-septet boundary.
    parts, encoding = sms_segments("a" * 152 + "€" + "a" * 10)
    assert encoding == "gsm7"
    assert parts == 2  # 152 in part 1, then "€" + 10 in part 2
    assert sms_segments("a" * 152 + "€" * 77)[0] == 3  # 152 | 76×2=152 | 2


def test_emoji_takes_two_ucs2_units():
    assert sms_segments("😀" * 35) == (1, "ucs2")
    assert sms_segments("😀" * 36) == (2, "ucs2")
