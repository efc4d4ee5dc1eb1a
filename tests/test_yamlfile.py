"""Reading facts files: the same data as PyYAML's safe loader, minus what
facts files must never contain (aliases, deep nesting)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.yamlfile import MAX_DEPTH, SafeLoader, UnsafeStructure, parse_yaml

SCALARS = (st.text(max_size=20) | st.integers() | st.floats(allow_nan=False) | st.booleans() | st.none()
           | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8) | st.integers(), inner, max_size=4),
    max_leaves=30,
)


def _depth(data) -> int:
    if isinstance(data, dict):
        return 1 + max(map(_depth, data.values()), default=0)
    if isinstance(data, list):
        return 1 + max(map(_depth, data), default=0)
    return 0


def _safe_load(text: str):
    return yaml.load(text, Loader=SafeLoader)


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS, st.booleans())
def test_any_document_reads_as_the_safe_loader_reads_it(data, flow):
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    if _depth(data) > MAX_DEPTH:
        with pytest.raises(UnsafeStructure, match="nested more than"):
            parse_yaml(text.encode())
    else:
        assert parse_yaml(text.encode())[0] == _safe_load(text)


@pytest.mark.parametrize("text", [
    "a: 1\nb: 2.5\nc: 2025-03-01\nd: yes\ne: null\nf: ~\ng: '1'\nh: 2025-03-01 10:00:00\n",
    "<<: {a: 1, b: 1}\nb: 2\n",          # a merge key
    "a: !!binary aGVsbG8=\nb: !!str 12\n",
    "- [1, 2, {x: y}]\n- !!set {a, b}\n- !!omap [{a: 1}]\n",
    "= : v\n",                          # the `value` key
    "a: 1\na: 2\n",                     # the later duplicate wins, as in PyYAML
    "1: one\n2.5: two\nnull: n\ntrue: t\n",
    "stance: committed\nnote: 'a & b * c'\n",  # & and * in text are not aliases
])
def test_tags_merges_and_keys_read_as_the_safe_loader_reads_them(text):
    assert parse_yaml(text.encode())[0] == _safe_load(text)


@pytest.mark.parametrize("text", ["a: !custom x\n", "? [1, 2]\n: v\n", "a: !!python/object:os.system x\n"])
def test_what_the_safe_loader_refuses_is_refused(text):
    with pytest.raises(yaml.YAMLError):
        _safe_load(text)
    with pytest.raises(yaml.YAMLError):
        parse_yaml(text.encode())
