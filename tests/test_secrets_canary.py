"""A canary API key, used through a whole remote-teacher run, is found only in the key store.

The story: a user points a project at an online API with a key (``shule teacher --url …
--api-key-env VAR``), generates, reviews, labels a file of their own texts, trains the quick
student, scores it and the teacher, exports the bundle and the data. Along the way the server
refuses a request (401), fails twice (500, echoing the Authorization header back, as careless
servers do), sends a reply that quotes the header instead of a sample, and the teacher-scoring
process is killed mid-run (the crash report the command prints). Then every file under the
run's folders (project file and its -wal, models, bundle and zip members, exported data, HOME,
caches and temporary files of the commands) and every command's stdout and stderr are searched
for the key, raw and base64- or URL-encoded: it is in the user-only key file and nowhere else.
The app, opened on the same project, shows every page (grabbed as screenshots) without the key.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import signal
import stat
import subprocess
import sys
import time
import urllib.parse
import zipfile
from pathlib import Path
from typing import Any, Iterator

import keyring
import pytest
from keyring.backends import fail

from tests.fixtures.fault_server import FaultServer, request_mode

REPO = Path(__file__).resolve().parents[1]
SHULE = Path(sys.executable).with_name("shule")
CANARY = "sk-CANARY-" + secrets.token_hex(16)
MODEL = "canary-model"
LABELS = ["--label", "sports=Games, teams and athletes",
          "--label", "health=Illness, clinics and care"]
POOL = {
    "sports": [
        "Timu yetu ya mpira wa miguu imeshinda mechi ya fainali jana jioni.",
        "Mwanariadha wa kijiji chetu amepata medali ya dhahabu kwenye mbio.",
        "Kocha amemchagua nahodha mpya kabla ya ligi kuanza mwezi ujao.",
        "Mashabiki walishangilia sana goli la dakika ya mwisho uwanjani.",
        "Bondia bingwa ametetea taji lake usiku wa leo mjini.",
        "Wachezaji wanafanya mazoezi uwanjani kila asubuhi kabla ya kazi.",
        "Timu ya wanawake ya mpira wa pete imefika nusu fainali.",
        "Mshambuliaji alifunga magoli matatu katika mchezo mmoja.",
        "Refa alitoa kadi nyekundu kwa beki wa timu pinzani.",
        "Ligi ya shule za msingi itaanza Jumamosi ijayo.",
    ],
    "health": [
        "Kliniki inatoa vipimo vya malaria bila malipo wiki hii.",
        "Nawa mikono kwa sabuni ili kuzuia kipindupindu nyumbani.",
        "Muuguzi amempa mtoto chanjo ya surua leo asubuhi.",
        "Daktari anasema kikohozi hiki kinahitaji dawa ya siku saba.",
        "Hospitali ya wilaya imefungua wodi mpya ya watoto wachanga.",
        "Chemsha maji ya kunywa ili kuepuka magonjwa ya tumbo.",
        "Akina mama wajawazito wapate vitamini kwenye zahanati yetu.",
        "Homa kali na maumivu ya kichwa ni dalili za malaria.",
        "Lala ndani ya chandarua kila usiku ili kujikinga na mbu.",
        "Kituo cha afya kimepokea dawa mpya za kisukari.",
    ],
}
SPORTS_WORDS = ("timu", "mechi", "mpira", "goli", "uwanja", "mbio", "ligi", "kocha", "bingwa")
GOLD = [("Timu ya taifa imeshinda kombe la Afrika.", "sports"),
        ("Mechi ya leo imeisha kwa sare ya bila kufungana.", "sports"),
        ("Mwanariadha ameshinda mbio za kilomita kumi.", "sports"),
        ("Zahanati imepata dawa za kutibu homa ya matumbo.", "health"),
        ("Muuguzi anapima shinikizo la damu kila Jumanne.", "health"),
        ("Mtoto mwenye homa apelekwe kliniki haraka.", "health")]
FIELD_TEXTS = ["Goli la kichwa limeipa timu ushindi mkubwa.",
               "Dawa ya kikohozi inapatikana kwenye duka la dawa.",
               "Uwanja mpya wa mpira utafunguliwa mwakani."]


# ---- the key in every form it could be written in ----------------------------------------------
def canary_forms(secret: str = CANARY) -> dict[str, bytes]:
    """The key as bytes, URL-encoded, UTF-16 and base64 (standard and URL-safe, at each of the
    three byte alignments a longer base64 text could start it at)."""
    raw = secret.encode()
    forms = {"raw": raw, "url": urllib.parse.quote(secret, safe="").encode(),
             "url_plus": urllib.parse.quote_plus(secret).encode(),
             "utf16": secret.encode("utf-16-le")}
    for shift in range(3):
        for name, encode in (("b64", base64.b64encode), ("b64url", base64.urlsafe_b64encode)):
            encoded = encode(b"\0" * shift + raw)
            skip = -(-shift * 4 // 3)  # characters that still hold the padding bytes
            forms[f"{name}{shift}"] = encoded[skip:-4]  # and none of the tail's
    return forms


FORMS = canary_forms()


def leaks(data: bytes) -> list[str]:
    return [name for name, form in FORMS.items() if form in data]


def file_contents(path: Path) -> Iterator[tuple[str, bytes]]:
    """(where, bytes): the file itself and, for a zip (the bundle .zip, an .xlsx), each member."""
    data = path.read_bytes()
    yield str(path), data
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                yield f"{path}!{member}", archive.read(member)


def assert_no_canary_under(root: Path, allowed: tuple[Path, ...] = ()) -> int:
    """Search every file under ``root`` (but ``allowed``); returns how many were searched."""
    searched = 0
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file() or path in allowed:
            continue
        for where, data in file_contents(path):
            searched += 1
            assert not leaks(data), f"the API key ({leaks(data)}) is in {where}"
    return searched


# ---- a server that wants the key ---------------------------------------------------------------
class KeyedTeacherServer(FaultServer):
    """FaultServer answering only requests that carry the key, with real Swahili samples for the
    label a request asks for and keyword labels for annotation and teacher scoring. Scripted
    failures are queued (``queue``), and every request is kept."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(api_key=CANARY, models=(MODEL,), supports=("json_schema",), **kwargs)
        self._next = {name: 0 for name in POOL}

    def queue(self, *actions: Any) -> None:
        with self._lock:
            self._script.extend(actions)

    def pending(self) -> int:
        with self._lock:
            return len(self._script)

    def _chat_reply(self, body: dict, content, finish: str = "stop") -> dict:
        if content is None:
            _, schema = request_mode(body)
            props = (schema or {}).get("properties", {}) if isinstance(schema, dict) else {}
            if {"text", "label"} <= set(props):
                label = props["label"]["enum"][0]
                with self._lock:
                    i = self._next[label]
                    self._next[label] += 1
                content = json.dumps({"text": POOL[label][i % len(POOL[label])], "label": label},
                                     ensure_ascii=False)
            elif set(props) == {"label"}:
                prompt = body["messages"][-1]["content"]
                text = prompt.split('"""')[1].lower() if prompt.count('"""') >= 2 else prompt
                label = "sports" if any(w in text for w in SPORTS_WORDS) else "health"
                content = json.dumps({"label": label})
        return super()._chat_reply(body, content, finish)


