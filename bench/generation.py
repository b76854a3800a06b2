"""Generation figures: Shule's overhead over talking to the model directly.

- generation_overhead_ratio: Shule's in-process generation of M samples (prompts, grammar,
  checks, filters, SQLite storage, provenance) over the same requests sent straight to
  ``llama_cpp.Llama`` with the same seeds and parameters.
- remote_throughput_ratio: Shule's samples/s against ``llama_cpp.server`` at concurrency 8 over a
  bare asyncio httpx client sending the same request bodies, 8 at a time.

The teacher is a random-weight GGUF written by tests/fixtures/tiny_gguf.py at a size where the
model, not the bookkeeping, takes most of the time (set SHULE_BENCH_GGUF to use a real model).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.generation import GenerationConfig, generate  # noqa: E402
from core.languages import find_language  # noqa: E402
from core.project import Label, Project  # noqa: E402
from core.teachers.gguf import GGUFTeacher, strict_json_grammar  # noqa: E402

LABELS = [Label("sports", "Games, teams and athletes"), Label("health", "Illness and clinics")]
PER_LABEL = 10
CONFIG = dict(max_chars=80, seed=11, check_language=False)


def _model(workdir: Path) -> Path:
    if os.environ.get("SHULE_BENCH_GGUF"):
        return Path(os.environ["SHULE_BENCH_GGUF"])
    from tests.fixtures.tiny_gguf import make_tiny_gguf

    return make_tiny_gguf(workdir / "bench.gguf", dim=256, layers=4, heads=4, ff=768)


class RecordingTeacher(GGUFTeacher):
    """Notes every request so the baseline can send exactly the same ones."""

    def __init__(self, *args: Any, **kw: Any):
        super().__init__(*args, **kw)
        self.calls: list[tuple] = []

    def generate(self, messages, schema, max_tokens, temperature, seed, logprobs=False):
        self.calls.append((messages, schema, max_tokens, temperature, seed))
        return super().generate(messages, schema, max_tokens, temperature, seed, logprobs)


def _shule_run(workdir: Path, model: Path, run: int, **config: Any) -> tuple[float, list, int]:
    teacher = RecordingTeacher(str(model), n_threads=1)
    teacher.load()
    with Project.create(workdir / f"run{run}.shule", find_language("sw"), LABELS) as project:
        start = time.perf_counter()
        result = generate(project, teacher, GenerationConfig(per_label=PER_LABEL, **CONFIG, **config))
        elapsed = time.perf_counter() - start
    teacher.close()
    return elapsed, teacher.calls, sum(result.added.values())


def _direct_run(model: Path, calls: list) -> float:
    import llama_cpp

    llm = llama_cpp.Llama(model_path=str(model), n_ctx=4096, n_threads=1, verbose=False)
    grammars = {}
    for _, schema, *_ in calls:  # compiled up front, as Shule caches them
        key = repr(schema)
        if key not in grammars:
            grammars[key] = llama_cpp.LlamaGrammar.from_string(strict_json_grammar(schema),
                                                               verbose=False)
    start = time.perf_counter()
    for messages, schema, max_tokens, temperature, seed in calls:
        llm.create_chat_completion(messages=messages, grammar=grammars[repr(schema)],
                                   max_tokens=max_tokens, temperature=temperature, seed=seed)
    elapsed = time.perf_counter() - start
    llm.close()
    return elapsed


def generation_overhead_ratio(rounds: int = 6) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        model = _model(workdir)
        _, calls, samples = _shule_run(workdir, model, -1)  # warm-up, not counted
        _direct_run(model, calls)
        shule, direct = [], []
        for r in range(rounds):  # interleaved, each side first in turn, so drift hits both alike
            if r % 2:
                direct.append(_direct_run(model, calls))
            elapsed, calls, samples = _shule_run(workdir, model, r)
            shule.append(elapsed)
            if not r % 2:
                direct.append(_direct_run(model, calls))
    return {"value": statistics.median(shule) / statistics.median(direct),
            "shule_median_s": statistics.median(shule), "direct_median_s": statistics.median(direct),
            "samples": samples, "requests": len(calls), "rounds": rounds,
            "baseline": "the same requests straight to llama_cpp.Llama, same seeds", "goal": "<= 1.05"}


def remote_throughput_ratio(concurrency: int = 8, rounds: int = 4) -> dict:
    import httpx

    from core.teachers.remote import RemoteTeacher
    from tests.fixtures.llama_server import llama_server

    class Recording(RemoteTeacher):
        def __init__(self, *a: Any, **kw: Any):
            super().__init__(*a, **kw)
            self.bodies: list[dict] = []

        def generate(self, messages, schema, max_tokens, temperature, seed, logprobs=False):
            self.bodies.append(self._chat_body(messages, schema, max_tokens, temperature, seed,
                                               "grammar"))
            return super().generate(messages, schema, max_tokens, temperature, seed, logprobs)

    async def bare(base_url: str, bodies: list[dict]) -> float:
        queue = list(bodies)
        async with httpx.AsyncClient(timeout=120, trust_env=False) as client:
            async def worker() -> None:
                while queue:
                    r = await client.post(f"{base_url}/chat/completions", json=queue.pop())
                    r.raise_for_status()

            start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        model = _model(workdir)
        with llama_server(model, workdir / "server.log") as server:
            def shule_run(r: int) -> tuple[float, list[dict], Any]:
                teacher = Recording(server.base_url, server.model, max_concurrency=concurrency,
                                    structured_output="grammar")
                teacher.load()
                with Project.create(workdir / f"remote{r}.shule", find_language("sw"), LABELS) as p:
                    start = time.perf_counter()
                    result = generate(p, teacher, GenerationConfig(per_label=PER_LABEL, **CONFIG))
                    elapsed = time.perf_counter() - start
                teacher.close()
                return len(teacher.bodies) / elapsed, teacher.bodies, result

            _, bodies, result = shule_run(-1)  # warm-up, not counted
            shule_rates, bare_rates = [], []
            for r in range(rounds):  # each side first in turn
                if r % 2:
                    bare_rates.append(len(bodies) / asyncio.run(bare(server.base_url, list(bodies))))
                rate, bodies, result = shule_run(r)
                shule_rates.append(rate)
                if not r % 2:
                    bare_rates.append(len(bodies) / asyncio.run(bare(server.base_url, list(bodies))))
    return {"value": statistics.median(shule_rates) / statistics.median(bare_rates),
            "shule_requests_per_s": statistics.median(shule_rates),
            "bare_requests_per_s": statistics.median(bare_rates),
            "samples": sum(result.added.values()), "concurrency": concurrency, "rounds": rounds,
            "baseline": "a bare asyncio httpx client, the same request bodies", "goal": ">= 0.95"}
