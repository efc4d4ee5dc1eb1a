"""The server's memory under uploads: a real `streamlit run streamlit_app.py`
whose resident memory (VmRSS) is read at the start, after `sessions` browser
sessions (Playwright, Debian's Chromium) have each uploaded `per_session`
distinct generated articles on the Add page, waited for the draft, reviewed
it and added it, and again once those sessions are closed and expired.

Every article is made of words of its own (50 to 190 KB of them), so that a
drafter keeping the words it meets would show here. Streamlit keeps a closed
session for `server.disconnectedSessionTTL` seconds, set short for this
server, and drops expired ones at its next store of a closed session: one
more visit is opened and closed after the wait, as any later visitor's would.
"""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import dataclass

from tests.browser import Traffic, browser, open_page, streamlit_server, wait_for_app

TTL_SECONDS = 5
SETTLE_SECONDS = 5
COUNTRIES = ["Poland", "France", "Germany", "Spain", "Italy", "Sweden", "Finland", "Denmark", "Norway", "Estonia"]
ROLES = ["Prime Minister", "Defence Minister", "Foreign Minister", "President"]
CUES = ["has committed to sending troops", "remains hesitant about a deployment", "has ruled out sending soldiers",
        "opposes any deployment"]


def article(session: int, number: int, size: int) -> tuple[str, bytes]:
    """A file name and an article of about `size` bytes: the header, a
    headline, then paragraphs mostly of invented words, with now and then a
    sentence the drafter proposes a fact from."""
    rnd = random.Random(session * 1000 + number)
    letters = "abcdefghijklmnopqrstuvwxyz"

    def word() -> str:
        return "".join(rnd.choice(letters) for _ in range(rnd.randint(5, 11)))

    stem = f"upload-{session}-{number}"
    lines = [f" date 2025-06-{1 + number % 28:02d} {session}{number}", f"The {word()} question in {stem}"]
    written = 0
    while written < size:
        sentences = [" ".join(word() for _ in range(rnd.randint(10, 18))).capitalize() + "." for _ in range(5)]
        if rnd.random() < 0.3:
            surname = word().capitalize()
            sentences.append(f"{rnd.choice(COUNTRIES)}'s {rnd.choice(ROLES)} Anna {surname} said on Monday that "
                             f"{rnd.choice(COUNTRIES)} {rnd.choice(CUES)} after the {word()} {word()} talks.")
        paragraph = " ".join(sentences)
        lines.append(paragraph)
        written += len(paragraph) + 1
    return f"{stem}.txt", ("\n".join(lines) + "\n").encode()


def sizes(count: int) -> list[int]:
    # Spread over 50-190 KB: under the Add page's 200 KB article limit.
    return [50_000 + (index * 37_000) % 140_000 for index in range(count)]


@dataclass(frozen=True)
class Memory:
    baseline_mb: float
    drafter_mb: float
    loaded_mb: float
    expired_mb: float
    second_round_mb: float
    uploads: int
    added: int
    seconds_per_draft: float


def _upload(page, name: str, raw: bytes) -> tuple[float, bool]:
    """Choose the file, wait for its draft, review and add it. Returns the
    seconds until the draft was shown, and whether the article was added."""
    started = time.perf_counter()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(
        files=[{"name": name, "mimeType": "text/plain", "buffer": raw}])
    stem = name.removesuffix(".txt")
    page.wait_for_function("(id) => [...document.querySelectorAll('[data-testid=stTextArea] textarea')]"
                           ".some(area => area.value.includes('id: ' + id))", arg=stem, timeout=180_000)
    drafted = time.perf_counter() - started
    wait_for_app(page, timeout=180_000)
    page.get_by_role("button", name="I have checked every fact: remove all review lines").click()
    page.wait_for_function("() => ![...document.querySelectorAll('[data-testid=stTextArea] textarea')]"
                           ".some(area => area.value.includes('review:'))", timeout=180_000)
    wait_for_app(page, timeout=180_000)
    add = page.get_by_role("button", name="Add to this session's dashboard")
    if add.count() == 0 or add.is_disabled():
        return drafted, False
    add.click()
    page.get_by_role("button", name="Added to this session").wait_for(timeout=180_000)
    wait_for_app(page, timeout=180_000)
    return drafted, True


def measure(sessions: int, per_session: int) -> Memory:
    from bench.server import resident_mb

    env = {"STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL": str(TTL_SECONDS)}
    traffic = Traffic()
    with streamlit_server(env=env) as url, browser() as instance:
        def visit():
            page = open_page(instance, traffic)
            page.goto(f"{url}/add")
            wait_for_app(page)
            return page

        first = visit()
        first.context.close()
        time.sleep(TTL_SECONDS + SETTLE_SECONDS)
        baseline = resident_mb(url)
        # What a first upload and its draft cost once per process (the Add
        # page's code and caches): apart from what the uploads keep.
        warm = visit()
        _upload(warm, *article(999, 0, 20_000))
        warm.context.close()
        time.sleep(TTL_SECONDS + SETTLE_SECONDS)
        drafter = resident_mb(url)
        drafts: list[float] = []
        added = 0

        def round_of_uploads(first_session: int) -> float:
            """RSS after `sessions` new sessions each add `per_session`
            articles no session has sent before."""
            nonlocal added
            pages = []
            for session in range(first_session, first_session + sessions):
                page = visit()
                pages.append(page)
                for number, size in enumerate(sizes(per_session)):
                    seconds, was_added = _upload(page, *article(session, number, size))
                    drafts.append(seconds)
                    added += was_added
            loaded = resident_mb(url)
            for page in pages:
                page.context.close()
            time.sleep(TTL_SECONDS + SETTLE_SECONDS)
            visit().context.close()  # the store of a closed session drops the expired ones
            time.sleep(SETTLE_SECONDS)
            return loaded

        loaded = round_of_uploads(0)
        expired = resident_mb(url)
        # CPython keeps memory it has freed for reuse rather than returning it
        # to the system: a second round of as many new uploads shows whether
        # the first round's memory was freed (reused) or is still held.
        round_of_uploads(100)
        second_round = resident_mb(url)
    if traffic.blocked or traffic.page_errors:
        raise RuntimeError(f"uploads: blocked {traffic.blocked}, page errors {traffic.page_errors}")
    return Memory(baseline, drafter, loaded, expired, second_round, len(drafts), added, statistics.median(drafts))
