"""What a deployment on Streamlit Community Cloud relies on."""

import re
import subprocess
import tomllib
from pathlib import Path

from tracker.paths import ROOT

CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())


def project_files(pattern: str) -> list[Path]:
    """The project's own files matching `pattern`, as git sees them (tracked,
    or new and not ignored): never a virtual environment, cache or download
    that happens to sit in the checkout."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", pattern],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode()
    return [ROOT / name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def test_config_keeps_the_app_private_and_safe():
    assert CONFIG["browser"]["gatherUsageStats"] is False, "no call to Streamlit's metrics host"
    assert CONFIG["server"]["enableXsrfProtection"] is True
    assert 0 < CONFIG["server"]["maxUploadSize"] <= 5, "uploads are limited (MB)"
    assert CONFIG["client"]["showErrorDetails"] == "none", "viewers never see a traceback"


def test_every_requirement_is_bounded_both_ways():
    for path in (ROOT / "requirements.txt", ROOT / "tests" / "requirements.txt"):
        for line in path.read_text().splitlines():
            line = line.split("#")[0].strip()
            if not line or line.startswith("-r"):
                continue
            assert re.search(r">=\s*[\d.]+", line) and re.search(r"<\s*[\d.]+", line), f"{path.name}: {line}"


def test_no_secrets_are_needed_and_none_can_be_committed():
    ignored = subprocess.run(["git", "check-ignore", "-q", "--no-index", ".streamlit/secrets.toml"], cwd=ROOT)
    assert ignored.returncode == 0, ".streamlit/secrets.toml must be git-ignored"
    assert project_files(".streamlit/secrets.toml") == []
    sources = {path: path.read_text() for path in project_files("*.py") if "tests" not in path.parts}
    assert ROOT / "app.py" in sources and ROOT / "tracker" / "loader.py" in sources
    assert [path.name for path, source in sources.items() if "st.secrets" in source] == []


def test_no_data_reaches_html_unescaped():
    for path in [*project_files("pages/*.py"), ROOT / "app.py", ROOT / "app_data.py"]:
        source = path.read_text()
        assert "unsafe_allow_html" not in source, path.name
        assert "unsafe_allow_javascript" not in source, path.name
    yaml_loads = [path for path in project_files("*.py") if "tests" not in path.parts
                  and re.search(r"yaml\.(load|full_load|unsafe_load)\(", path.read_text())]
    assert yaml_loads == [], "YAML is read with the safe loader only"


def test_the_server_sends_each_message_without_waiting_for_an_ack():
    # Streamlit binds its listening socket as socket.socket(family) (protocol
    # 0); connections accepted on it must still have Nagle's algorithm off,
    # or every rerun's later messages wait ~40 ms for a delayed ACK.
    import asyncio
    import socket

    import streamlit_app  # noqa: F401  (the server's entry: applies the setting)

    async def accepted_nodelay() -> int:
        listening = socket.socket(family=socket.AF_INET)
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        accepted: asyncio.Future = asyncio.get_running_loop().create_future()

        async def on_connection(reader, writer):
            accepted.set_result(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(on_connection, sock=listening)
        async with server:
            _, writer = await asyncio.open_connection(*listening.getsockname())
            result = await asyncio.wait_for(accepted, 10)
            writer.close()
        return result

    assert asyncio.run(accepted_nodelay()) != 0
