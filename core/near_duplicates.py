"""Near-duplicate search for the filters: character n-gram shingles, MinHash and LSH bands.

Band hashes live in one sorted numpy array (plus a small dict of recent additions that is merged
in batches), so a project of 100,000 samples costs a few MB and one lookup is a handful of binary
searches; candidates are then verified by their exact Jaccard similarity.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

import numpy as np

from core.filters import _key

_PRIME = np.uint64(0x100000001B3)  # FNV-1a's 64-bit prime


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads every input bit over the whole 64-bit word (wrapping)."""
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def shingles(key: str, n: int) -> np.ndarray:
    """Sorted unique 64-bit hashes of the character n-grams of ``key`` (the whole key when it is
    shorter than n). Deterministic across runs."""
    codes = np.frombuffer(key.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    if len(codes) == 0:
        return np.empty(0, dtype=np.uint64)
    n = min(n, len(codes))
    count = len(codes) - n + 1
    h = codes[:count].copy()
    for k in range(1, n):  # a polynomial hash of the n code points, wrapping at 2**64
        h = h * _PRIME + codes[k:k + count]
    h.sort()
    return h[np.concatenate(([True], h[1:] != h[:-1]))]


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) == 0 or len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    """|a ∩ b| / min(|a|, |b|): one text contains most of the other."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / min(len(a), len(b))


def lsh_banding(threshold: float) -> tuple[int, int]:
    """(bands, rows per band): few bands (memory) while a pair at ``threshold`` still shares a
    band with probability ≥ 0.995 and a pair at Jaccard 0.3 with probability ≤ 0.1."""
    for bands in (8, 12, 16, 24, 32, 48, 64):
        rows = next((r for r in range(8, 0, -1)
                     if 1 - (1 - threshold ** r) ** bands >= 0.995), 1)
        if 1 - (1 - 0.3 ** rows) ** bands <= 0.1:
            break
    return bands, rows


class NearDuplicateIndex:
    """Texts indexed for near-duplicate search by MinHash LSH over the shingles of their
    ``normalise``d form.

    Each text's MinHash signature is cut into bands; a band's hash (salted by its position) is
    one uint64 key. Keys live in a sorted array searched with ``np.searchsorted``; additions go
    to a dict first and are merged into the array in batches.
    """

    MERGE_EVERY = 2048  # texts
    MAX_CANDIDATES = 64

    def __init__(self, threshold: float, shingle_size: int = 4, seed: int = 1):
        self.threshold = threshold
        self.shingle_size = shingle_size
        self.bands, self.rows = lsh_banding(threshold)
        rng = np.random.default_rng(seed)
        perms = self.bands * self.rows
        self._a = rng.integers(1, 2**63, perms, dtype=np.uint64) | np.uint64(1)
        self._b = rng.integers(0, 2**63, perms, dtype=np.uint64)
        self._row_mult = rng.integers(1, 2**63, self.rows, dtype=np.uint64) | np.uint64(1)
        self._salt = _mix(np.arange(1, self.bands + 1, dtype=np.uint64))
        self._texts: list[str] = []
        # (sorted band keys, text ids), replaced as one tuple so that a reader never pairs a new
        # key array with an old id array.
        self._sorted = (np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int32))
        self._recent: dict[int, list[int]] = {}
        self._recent_texts = 0

    def __len__(self) -> int:
        return len(self._texts)

    def band_keys(self, sh: np.ndarray) -> np.ndarray:
        """The ``bands`` LSH keys of a shingle set."""
        if len(sh) == 0:
            sh = np.zeros(1, dtype=np.uint64)
        # One multiply-add hash per permutation, wrapping at 2**64 (multiply-shift hashing:
        # the order of the results is decided by their high bits).
        products = np.multiply.outer(self._a, sh)
        products += self._b[:, None]
        signature = products.min(axis=1)
        rows = signature.reshape(self.bands, self.rows) * self._row_mult
        return _mix(rows.sum(axis=1) ^ self._salt)

    def add(self, text: str, sh: Optional[np.ndarray] = None) -> int:
        """Index one text (``sh``: its shingles, when already known); returns its id."""
        sh = shingles(_key(text), self.shingle_size) if sh is None else sh
        i = len(self._texts)
        self._texts.append(text)
        for k in self.band_keys(sh).tolist():
            self._recent.setdefault(k, []).append(i)
        self._recent_texts += 1
        if self._recent_texts >= self.MERGE_EVERY:
            self._merge()
        return i

    def _merge(self) -> None:
        if not self._recent:
            return
        keys = np.fromiter((k for k, ids in self._recent.items() for _ in ids), dtype=np.uint64)
        ids = np.fromiter((i for v in self._recent.values() for i in v), dtype=np.int32)
        keys, ids = np.concatenate([self._sorted[0], keys]), np.concatenate([self._sorted[1], ids])
        order = np.argsort(keys, kind="stable")
        self._sorted = (keys[order], ids[order])
        self._recent = {}  # after the new arrays are in place (see most_similar)
        self._recent_texts = 0

    def most_similar(self, text: str, sh: Optional[np.ndarray] = None) -> tuple[float, int]:
        """(Jaccard similarity, id) of the most similar indexed text among the LSH candidates,
        or (0.0, -1) when none shares a band."""
        if not self._texts:
            return 0.0, -1
        sh = shingles(_key(text), self.shingle_size) if sh is None else sh
        bands = self.band_keys(sh)
        # Recent first, then the arrays: a merge in between (in the thread that adds) moves texts
        # from the one to the other, so every text is in at least one of what this reads.
        recent = self._recent
        keys, ids = self._sorted
        found: list[int] = []
        if len(keys):
            lo = np.searchsorted(keys, bands, "left")
            hi = np.searchsorted(keys, bands, "right")
            for start, stop in zip(lo.tolist(), hi.tolist()):
                found.extend(ids[start:stop].tolist())
        for k in bands.tolist():
            found.extend(recent.get(k, ()))
        best, best_id = 0.0, -1
        # Texts sharing the most bands first; a pathological pile of candidates is capped.
        for i, _ in Counter(found).most_common(self.MAX_CANDIDATES):
            s = jaccard(sh, shingles(_key(self._texts[i]), self.shingle_size))
            if s > best:
                best, best_id = s, i
        return best, best_id

    def text(self, i: int) -> str:
        return self._texts[i]
