"""A teacher behind any OpenAI-compatible chat server: OpenAI, vLLM, LM Studio, llama.cpp, Ollama.

Servers differ in how they constrain a reply to a JSON schema (DESIGN.md § 5), and some accept a
request field yet ignore it. ``load()`` therefore probes once: it asks for something the prompt
does not say ("Say hello.") under a schema whose only valid value the model cannot guess, and keeps
the first mode whose reply matches. Whatever the mode, replies are untrusted: the caller checks
every one strictly.

The API key lives only in the HTTP client's headers (whose repr hides it). Errors are raised
outside ``except`` blocks, so no httpx exception (which holds the request and its headers) is
chained to them, and any text a server echoes back is scrubbed of the key.
"""

from __future__ import annotations

import email.utils
import ipaddress
import json
import logging
import random
import re
import threading
import time
from dataclasses import dataclass
from typing import Any, Optional
from urllib.parse import urlsplit, urlunsplit

import httpx

from core.errors import Cancelled, TeacherError
from core.teachers.base import Reply
from core.user_text import join_sentences, user_text

log = logging.getLogger(__name__)

#: Structured-output modes, strongest first. "grammar" (our strict GBNF) comes before llama.cpp's
#: own json_object+schema, whose grammar in llama-cpp-python lets raw control characters into
#: strings so ~half of a weak model's replies fail strict parsing (DESIGN.md § 5).
MODES = ("json_schema", "grammar", "json_object_schema", "ollama_format", "guided_json",
         "json_object", "none")
#: Modes where the server does not know the schema: it goes into the prompt instead.
WEAK_MODES = ("json_object", "none")
MODE_WORDS = {
    "json_schema": "JSON schema enforced by the server (OpenAI json_schema)",
    "grammar": "JSON schema enforced by a llama.cpp grammar",
    "json_object_schema": "JSON schema enforced by the server (json_object with a schema)",
    "ollama_format": "JSON schema enforced by Ollama (its own chat API)",
    "guided_json": "JSON schema enforced by vLLM guided decoding",
    "json_object": "JSON only, schema not enforced: replies will be checked and some discarded",
    "none": "no structured output support: replies will be checked but many may be discarded",
}
#: MODE_WORDS as sentences for the user ("Test connection" shows the mode that works).
MODE_SENTENCES = {
    "json_schema": user_text("JSON schema enforced by the server (OpenAI json_schema)."),
    "grammar": user_text("JSON schema enforced by a llama.cpp grammar."),
    "json_object_schema": user_text("JSON schema enforced by the server (json_object with a schema)."),
    "ollama_format": user_text("JSON schema enforced by Ollama (its own chat API)."),
    "guided_json": user_text("JSON schema enforced by vLLM guided decoding."),
    "json_object": user_text("JSON only, schema not enforced: replies will be checked and some "
                             "discarded."),
    "none": user_text("No structured output support: replies will be checked but many may be "
                      "discarded."),
}

PROBE_VALUE = "ok-7q"
PROBE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"shule_probe": {"type": "string", "enum": [PROBE_VALUE], "maxLength": 16}},
    "required": ["shule_probe"],
    "additionalProperties": False,
}
# Contradicts the schema on purpose: only a server that enforces the schema can answer right.
PROBE_MESSAGES = [{"role": "user", "content": "Say hello."}]
PROBE_WEAK_MESSAGES = [{"role": "user", "content":
                        f'Reply with this JSON object and nothing else: {{"shule_probe": "{PROBE_VALUE}"}}'}]
PROBE_MAX_TOKENS = 200
TOP_LOGPROBS = 5
#: Longest Retry-After we wait for; beyond it we give up with a message saying so.
MAX_RETRY_WAIT = 120.0
MAX_BACKOFF = 30.0
RETRY_STATUSES = (429, 503)
SERVER_ERRORS = (500, 502, 504)
# No reply to a sample or label request needs more; a server that sends more is broken, and
# reading it all could exhaust memory.
MAX_REPLY_BYTES = 8 * 1024 * 1024


