from tracker.evidence import NormalizedText, normalize

TEXT = "He said: “we are ready” – and left.\n\nThen  the ‘minister’ spoke."


def test_curly_quotes_dashes_and_whitespace_are_equivalent():
    located = NormalizedText(TEXT)
    [(start, end)] = located.find_all('said: "we are ready" - and left. Then the')
    assert TEXT[start:end] == "said: “we are ready” – and left.\n\nThen  the"


def test_offsets_are_into_the_original_text():
    located = NormalizedText(TEXT)
    [(start, end)] = located.find_all("'minister' spoke.")
    assert TEXT[start:end] == "‘minister’ spoke."
    assert normalize(TEXT[start:end]) == normalize("'minister' spoke.")


def test_every_occurrence_is_found_and_absent_passages_are_not():
    located = NormalizedText("France is ready. France is ready.")
    assert located.find_all("France is ready.") == [(0, 16), (17, 33)]
    assert located.find_all("Germany is ready.") == []
    assert located.find_all("   ") == []


def test_matching_is_exact_otherwise():
    located = NormalizedText(TEXT)
    assert located.find_all("we are READY") == []
    assert located.find_all("we are ready.") == []
