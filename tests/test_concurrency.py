"""Several analysts on one server: nobody errs, nobody sees another's
filters. (Its timings are the benchmark's to report, not this test's.)"""

import pytest

from tests.browser import chromium_available

pytestmark = pytest.mark.skipif(not chromium_available(), reason="needs Chromium (see test_browser)")


def test_concurrent_sessions_keep_their_own_filters_without_errors():
    from bench.concurrency import measure

    results = measure(sessions=6, seconds=10, think=0.5)
    for name, result in results.items():
        assert result.reruns, f"{name}: no page switch completed"
        assert result.errors == [], result.errors
        assert result.leaks == [], result.leaks
        assert result.blocked == [], result.blocked


def test_only_plotlys_late_geo_draw_is_set_apart_from_the_errors():
    from bench.concurrency import LATE_GEO_DRAW, Result

    result = Result(sessions=1)
    result.page_error(0, Exception(f"TypeError: {LATE_GEO_DRAW}"))
    result.page_error(0, Exception("TypeError: Cannot read properties of undefined (reading 'layout')"))
    assert result.late_geo_draws == 1
    assert result.errors == ["session 0: TypeError: Cannot read properties of undefined (reading 'layout')"]