# ---- the run -----------------------------------------------------------------------------------
class Run:
    """Runs ``shule`` verbs in a sandbox: HOME, config, data, cache and temp dirs all under
    ``root``, no system keyring (keys go to the private file), the key in an environment
    variable. Every command's output is kept for the search."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.outputs: list[tuple[list[str], str, str]] = []
        dirs = {name: root / name for name in ("home", "config", "data", "cache", "tmp")}
        for d in dirs.values():
            d.mkdir(parents=True, exist_ok=True)
        self.env = {**os.environ, "HOME": str(dirs["home"]), "XDG_CONFIG_HOME": str(dirs["config"]),
                    "XDG_DATA_HOME": str(dirs["data"]), "XDG_CACHE_HOME": str(dirs["cache"]),
                    "TMPDIR": str(dirs["tmp"]), "SHULE_TEST_KEY": CANARY,
                    "SHULE_WRONG_KEY": "sk-not-the-right-one",
                    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        self.key_file = dirs["config"] / "shule" / "keys.json"

    def popen(self, *args: Any) -> subprocess.Popen:
        return subprocess.Popen([str(SHULE), *map(str, args)], cwd=REPO, env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def finish(self, process: subprocess.Popen, args: tuple, ok: bool = True,
               timeout: float = 300) -> subprocess.CompletedProcess:
        out, err = process.communicate(timeout=timeout)
        self.outputs.append(([str(a) for a in args], out, err))
        if ok:
            assert process.returncode == 0, err
        else:
            assert process.returncode != 0, out
            lines = err.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("shule: "), err
        return subprocess.CompletedProcess(args, process.returncode, out, err)

    def __call__(self, *args: Any, ok: bool = True) -> subprocess.CompletedProcess:
        return self.finish(self.popen(*args), args, ok)

    def json(self, *args: Any) -> Any:
        return json.loads(self(*args, "--json").stdout)


def worker_children(pid: int) -> list[int]:
    """Ids of the ``python -m core.worker`` processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid and b"core.worker" in cmdline:
            found.append(int(entry.name))
    return found


