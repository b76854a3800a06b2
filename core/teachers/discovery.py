"""Find teacher servers running on this computer: Ollama, LM Studio, llama.cpp server, vLLM.

Looks only at the one host it is given (127.0.0.1 by default), on each server's usual port, all
at once with a short timeout, and without any proxy.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping, Optional

from core.user_text import user_text

if TYPE_CHECKING:  # httpx takes ~0.15 s to import: loaded when a search starts
    import httpx

#: kind → usual port.
DEFAULT_PORTS: dict[str, int] = {"ollama": 11434, "lmstudio": 1234, "llamacpp": 8080, "vllm": 8000}
NAMES = {"ollama": "Ollama", "lmstudio": "LM Studio", "llamacpp": user_text("llama.cpp server"),
         "vllm": "vLLM", "openai": user_text("OpenAI-compatible server")}
# What /v1/models says in "owned_by" for servers that identify themselves there.
_OWNERS = {"vllm": "vllm", "llamacpp": "llamacpp"}


@dataclass
class Found:
    kind: str
    name: str
    #: The OpenAI-compatible base URL to give RemoteTeacher (ends in /v1).
    base_url: str
    models: list[str] = field(default_factory=list)
    #: The server answered 401: it wants an API key before it lists its models.
    needs_key: bool = False


def _get(client: httpx.Client, url: str) -> tuple[int, Any]:
    import httpx

    try:
        r = client.get(url)
        try:
            return r.status_code, r.json()
        except ValueError:
            return r.status_code, None
    except (httpx.HTTPError, OSError):
        return 0, None


def _names(items: Any, *keys: str) -> list[str]:
    out: list[str] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            name = next((item[k] for k in keys if isinstance(item.get(k), str)), None)
            if name and name not in out:
                out.append(name)
    return out


def _look(client: httpx.Client, host: str, kind: str, port: int) -> Optional[Found]:
    root = f"http://{host}:{port}"
    if kind == "ollama":
        status, data = _get(client, f"{root}/api/tags")
        if status == 200 and isinstance(data, dict) and "models" in data:
            return Found("ollama", NAMES["ollama"], f"{root}/v1",
                         _names(data["models"], "name", "model"))
    status, data = _get(client, f"{root}/v1/models")
    if status == 401:
        return Found(kind, NAMES.get(kind, NAMES["openai"]), f"{root}/v1", needs_key=True)
    if status != 200 or not isinstance(data, dict) or not isinstance(data.get("data"), list):
        return None
    items = data["data"]
    owners = {i.get("owned_by") for i in items if isinstance(i, dict)}
    found_kind = next((k for k, owner in _OWNERS.items() if owner in owners), kind)
    if found_kind != "llamacpp" and kind == "llamacpp":
        props_status, props = _get(client, f"{root}/props")  # llama.cpp's own server has /props
        if props_status == 200 and isinstance(props, dict):
            found_kind = "llamacpp"
    return Found(found_kind, NAMES.get(found_kind, NAMES["openai"]), f"{root}/v1",
                 _names(items, "id"))


def discover(host: str = "127.0.0.1", timeout: float = 0.5,
             ports: Optional[Mapping[str, int]] = None) -> list[Found]:
    """The servers answering on ``host``, in the order of ``ports`` (kind → port; default
    ``DEFAULT_PORTS``, replaced not merged). Never contacts any other host."""
    ports = dict(DEFAULT_PORTS if ports is None else ports)
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # IPv6 literal
    jobs = list(ports.items())
    if not jobs:
        return []
    import httpx

    with httpx.Client(timeout=httpx.Timeout(timeout), trust_env=False,
                      follow_redirects=False) as client, \
            ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        results = list(pool.map(lambda job: _look(client, host, job[0], int(job[1])), jobs))
    found: list[Found] = []
    seen: set[str] = set()
    for item in results:
        if item is not None and item.base_url not in seen:
            seen.add(item.base_url)
            found.append(item)
    return found
