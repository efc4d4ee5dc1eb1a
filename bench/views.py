"""What the analyst waits for, timed in Debian's Chromium: the first view of a
page on a fresh server and browser (cold), and a sidebar filter change in an
open page (warm), each until the new content is on screen.

Times are taken inside the page (performance.now()), so Playwright's own
overhead is not counted: cold from the start of navigation, warm from the
click or key press, both to the animation frame after the content is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.browser import ROOT, Traffic, browser, open_page, streamlit_server

REFERENCES = ROOT / "bench" / "references"

# The map counts as drawn once plotly has put the coloured shapes in (after
# fetching its base map): the signature is the legend, which a filter changes.
_MAP = """(() => {
  const gd = document.querySelector('.js-plotly-plot');
  if (!gd || !gd._fullLayout || !gd._fullLayout.geo) return null;
  if (!gd.querySelector('.choroplethlayer path.choroplethlocation')) return null;
  return gd.data.map(t => t.name).join('|');
})()"""
# Single events are points; counted ones (a large corpus) a heatmap's image.
_TIMELINE = """(() => {
  const gd = document.querySelector('.js-plotly-plot');
  if (!gd || !gd.data) return null;
  const counted = gd.data.some(t => t.type === 'heatmap');
  if (!gd.querySelector(counted ? '.heatmaplayer image' : '.scatterlayer .points path')) return null;
  return gd.data.map(t => [t.name, t.x ? t.x.length : 0, t.y ? t.y.length : 0,
                           t.text ? JSON.stringify(t.text).length : 0].join(':')).join('|');
})()"""
_QUOTES = """(() => {
  const grid = document.querySelector('[data-testid="stDataFrame"] [aria-rowcount]');
  if (!grid || !document.querySelector('[data-testid="stDataFrame"] canvas')) return null;
  // A page of a long table keeps its row count: the caption says which rows of how many.
  const captions = [...document.querySelectorAll('[data-testid="stCaptionContainer"]')].map(e => e.innerText);
  return grid.getAttribute('aria-rowcount') + '|' + captions.join('|');
})()"""

# JavaScript expressions: the page's main content is on screen. Each returns
# a signature of what is shown (null while not yet drawn), so that a warm
# change can wait for a *different* signature.
DRAWN = {
    "bare": "(() => { const e = [...document.querySelectorAll('[data-testid=stMarkdown]')]"
            ".find(e => e.innerText.includes('A bare page')); return e ? 'shown' : null; })()",
    "plotly": "(document.querySelector('.js-plotly-plot .barlayer path') ? 'shown' : null)",
    "filter_chart": "(() => { const gd = document.querySelector('.js-plotly-plot');"
                    " return gd && gd.data && gd.querySelector('.barlayer path') ? gd.data[0].name : null; })()",
    "chosen_text": "(() => { const e = [...document.querySelectorAll('[data-testid=stMarkdown]')]"
                   ".find(e => e.innerText.startsWith('Chosen:')); return e ? e.innerText : null; })()",
    "overview": "(document.querySelector('[data-testid=stHtml] .headline-value') && "
                "document.querySelector('[data-testid=stHtml] table tbody tr') ? 'shown' : null)",
    "map": _MAP,
    "timeline": _TIMELINE,
    "quotes": _QUOTES,
    "sources": "(document.querySelector('[data-testid=stHtml] mark') ? 'shown' : null)",
}

_WAIT_UNTIL_DRAWN = """([expression, before, timeout]) => new Promise((resolve, reject) => {
  const started = performance.now();
  const check = () => {
    let shown = null;
    try { shown = eval(expression); } catch (error) { shown = null; }
    if (shown !== null && shown !== before) {
      // The frame after the content is in the page is the one that shows it.
      requestAnimationFrame(() => resolve({at: performance.now(), shown}));
    } else if (performance.now() - started > timeout) {
      reject(new Error('not drawn: ' + expression.slice(0, 80)));
    } else {
      requestAnimationFrame(check);
    }
  };
  check();
})"""

_RECORD_INPUT = """() => {
  window.__inputAt = null;
  for (const kind of ['pointerdown', 'keydown']) {
    document.addEventListener(kind, () => { window.__inputAt = performance.now(); }, {capture: true});
  }
}"""


@dataclass(frozen=True)
class Target:
    """A page to open: which script serves it, its path, and what shows it."""

    name: str
    drawn: str
    path: str = ""
    app: Path = ROOT / "streamlit_app.py"


def wait_until_drawn(page, drawn: str, before: str | None = None, timeout_ms: float = 60_000) -> dict:
    return page.evaluate(_WAIT_UNTIL_DRAWN, [DRAWN[drawn], before, timeout_ms])


def cold_view(target: Target, env: dict | None = None) -> tuple[float, Traffic]:
    """Milliseconds from navigation to the content on screen, on a server
    and a browser that have served nothing yet."""
    traffic = Traffic()
    with streamlit_server(app=target.app, env=env) as url, browser() as instance:
        page = open_page(instance, traffic)
        page.goto(f"{url}/{target.path}", wait_until="commit")
        drawn = wait_until_drawn(page, target.drawn)
        page.context.close()
    return drawn["at"], traffic


class OpenPage:
    """One page kept open in one browser, for timing changes made in it."""

    def __init__(self, instance, url: str, target: Target):
        self.traffic = Traffic()
        self.page = open_page(instance, self.traffic)
        self.target = target
        self.page.goto(f"{url}/{target.path}")
        self.shown = wait_until_drawn(self.page, target.drawn)["shown"]
        self.page.evaluate(_RECORD_INPUT)

    def _timed(self, act) -> float:
        self.page.evaluate("() => { window.__inputAt = null; }")
        act()
        drawn = wait_until_drawn(self.page, self.target.drawn, self.shown)
        self.shown = drawn["shown"]
        started = self.page.evaluate("() => window.__inputAt")
        return drawn["at"] - started

    def pick_radio(self, label: str) -> float:
        return self._timed(lambda: self.page.get_by_text(label, exact=True).click())

    def add_filter(self, label: str, option: str) -> float:
        """Open a sidebar multiselect and choose `option`: timed from the choice."""
        box = self.page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text=label)
        box.locator("input").click()
        # Typing narrows the list: a long one shows only its first options.
        box.locator("input").fill(option.split(" (")[0])
        choice = self.page.get_by_role("option", name=option, exact=True)
        choice.wait_for()
        return self._timed(choice.click)

    def remove_last_filter(self, label: str) -> float:
        """Backspace in the multiselect removes its last choice: timed from the key."""
        box = self.page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text=label)
        box.locator("input").focus()
        return self._timed(lambda: self.page.keyboard.press("Backspace"))

    def close(self) -> None:
        self.page.keyboard.press("Escape")
        self.page.context.close()