@pytest.fixture(scope="module")
def server() -> Iterator[KeyedTeacherServer]:
    with KeyedTeacherServer(hang_seconds=20.0, lifetime=900.0) as s:
        yield s


@pytest.fixture(scope="module")
def chain(server, tmp_path_factory) -> dict[str, Any]:
    """The whole chain through the `shule` command against the keyed server."""
    if not sys.platform.startswith("linux"):
        pytest.skip("finds the killed worker through /proc")
    root = tmp_path_factory.mktemp("canary")
    run = Run(root)
    work = root / "work"
    work.mkdir()
    project = work / "canary.shule"
    run("new", project, "--language", "sw", *LABELS, "--task", "Sort SMS reports by topic")

    # A wrong key is refused in words, and nothing is saved.
    refused = run("teacher", project, "--url", server.base_url, "--model", MODEL,
                  "--api-key-env", "SHULE_WRONG_KEY", ok=False).stderr
    assert "API key" in refused and run.json("status", project)["teacher"] is None
    out = run("teacher", project, "--url", server.base_url, "--model", MODEL,
              "--api-key-env", "SHULE_TEST_KEY", "--concurrency", 1).stdout
    assert "No system keyring is available" in out and str(run.key_file) in out
    assert stat.S_IMODE(run.key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(run.key_file.parent.stat().st_mode) == 0o700
    assert CANARY in run.key_file.read_text()
    teacher = run.json("status", project)["teacher"]
    assert teacher["settings"]["api_key_name"] == f"teacher:{server.base_url}"

    # Few retries, short waits: the failures below end quickly (settings a project may hold).
    from core.project import Project, TeacherConfig

    with Project.open(project) as p:
        config = p.teacher
        p.set_teacher(TeacherConfig(config.kind, config.path,
                                    {**config.settings, "max_retries": 1, "backoff": 0.05}))

    # One request refused (401), one failing twice (500 echoing the header), one reply that
    # quotes the header instead of a sample; the rest are good samples.
    server.queue("401", "500", "500",
                 ("content", f"Sorry, I only saw your header: Authorization: Bearer {CANARY}"))
    result = run.json("generate", project, "--per-label", 5, "--seed", 1, "--max-chars", 120)
    assert server.pending() == 0
    assert result["added"] == {"sports": 5, "health": 5}, result
    assert result["discarded"].get("teacher_error") == 2 and result["discarded"].get("not_json") == 1
    shown = run.json("discards", project)
    assert {d["reason"] for d in shown} >= {"teacher_error", "not_json"}
    details = " ".join(d["detail"] for d in shown)
    assert "401" in details and "HTTP 500" in details and "[key hidden]" in details
    # The reply is kept as the server sent it, but for the key.
    assert [d["raw"] for d in shown if d["reason"] == "not_json"] == [
        "Sorry, I only saw your header: Authorization: Bearer [key hidden]"]
    run("discards", project)

    pending = run.json("review", project, "--list", "--status", "pending")
    run("review", project, "--reject", pending[0]["id"], "--reason", "wrong_label")
    run("review", project, "--accept-all-pending")

    field = work / "field.txt"
    field.write_text("\n".join(FIELD_TEXTS) + "\n", encoding="utf-8")
    annotated = run.json("annotate", project, "--input", field)
    assert sum(annotated["added"].values()) == len(FIELD_TEXTS)
    run("review", project, "--accept-all-pending")
    gold = work / "gold.csv"
    gold.write_text("text,label\n" + "".join(f"{t},{l}\n" for t, l in GOLD), encoding="utf-8")
    run("import", project, gold, "--as", "gold")

    model_id = run("train", project).stdout.strip()
    assert model_id.startswith("m-")
    assert run.json("evaluate", project)["on"] == "gold"

    # The crash report: the teacher-scoring process is killed while the server keeps it waiting.
    server.queue("hang")
    args = ("evaluate", project, "--teacher")
    scoring = run.popen(*args)
    deadline = time.monotonic() + 120
    while server.pending() and time.monotonic() < deadline:
        assert scoring.poll() is None, scoring.communicate()
        time.sleep(0.05)
    children = worker_children(scoring.pid)
    assert len(children) == 1
    os.kill(children[0], signal.SIGKILL)
    crash = run.finish(scoring, args, ok=False).stderr
    assert "stopped unexpectedly" in crash

    scored = run.json("evaluate", project, "--teacher")
    assert scored["subject"] == "teacher" and scored["n"] == len(GOLD)
    run("scoreboard", project)

    bundle, archive = work / "bundle", work / "bundle.zip"
    run("export", project, "--out", bundle, "--zip", archive)
    assert (bundle / "MODEL_CARD.md").is_file() and zipfile.is_zipfile(archive)
    run("predict", bundle, FIELD_TEXTS[0])
    exported = {fmt: work / name for fmt, name in
                (("csv", "data.csv"), ("jsonl", "data.jsonl"), ("xlsx", "data.xlsx"),
                 ("hf", "data-hf"))}
    for fmt, out_path in exported.items():
        run("export-data", project, out_path, "--format", fmt)
    status = run.json("status", project)
    assert status["models"] and sum(status["discards"].values()) >= 3
    run("status", project)
    return {"run": run, "project": project, "bundle": bundle, "archive": archive,
            "exported": exported, "work": work, "result": result}


def test_the_canary_forms_are_found_when_present():
    """The search itself works: each encoding of the key is found inside other text."""
    for form in FORMS.values():
        assert leaks(b"prefix " + form + b" suffix")
    text = f"Authorization: Bearer {CANARY}".encode()
    for shift in range(3):
        assert leaks(base64.b64encode(b"x" * shift + text))
    assert not leaks(b"sk-CANARY-" + b"0" * 32)


@pytest.mark.slow
def test_the_server_saw_the_key_on_every_request(server, chain):
    keyed = [r for r in server.requests if r.headers.get("authorization") == f"Bearer {CANARY}"]
    others = [r for r in server.requests if r not in keyed]
    assert len(keyed) > 20 and len(server.chat_requests()) > 15
    assert {r.headers.get("authorization") for r in others} == {"Bearer sk-not-the-right-one"}


@pytest.mark.slow
def test_the_key_is_in_the_key_file_and_nowhere_else(chain):
    run: Run = chain["run"]
    project: Path = chain["project"]
    for path in (project, chain["bundle"] / "model.onnx", chain["bundle"] / "manifest.json",
                 chain["archive"], project.with_name(project.stem + ".models")):
        assert path.exists(), path
    searched = assert_no_canary_under(run.root, allowed=(run.key_file,))
    assert searched > 30
    for args, out, err in run.outputs:
        for stream in (out, err):
            assert not leaks(stream.encode()), f"the API key is in the output of shule {args}"
    # The project holds the key's name only.
    from core.project import Project

    with Project.open(project) as p:
        assert set(p.teacher.settings) >= {"api_key_name", "base_url", "model"}
        assert "api_key" not in p.teacher.settings


@pytest.mark.slow
def test_the_app_shows_no_key_on_any_page(chain, qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QComboBox, QLabel,
                                   QLineEdit, QPlainTextEdit, QTextEdit, QWidget)

    from app.pages.teacher_page import SERVER, TeacherPage

    run: Run = chain["run"]
    monkeypatch.setenv("XDG_CONFIG_HOME", run.env["XDG_CONFIG_HOME"])
    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        [teacher_page] = [p for p in window.pages if isinstance(p, TeacherPage)]
        teacher_page.discovery_ports = {}  # no port scan: the teacher is set
        assert window.open_project(chain["project"])
        shots = tmp_path / "shots"
        shots.mkdir()

        def texts(widget: QWidget) -> Iterator[tuple[str, str]]:
            for w in [widget, *widget.findChildren(QWidget)]:
                name = f"{type(w).__name__} {w.objectName()}"
                if isinstance(w, QLineEdit):
                    yield name, w.displayText()
                    if w is not teacher_page.server.key_edit:
                        yield name, w.text()
                elif isinstance(w, QLabel):
                    yield name, w.text()
                elif isinstance(w, (QPlainTextEdit, QTextEdit)):
                    yield name, w.toPlainText()
                elif isinstance(w, QComboBox):
                    yield name, " ".join(w.itemText(i) for i in range(w.count()))
                elif isinstance(w, QAbstractSpinBox):
                    yield name, w.text()
                elif isinstance(w, QAbstractItemView) and w.model() is not None:
                    m, top = w.model(), QModelIndex()
                    for r in range(min(m.rowCount(top), 200)):
                        for c in range(50):  # list models hide columnCount
                            index = m.index(r, c)
                            if not index.isValid():
                                break
                            yield name, f"{m.data(index)} {m.data(index, Qt.ToolTipRole)}"
                yield name, w.toolTip() + " " + w.windowTitle() + " " + w.accessibleName()

        for index, page in enumerate(window.pages):
            window.show_step(index, force=True)
            qtbot.wait(50)
            path = shots / f"{index}.png"
            assert window.grab().save(str(path))
            for name, text in texts(window):
                assert not leaks(text.encode()), f"page {index}: {name} shows the API key"

        # The Teacher page: the server form, key field empty, a password field, a note that a
        # key is stored.
        window.show_step(window.pages.index(teacher_page), force=True)
        form = teacher_page.server
        assert teacher_page.kind() == SERVER
        assert form.base_url().startswith("http://127.0.0.1:") and form.model() == MODEL
        assert form.key_edit.echoMode() == QLineEdit.Password and form.key_edit.text() == ""
        assert form.key_note.isVisible() and "stored" in form.key_note.text()
        # Typed again, the key shows only as bullets, in the field and in a screenshot's widgets.
        qtbot.keyClicks(form.key_edit, CANARY)
        assert form.key_edit.text() == CANARY and CANARY not in form.key_edit.displayText()
        assert window.grab().save(str(shots / "typed.png"))
        for name, text in texts(window):
            assert not leaks(text.encode()), f"{name} shows the typed API key"
        form.key_edit.clear()
        assert assert_no_canary_under(shots) == len(window.pages) + 1
    finally:
        keyring.set_keyring(old)
