"""Cleaning from several threads at once: a scraper's thread pool, or a Dask worker's
threads, share one process and its lazily loaded models."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from cleaner import clean

TEXTS = [
    "Council approves the riverside park after years of debate\n\nBy Jane Doe\n"
    "Published 3 March 2024, 10:15\n\n"
    + "The city council approved the riverside park on Tuesday after a long debate. "
    * 4,
    "Stadtrat genehmigt den Park am Fluss nach langer Debatte\n\nVon Erika Muster\n"
    "Veröffentlicht am 3. März 2024\n\n"
    + "Der Stadtrat stimmte am Dienstag nach langer Debatte für den Park am Fluss. "
    * 4,
    "Le conseil approuve le parc au bord de la rivière\n\nPublié le 3 mars 2024\n\n"
    + "Le conseil municipal a voté mardi pour le parc après des années de débat. " * 4,
]
THREADS = 6

SCRIPT = textwrap.dedent(
    f"""
    import json, sys, threading
    from cleaner import clean

    texts = json.load(sys.stdin)
    barrier = threading.Barrier({THREADS})
    results, errors = {{}}, []

    def work(n):
        barrier.wait()
        try:
            results[n] = clean(texts[n % len(texts)]).to_dict()
        except Exception as exc:
            errors.append(repr(exc))

    threads = [threading.Thread(target=work, args=(n,)) for n in range({THREADS})]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    json.dump({{"errors": errors, "results": [results.get(n) for n in range({THREADS})]}}, sys.stdout)
    """
)


def test_threads_racing_to_load_the_models_get_the_sequential_records() -> None:
    # A fresh interpreter, so that the threads race to load the language profiles.
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=json.dumps(TEXTS),
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(run.stdout)
    assert report["errors"] == []
    expected = [json.loads(json.dumps(clean(text).to_dict())) for text in TEXTS]
    assert [record["language"] for record in expected] == ["en", "de", "fr"]
    assert [record["meta"]["date"] for record in expected] == ["2024-03-03"] * 3
    assert [record["meta"]["byline"] for record in expected][:2] == ["Jane Doe", "Erika Muster"]
    for n, record in enumerate(report["results"]):
        assert record == expected[n % len(TEXTS)]
