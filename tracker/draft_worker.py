"""Drafting an uploaded article in a process of its own.

spaCy keeps every word it reads and the memory a draft touches stays with the
process that drafted, so a server drafting anyone's uploads would only ever
grow; a short-lived process returns all of it when it exits, and a draft
that runs too long is stopped instead of holding a server thread. The server
itself never imports spaCy.

    python -m tracker.draft_worker < NAME-length, NAME, article-bytes > facts.yaml
"""

from __future__ import annotations

import subprocess
import sys
import threading

from tracker.paths import ROOT

TIMEOUT_SECONDS = 60
# A draft is a few lines per sentence of an article of at most 200 KB.
MAX_OUTPUT_BYTES = 4_000_000
# Each drafting process holds its own spaCy (about 180 MB): one at a time, so
# that viewers uploading together cannot add up to more than a container has.
_ONE_AT_A_TIME = threading.BoundedSemaphore(1)
WAIT_SECONDS = 90


class DraftFailed(ValueError):
    """No draft could be made; the message says what the analyst can do."""


def draft_isolated(name: str, raw: bytes, timeout: float = TIMEOUT_SECONDS) -> str:
    """The YAML draft of the article `raw` (named `name`), made by a child
    process that is stopped after `timeout` seconds."""
    # The name travels with the bytes, length first: a name is anyone's to
    # choose, and an argument cannot hold every character a name can.
    encoded = name.encode("utf-8", "surrogatepass")
    message = len(encoded).to_bytes(4, "big") + encoded + raw
    if not _ONE_AT_A_TIME.acquire(timeout=WAIT_SECONDS):
        raise DraftFailed("the drafter is busy with other articles: try again in a minute, "
                          "or upload a facts file of your own with the article")
    try:
        done = subprocess.run([sys.executable, "-m", "tracker.draft_worker"], input=message,
                              capture_output=True, timeout=timeout, cwd=ROOT, check=False)
    except subprocess.TimeoutExpired:
        raise DraftFailed(f"drafting took longer than {timeout:g} seconds and was stopped: "
                          "upload a facts file of your own with the article") from None
    except OSError as error:
        raise DraftFailed(f"the drafter could not be started ({error.strerror}): "
                          "upload a facts file of your own with the article") from None
    finally:
        _ONE_AT_A_TIME.release()
    if done.returncode != 0 or len(done.stdout) > MAX_OUTPUT_BYTES:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise DraftFailed(f"the drafter failed ({reason[0][:200]}): upload a facts file of your own with the article")
    return done.stdout.decode("utf-8")


def _main() -> int:
    from tracker.articles import parse_article
    from tracker.draft import draft_text

    message = sys.stdin.buffer.read()
    length = int.from_bytes(message[:4], "big")
    name = message[4:4 + length].decode("utf-8", "surrogatepass")
    try:
        article = parse_article(message[4 + length:], name)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    sys.stdout.buffer.write(draft_text(name, article).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(_main())
