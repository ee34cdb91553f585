"""cleaner.langid computes langdetect's probabilities, bit for bit."""

from __future__ import annotations

import pytest

from cleaner.langid import factory, ngrams, probabilities

TEXTS = {
    "english": "The council said on Tuesday that the new bridge would open next spring.",
    "german": "Der Stadtrat hat am Dienstag beschlossen, die Brücke im Frühjahr zu öffnen.",
    "capitals": "NASA and the ESA said THE LAUNCH was delayed again, see https://example.org/x",
    "russian": "Городской совет во вторник решил открыть новый мост весной. Latin words here",
    "vietnamese": "Hội đồng thành phố quyết định mở cây cầu mới vào mùa xuân. Tie\u0302\u0301ng",
    "japanese": "市議会は火曜日、新しい橋を来春に開通させると発表した。ひらがな カタカナ",
    "spaces": "  several   spaces\tand a mail@example.com address  ",
    "no_letters": "12345 -- 678 !!!",
}


def _langdetect(text: str, trials: int) -> list[float]:
    from langdetect import detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    detector_factory.init_factory()
    detector = detector_factory._factory.create()
    detector.seed = 0
    detector.n_trial = trials
    detector.append(text)
    try:
        detector._detect_block()
    except LangDetectException:
        return []
    return list(detector.langprob)


@pytest.mark.parametrize("name", sorted(TEXTS), ids=sorted(TEXTS))
@pytest.mark.parametrize("trials", [1, 3])
def test_probabilities_equal_langdetect(name: str, trials: int) -> None:
    assert probabilities(TEXTS[name], 0, trials) == _langdetect(TEXTS[name], trials)


def test_ngrams_skip_words_in_capitals() -> None:
    assert not any("NAS" in gram for gram in ngrams("NASA"))


def test_a_sample_with_no_profiled_ngram_gives_no_language() -> None:
    from dataclasses import replace

    from cleaner.document import Document, Span
    from cleaner.stages.language import LanguageStage

    # Letters enough for the stage to ask, but none that langdetect has a profile for.
    text = "ꓐꓑꓒꓓ ꓔꓕꓖꓗ ꓘꓙꓚꓛ " * 8
    assert probabilities(text, 0, 3) == []
    doc = replace(Document.from_text(text), body=(Span(text, (1,)),))
    assert LanguageStage()(doc).language is None


def test_the_stages_walk_limit_changes_nothing_a_language_decides() -> None:
    from cleaner.stages.language import TRIALS, WALK_LIMIT

    for name in ("english", "german", "russian", "japanese"):
        assert probabilities(TEXTS[name], 0, TRIALS, WALK_LIMIT) == probabilities(
            TEXTS[name], 0, TRIALS
        )


def test_text_no_profile_decides_stops_at_the_walk_limit() -> None:
    import sys
    from pathlib import Path

    from cleaner import Pipeline
    from cleaner.stages.language import TRIALS, WALK_LIMIT, LanguageStage

    bench = str(Path(__file__).resolve().parent.parent / "bench")
    sys.path.insert(0, bench)
    try:
        from synthetic import synthetic_pages
    finally:
        sys.path.remove(bench)
    # The generated pages' invented words: some walks go past the limit, where the shorter
    # walk ends elsewhere than langdetect's full one.
    pipeline, stage = Pipeline.from_config(), LanguageStage()
    samples = [stage.sample(pipeline.clean(p["scraped_text"])) for p in synthetic_pages(10)]
    cut = [
        s for s in samples if probabilities(s, 0, TRIALS, WALK_LIMIT) != probabilities(s, 0, TRIALS)
    ]
    assert cut


def test_profiles_are_langdetects() -> None:
    from langdetect import detector_factory

    detector_factory.init_factory()
    theirs = detector_factory._factory
    ours = factory()
    assert ours.langlist == theirs.langlist
    assert ours.known == frozenset(theirs.word_lang_prob_map)
    for ngram in ["a", " t", "the", "ß", " на", "ing", "\u4e00"]:
        assert ours.word_lang_prob_map[ngram] == tuple(theirs.word_lang_prob_map[ngram])