class _ReplyTooSlow(Exception):
    """The body kept coming, a little at a time, past the request's time limit."""


class _ReplyTooLarge(Exception):
    pass
# Keywords some strict json_schema implementations refuse (the caller checks lengths anyway).
_UNPORTABLE = ("minLength", "maxLength", "pattern", "format")


# ---- pure helpers ----------------------------------------------------------------------------
def normalise_base_url(url: str) -> str:
    """``localhost:1234/v1/chat/completions/`` → ``http://localhost:1234/v1``."""
    url = url.strip().rstrip("/")
    if "://" not in url:
        host = url.split("/")[0].rsplit(":", 1)[0].strip("[]")
        url = ("http://" if _is_loopback(host) else "https://") + url
    for suffix in ("/chat/completions", "/completions", "/models"):
        if url.endswith(suffix):
            url = url[: -len(suffix)]
    return url.rstrip("/")


def public_url(url: str) -> str:
    """The URL without user:password@, query or fragment: safe to show and to store."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def retry_after_seconds(headers: Any, now: Optional[float] = None) -> Optional[float]:
    """Seconds a 429/503 reply asks us to wait: ``Retry-After`` as seconds or as an HTTP date
    (RFC 9110), or ``retry-after-ms``; None when absent or unreadable."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def portable_schema(schema: Any) -> Any:
    """``schema`` without the keywords that strict json_schema implementations may refuse."""
    if isinstance(schema, dict):
        return {k: portable_schema(v) for k, v in schema.items() if k not in _UNPORTABLE}
    if isinstance(schema, list):
        return [portable_schema(v) for v in schema]
    return schema


def with_schema_in_prompt(messages: list[dict[str, str]], schema: dict[str, Any]) -> list[dict[str, str]]:
    """For servers that cannot enforce a schema: state it at the end of the last user message."""
    out = [dict(m) for m in messages]
    note = ("\n\nReply with only a JSON object, no other text, that matches this JSON schema:\n"
            + json.dumps(schema, ensure_ascii=False))
    for m in reversed(out):
        if m.get("role") == "user":
            m["content"] = (m.get("content") or "") + note
            break
    else:
        out.append({"role": "user", "content": note.strip()})
    return out


_REASONING = re.compile(r"\A\s*<think>.*?</think>\s*", re.DOTALL)


def without_reasoning(text: str) -> str:
    """The answer without a reasoning model's leading ``<think>…</think>`` block, which some
    servers leave in the content (Qwen3 and DeepSeek-R1 through a plain chat endpoint). An
    unclosed block stays: the reply was cut, and generation discards it as such."""
    return _REASONING.sub("", text, count=1)


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def _finish(reason: Any) -> str:
    if reason in (None, "", "stop", "eos", "end_turn", "stop_sequence"):
        return "stop"
    if reason in ("length", "max_tokens"):
        return "length"
    return str(reason)


def parse_logprobs(raw: Any) -> tuple[Optional[list[tuple[str, float]]], Optional[list[dict[str, float]]]]:
    """(token, logprob) pairs and each position's top alternatives, from OpenAI's chat format
    (``{"content": [{"token", "logprob", "top_logprobs"}]}``), Ollama's list, or the legacy
    completions format (``{"tokens", "token_logprobs", "top_logprobs"}``)."""
    if isinstance(raw, dict) and isinstance(raw.get("content"), list):
        raw = raw["content"]
    try:
        if isinstance(raw, list):
            pairs = [(str(t["token"]), float(t["logprob"])) for t in raw]
            tops = [{str(a["token"]): float(a["logprob"]) for a in t.get("top_logprobs") or []}
                    for t in raw]
            return pairs, tops
        if isinstance(raw, dict) and "tokens" in raw:
            pairs = [(str(t), float(lp)) for t, lp in zip(raw["tokens"], raw["token_logprobs"])
                     if lp is not None]
            tops = [{str(k): float(v) for k, v in (d or {}).items()}
                    for d in raw.get("top_logprobs") or []]
            return pairs, tops
    except (KeyError, TypeError, ValueError):
        pass
    return None, None


