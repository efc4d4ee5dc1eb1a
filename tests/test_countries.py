import pytest

from tracker.countries import alpha3_from_numeric, check_code, country_name


def test_alpha3_codes_are_checked_against_pycountry():
    assert check_code("FRA") == "FRA"
    assert country_name("GBR") == "United Kingdom"
    assert country_name("XKX") == "Kosovo"
    assert alpha3_from_numeric("250") == "FRA"
    assert alpha3_from_numeric("56") == "BEL"


@pytest.mark.parametrize("code, hint", [("fra", "FRA for France"), ("FR", "FRA for France"),
                                        ("Italy", "ITA for Italy"), ("ZZZ", "such as FRA")])
def test_bad_codes_suggest_the_intended_one(code, hint):
    with pytest.raises(ValueError, match=hint):
        check_code(code)
