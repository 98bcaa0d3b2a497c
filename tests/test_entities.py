"""Entities: canonical names per article, mentions, outlets and metonymy."""

from __future__ import annotations

from newstrace import Entity, analyze_text


def _by_name(entities: tuple[Entity, ...]) -> dict[str, Entity]:
    return {entity.name: entity for entity in entities}


TEXT = (
    "Finance minister Lena Holt said on Monday the budget was balanced, according to Reuters. "
    "She added that Moscow's position had not changed. "
    "Holt told the Daily Courier that talks with Germany would go on."
)


def test_people_have_one_name_and_all_their_mentions() -> None:
    article = analyze_text(TEXT, plain=True)
    holt = _by_name(article.entities)["Lena Holt"]
    assert holt.kind == "person"
    written = [(m.span.of(article.text), m.kind) for m in holt.mentions]
    assert written == [("Lena Holt", "name"), ("She", "pronoun"), ("Holt", "name")]


def test_outlets_places_and_what_a_place_stands_for() -> None:
    entities = _by_name(analyze_text(TEXT, plain=True).entities)
    assert entities["Reuters"].kind == "outlet"
    assert entities["Daily Courier"].kind == "outlet"
    assert entities["Germany"].kind == "place"
    assert entities["Germany"].mentions[0].stands_for is None
    moscow = entities["Moscow"]
    assert moscow.kind == "place"
    assert moscow.mentions[0].stands_for == "the Russian government"