class TeacherAuthError(TeacherError):
    """The server refused the API key (401) or access to the model (403)."""


@dataclass
class _Response:
    status: int
    data: Any
    text: str


class RemoteTeacher:
    """A teacher model served over HTTP by an OpenAI-compatible server.

    Thread-safe: one httpx client with a connection pool; at most ``max_concurrency`` requests
    are in flight at once. ``structured_output`` skips the probe when a mode is already known.
    """

    kind = "openai"

    def __init__(self, base_url: str, model: str, api_key: Optional[str] = None,
                 timeout: float = 60.0, max_concurrency: int = 4, max_retries: int = 5,
                 backoff: float = 1.0, structured_output: Optional[str] = None,
                 load_timeout: float = 300.0):
        if structured_output is not None and structured_output not in MODES:
            raise TeacherError(user_text("Unknown structured output mode “{mode}”; use one of: "
                                         "{modes}.", mode=structured_output, modes=", ".join(MODES)))
        self.base_url = normalise_base_url(base_url)
        self.model = model.strip()
        self.timeout = float(timeout)
        self.load_timeout = max(float(load_timeout), self.timeout)
        self.max_concurrency = max(1, int(max_concurrency))
        self.max_retries = max(0, int(max_retries))
        self.backoff = float(backoff)
        self._key = api_key or None
        self._mode: Optional[str] = structured_output
        self._portable = False  # json_schema accepted only without length/pattern keywords
        self._max_tokens_field = "max_tokens"
        self._logprobs_ok: Optional[bool] = None
        self._models: Optional[list[str]] = None
        self._is_ollama: Optional[bool] = None
        self._grammars: dict[str, str] = {}
        self._loaded = False
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(self.max_concurrency)
        self._closed = threading.Event()
        self._client = self._new_client()

    # ---- identity -----------------------------------------------------------------------
    @property
    def url(self) -> str:
        return public_url(self.base_url)

    @property
    def root_url(self) -> str:
        """The server's root: the base URL without a trailing /v1 (Ollama's native API)."""
        return self.base_url[:-3] if self.base_url.endswith("/v1") else self.base_url

    @property
    def structured_output(self) -> Optional[str]:
        return self._mode

    def __repr__(self) -> str:
        key = "set" if self._key else "none"
        return f"RemoteTeacher(base_url={self.url!r}, model={self.model!r}, api_key=<{key}>)"

    def describe(self) -> dict[str, Any]:
        return {"kind": "openai", "base_url": self.url, "model": self.model,
                "structured_output": self._mode}

    # ---- lifecycle ----------------------------------------------------------------------
    def _new_client(self) -> httpx.Client:
        headers = {"User-Agent": "shule", "Accept": "application/json"}
        if self._key:
            headers["Authorization"] = f"Bearer {self._key}"
        host = urlsplit(self.base_url).hostname or ""
        return httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
            limits=httpx.Limits(max_connections=self.max_concurrency + 2,
                                max_keepalive_connections=self.max_concurrency),
            # No proxy between us and a server on this computer.
            trust_env=not _is_loopback(host),
            follow_redirects=False,
        )

    def load(self) -> None:
        """Check the server answers, has the model, and find its structured-output mode."""
        with self._lock:
            if self._closed.is_set():
                self._closed.clear()
                self._client = self._new_client()
            if self._loaded:
                return
            self._check_model()
            if self._mode is None:
                self._mode = self.probe()
                log.info("%s: structured output mode %s", self.url, self._mode)
            self._loaded = True

    def close(self) -> None:
        """Close the connections; a retry wait in another thread stops with Cancelled."""
        self._closed.set()
        self._loaded = False
        self._client.close()

    # ---- HTTP with retries --------------------------------------------------------------
    def _scrub(self, text: str) -> str:
        if self._key and self._key in text:
            text = text.replace(self._key, "[key hidden]")
        return text

    def _server_message(self, resp: _Response) -> str:
        msg: Any = None
        if isinstance(resp.data, dict):
            msg = resp.data.get("error") or resp.data.get("detail") or resp.data.get("message")
            if isinstance(msg, dict):
                msg = msg.get("message") or json.dumps(msg)
            elif isinstance(msg, list):
                msg = json.dumps(msg)
        if not msg:
            msg = resp.text
        msg = " ".join(self._scrub(str(msg)).split())
        return msg[:300] + ("…" if len(msg) > 300 else "")

    def _send(self, method: str, url: str, body: Optional[dict[str, Any]] = None, *,
              timeout: Optional[float] = None, retry_server_errors: bool = True,
              retries: Optional[int] = None) -> _Response:
        """One request, retried on 429/503 (honouring Retry-After), on 502/504, on 500 when
        ``retry_server_errors``, on timeouts, broken connections and unreadable bodies.
        Returns the final response (any status); raises TeacherError when retries run out."""
        retries = self.max_retries if retries is None else retries
        failure = ""
        for attempt in range(retries + 1):
            if self._closed.is_set():
                raise Cancelled()
            wait: Optional[float] = None
            failure = ""
            broken = False
            t = timeout or self.timeout
            try:
                with self._slots:
                    r, text = self._read(method, url, body, t)
                status = r.status_code
                retry_header = retry_after_seconds(r.headers)
            except (httpx.TimeoutException, _ReplyTooSlow):
                failure = user_text("The server at {url} did not answer within {seconds:.0f} s.",
                                    url=self.url, seconds=t)
            except _ReplyTooLarge:
                failure = user_text("The server at {url} sent a reply larger than {mb} MB; it was not "
                                    "read.", url=self.url, mb=MAX_REPLY_BYTES // (1024 * 1024))
            except httpx.ConnectError:
                failure = user_text("Cannot reach the server at {url}: is it running, and is the "
                                    "address right?", url=self.url)
            except (httpx.TransportError, RuntimeError) as e:
                broken = True
                failure = user_text("The connection to {url} broke ({kind}) before the reply was "
                                    "complete.", url=self.url, kind=type(e).__name__)
            else:
                data: Any = None
                try:
                    data = json.loads(text) if text else None
                except (ValueError, RecursionError):  # not JSON, or nested past Python's limit
                    if 200 <= status < 300:
                        failure = user_text("The server at {url} sent a reply that is not valid "
                                            "JSON.", url=self.url)
                if not failure:
                    resp = _Response(status, data, text)
                    # 500 can mean "not supported" while probing; gateway errors never do.
                    if status in RETRY_STATUSES or (status in SERVER_ERRORS
                                                    and (retry_server_errors or status != 500)):
                        failure = self._status_failure(resp)
                        wait = retry_header
                    else:
                        return resp
            # Raised here, outside the except blocks: no httpx exception is chained to ours.
            if broken and self._closed.is_set():
                raise Cancelled()
            if attempt == retries:
                break
            if wait is None:
                base = min(MAX_BACKOFF, self.backoff * (2 ** attempt))
                wait = base / 2 + random.uniform(0, base / 2)
            elif wait > MAX_RETRY_WAIT:
                raise TeacherError(join_sentences(failure, user_text(
                    "It asks to wait {seconds:.0f} s; try again later.", seconds=wait)))
            log.info("%s Retrying in %.1f s (%d of %d).", failure, wait, attempt + 1, retries)
            if self._closed.wait(wait):
                raise Cancelled()
        if retries:
            failure = join_sentences(failure, user_text("Gave up after {n} retries.", n=retries))
        raise TeacherError(failure)

    def _read(self, method: str, url: str, body: Optional[dict[str, Any]], t: float
              ) -> tuple[httpx.Response, str]:
        """The response and its text, read within ``t`` seconds in all: httpx's read timeout is per
        chunk, so a server dripping a byte at a time would otherwise hold the job for ever."""
        deadline = time.monotonic() + t
        with self._client.stream(method, url, json=body,
                                 timeout=httpx.Timeout(t, connect=min(t, 10.0))) as r:
            chunks: list[bytes] = []
            size = 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > MAX_REPLY_BYTES:
                    raise _ReplyTooLarge()
                if time.monotonic() > deadline:
                    raise _ReplyTooSlow()
                chunks.append(chunk)
            return r, b"".join(chunks).decode(r.encoding or "utf-8", errors="replace")

    def _status_failure(self, resp: _Response) -> str:
        if resp.status == 429:
            return user_text("The server at {url} is limiting requests (429).", url=self.url)
        if resp.status == 503:
            return user_text("The server at {url} is busy or still loading (503).", url=self.url)
        return user_text("The server at {url} failed (HTTP {status}): {detail}", url=self.url,
                         status=resp.status, detail=self._server_message(resp))

    def _raise_for_status(self, resp: _Response) -> None:
        if 200 <= resp.status < 300:
            return
        msg = self._server_message(resp)
        if resp.status == 401:
            if self._key:
                raise TeacherAuthError(user_text("The server refused the API key (401): check the key "
                                                 "in Teacher settings."))
            raise TeacherAuthError(user_text("The server at {url} needs an API key (401): add one in "
                                             "Teacher settings.", url=self.url))
        if resp.status == 403:
            if self.model:
                raise TeacherAuthError(user_text(
                    "The server at {url} refused access (403): the API key may not be allowed to use "
                    "{model}. {detail}", url=self.url, model=self.model, detail=msg))
            raise TeacherAuthError(user_text(
                "The server at {url} refused access (403): the API key may not be allowed to use "
                "this model. {detail}", url=self.url, detail=msg))
        if resp.status == 404:
            if "model" in msg.lower():
                raise TeacherError(user_text("The server at {url} has no model called {model}: {detail}",
                                             url=self.url, model=self.model, detail=msg))
            raise TeacherError(user_text("The server at {url} has no OpenAI-compatible API there "
                                         "(404): check the address; it usually ends in /v1.",
                                         url=self.url))
        raise TeacherError(user_text("The server at {url} refused the request (HTTP {status}): {detail}",
                                     url=self.url, status=resp.status, detail=msg))

    # ---- models -------------------------------------------------------------------------
    def list_models(self) -> Optional[list[str]]:
        """The model names the server lists; None when it has no model list (404)."""
        resp = self._send("GET", f"{self.base_url}/models", timeout=min(self.timeout, 30.0))
        if resp.status == 404 and not self.base_url.endswith("/v1"):
            alt = self._send("GET", f"{self.base_url}/v1/models", timeout=min(self.timeout, 30.0))
            if alt.status == 200:
                self.base_url += "/v1"
                resp = alt
        if resp.status == 404:
            return None
        self._raise_for_status(resp)
        data = resp.data if isinstance(resp.data, dict) else {}
        items = data.get("data") or data.get("models") or []
        names = []
        for item in items if isinstance(items, list) else []:
            name = (item.get("id") or item.get("name") or item.get("model")
                    if isinstance(item, dict) else item)
            if isinstance(name, str) and name not in names:
                names.append(name)
        return names

    def _check_model(self) -> None:
        self._models = models = self.list_models()
        if models is None:
            if not self.model:
                raise TeacherError(user_text("The server at {url} does not list its models: type the "
                                             "model's name in Teacher settings.", url=self.url))
            return
        if not models:
            raise TeacherError(user_text("The server at {url} has no models: load or download one "
                                         "there first.", url=self.url))
        if not self.model:
            if len(models) == 1:
                self.model = models[0]
                return
            raise TeacherError(user_text("Choose a model: the server at {url} has: {models}.",
                                         url=self.url, models=", ".join(models)))
        if self.model in models:
            return
        if ":" not in self.model and f"{self.model}:latest" in models:  # Ollama's default tag
            self.model = f"{self.model}:latest"
            return
        shown = ", ".join(models[:20]) + (" …" if len(models) > 20 else "")
        raise TeacherError(user_text("The server at {url} has no model called {model}; it has: {models}.",
                                     url=self.url, model=self.model, models=shown))

    # ---- structured output --------------------------------------------------------------
    def _grammar(self, schema: dict[str, Any]) -> str:
        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            from core.teachers.gguf import strict_json_grammar

            try:
                self._grammars[key] = strict_json_grammar(schema)
            except RuntimeError:
                # No free-text string in the schema (enums only): no 'char' rule to patch.
                from llama_cpp.llama_grammar import json_schema_to_gbnf

                gbnf = json_schema_to_gbnf(json.dumps(schema))
                if "char ::=" in gbnf:
                    raise
                self._grammars[key] = gbnf
        return self._grammars[key]

    def _chat_body(self, messages: list[dict[str, str]], schema: dict[str, Any], max_tokens: int,
                   temperature: float, seed: Optional[int], mode: str) -> dict[str, Any]:
        if mode in WEAK_MODES:
            messages = with_schema_in_prompt(messages, schema)
        body: dict[str, Any] = {"model": self.model, "messages": messages,
                                self._max_tokens_field: max_tokens, "temperature": temperature,
                                "stream": False}
        if seed is not None:
            body["seed"] = seed
        if mode == "json_schema":
            s = portable_schema(schema) if self._portable else schema
            body["response_format"] = {"type": "json_schema", "json_schema": {
                "name": "reply", "schema": s, "strict": True}}
        elif mode == "grammar":
            body["grammar"] = self._grammar(schema)
        elif mode == "json_object_schema":
            body["response_format"] = {"type": "json_object", "schema": schema}
        elif mode == "guided_json":
            body["guided_json"] = schema
        elif mode == "json_object":
            body["response_format"] = {"type": "json_object"}
        return body

    def _ollama_body(self, messages: list[dict[str, str]], schema: dict[str, Any],
                     max_tokens: int, temperature: float, seed: Optional[int]) -> dict[str, Any]:
        options: dict[str, Any] = {"temperature": temperature, "num_predict": max_tokens}
        if seed is not None:
            options["seed"] = seed
        return {"model": self.model, "messages": messages, "format": schema, "stream": False,
                "options": options}

    def _detect_ollama(self) -> bool:
        if self._is_ollama is None:
            try:
                resp = self._send("GET", f"{self.root_url}/api/version",
                                  timeout=min(self.timeout, 5.0), retries=0)
                self._is_ollama = (resp.status == 200 and isinstance(resp.data, dict)
                                   and "version" in resp.data)
            except TeacherError:
                self._is_ollama = False
        return self._is_ollama

    def probe(self) -> str:
        """The strongest structured-output mode this server enforces (asks it, uncached)."""
        for mode in MODES[:-1]:
            if mode == "ollama_format" and not self._detect_ollama():
                continue
            if self._probe_mode(mode):
                return mode
        return "none"

    def _probe_mode(self, mode: str) -> bool:
        weak = mode in WEAK_MODES
        messages = PROBE_WEAK_MESSAGES if weak else PROBE_MESSAGES
        if mode == "grammar":
            try:
                self._grammar(PROBE_SCHEMA)
            except ImportError:  # llama-cpp-python absent: we cannot write GBNF
                return False
        for portable in ((False, True) if mode == "json_schema" else (False,)):
            self._portable = portable
            if mode == "ollama_format":
                url = f"{self.root_url}/api/chat"
                body = self._ollama_body(messages, PROBE_SCHEMA, PROBE_MAX_TOKENS, 0.0, 0)
            else:
                url = f"{self.base_url}/chat/completions"
                body = self._chat_body(messages, PROBE_SCHEMA, PROBE_MAX_TOKENS, 0.0, 0, mode)
            # A 500 here usually means "this server does not do that": no retries for it.
            resp = self._send("POST", url, body, timeout=self.load_timeout,
                              retry_server_errors=False)
            if resp.status in (401, 403, 404):
                self._raise_for_status(resp)
            if resp.status != 200:
                log.info("%s: mode %s refused (HTTP %d)", self.url, mode, resp.status)
                if resp.status in (400, 422):  # maybe the schema's keywords: try the portable one
                    continue
                break
            reply = self._reply(resp.data, False, ollama=mode == "ollama_format")
            try:
                value = json.loads(reply.text)
            except (ValueError, RecursionError):
                break
            if (isinstance(value, dict) if weak else value == {"shule_probe": PROBE_VALUE}):
                return True
            break
        self._portable = False
        return False

    # ---- generation ---------------------------------------------------------------------
    def generate(self, messages: list[dict[str, str]], schema: dict[str, Any], max_tokens: int,
                 temperature: float, seed: Optional[int], logprobs: bool = False) -> Reply:
        """One chat completion. ``logprobs`` asks for token log-probabilities (and the top
        alternatives); servers that cannot give them return a Reply without them."""
        self.load()
        mode = self._mode or "none"
        ollama = mode == "ollama_format"
        want_lp = logprobs and self._logprobs_ok is not False
        for _ in range(3):  # at most: drop logprobs, rename max_tokens
            if ollama:
                url = f"{self.root_url}/api/chat"
                body = self._ollama_body(messages, schema, max_tokens, temperature, seed)
            else:
                url = f"{self.base_url}/chat/completions"
                body = self._chat_body(messages, schema, max_tokens, temperature, seed, mode)
            if want_lp:
                body["logprobs"] = True
                body["top_logprobs"] = TOP_LOGPROBS
            resp = self._send("POST", url, body)
            if resp.status in (400, 422):
                msg = self._server_message(resp).lower()
                if want_lp and "logprob" in msg:
                    self._logprobs_ok = want_lp = False
                    continue
                if "max_completion_tokens" in msg and self._max_tokens_field == "max_tokens":
                    self._max_tokens_field = "max_completion_tokens"
                    continue
            self._raise_for_status(resp)
            reply = self._reply(resp.data, want_lp, ollama=ollama)
            if want_lp and reply.token_logprobs is not None:
                self._logprobs_ok = True
            return reply
        self._raise_for_status(resp)
        raise TeacherError(user_text("The server at {url} refused the request.", url=self.url))

    def _reply(self, data: Any, logprobs: bool, ollama: bool = False) -> Reply:
        try:
            if ollama:
                text = _content_text(data["message"].get("content"))
                reason = _finish(data.get("done_reason"))
                tokens = int(data.get("eval_count") or 0)
                raw_lp = data.get("logprobs")
            else:
                choice = data["choices"][0]
                text = _content_text(choice["message"].get("content"))
                reason = _finish(choice.get("finish_reason"))
                tokens = int((data.get("usage") or {}).get("completion_tokens") or 0)
                raw_lp = choice.get("logprobs")
        except (KeyError, IndexError, TypeError, AttributeError, ValueError):
            raise TeacherError(user_text("The server at {url} sent a reply that is not a chat "
                                         "completion.", url=self.url)) from None
        pairs, tops = parse_logprobs(raw_lp) if logprobs else (None, None)
        text = without_reasoning(text)
        # A server that quotes the request's headers back must not get the key into the project
        # (a discarded reply is kept as it came).
        return Reply(text=self._scrub(text), finish_reason=reason, completion_tokens=tokens,
                     token_logprobs=pairs, top_logprobs=tops)
