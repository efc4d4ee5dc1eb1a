"""Country codes: ISO 3166-1 alpha-3, checked against pycountry's list."""

from __future__ import annotations

from functools import cache

import pycountry

# Kosovo has no ISO 3166-1 code; XKX is the user-assigned code the EU and IMF
# use, and Natural Earth draws Kosovo as its own shape.
EXTRA_NAMES = {"XKX": "Kosovo"}


@cache
def country_name(code: str) -> str | None:
    """The short English name of an alpha-3 code, or None if it is not a country."""
    if code in EXTRA_NAMES:
        return EXTRA_NAMES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name


def check_code(code: str) -> str:
    """Validate an alpha-3 code; the message says what to write instead."""
    if not isinstance(code, str) or code.upper() != code or country_name(code) is None:
        hint = _suggest(code)
        raise ValueError(
            f"unknown country code {code!r}: write an ISO 3166-1 alpha-3 code in capitals"
            + (f", e.g. {hint}" if hint else " (such as FRA, GBR, DEU)")
        )
    return code


def alpha3_from_numeric(numeric: str) -> str | None:
    country = pycountry.countries.get(numeric=str(numeric).zfill(3))
    return country.alpha_3 if country else None


def _suggest(text: str) -> str | None:
    """A likely intended code for a typo such as 'fra', 'FR' or 'France'."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    for key in ("alpha_3", "alpha_2"):
        country = pycountry.countries.get(**{key: text.upper()})
        if country:
            return f"{country.alpha_3} for {country.name}"
    # An exact lookup among every form articles use ("France", "French",
    # "Paris"), not pycountry's fuzzy search: that costs a sixtieth of a
    # second a word, and a facts file may hold thousands of bad codes.
    from tracker import gazetteer  # the dataset, loaded only when a code is wrong

    forms = _forms_folded(id(gazetteer.names()))
    code = forms.get(text.casefold())
    return f"{code} for {country_name(code)}" if code else None


@cache
def _forms_folded(_table: int) -> dict[str, str]:
    from tracker import gazetteer

    return {form.casefold(): code for form, code in gazetteer.names().items()}
