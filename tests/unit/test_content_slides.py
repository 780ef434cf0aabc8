"""presentation.md: the slide format, and each message about slides."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmq_desktop.content import messages
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import (
    BulletList,
    Image,
    Layout,
    LoadResult,
    Paragraph,
    Slide,
    Span,
)
from cmq_desktop.content.typography import NNBSP

NOTES = "::: notes\nDes notes.\n:::\n"


def problems(result: LoadResult) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in result.problems]


def only_slide(result: LoadResult) -> Slide:
    assert result.deck is not None, result.problems
    assert len(result.deck.slides) == 1
    return result.deck.slides[0]


def test_a_full_slide(write_deck) -> None:
    deck = write_deck(
        "@id: carte\n"
        "@mise-en-page: image-texte\n"
        "\n"
        "# Couverture des CMQ\n"
        "## En région\n"
        "\n"
        "![Carte de la région](images/carte.png)\n"
        "\n"
        "- **1re région** française\n"
        "- Un pôle d'accompagnement\n"
        "\n"
        "::: notes\n"
        "Ce que l'enseignant dit.\n"
        "Sur deux lignes.\n"
        ":::\n",
        images=("images/carte.png",),
    )
    result = load_deck(deck)
    assert result.problems == ()
    slide = only_slide(result)
    assert slide.id == "carte"
    assert slide.layout is Layout.IMAGE_TEXT
    assert slide.title == (Span("Couverture des CMQ"),)
    assert slide.subtitle == (Span("En région"),)
    assert slide.line == 1
    assert slide.path == str(deck / "presentation.md")
    image, bullets = slide.blocks
    assert image == Image(
        path=(deck / "images/carte.png").resolve(), alt="Carte de la région", line=7
    )
    assert image.path.is_absolute()
    assert isinstance(bullets, BulletList)
    assert not bullets.ordered
    assert [item.spans for item in bullets.items] == [
        (Span("1re région", bold=True), Span(" française")),
        (Span("Un pôle d’accompagnement"),),
    ]
    assert [item.line for item in bullets.items] == [9, 10]
    assert slide.notes == "Ce que l’enseignant dit. Sur deux lignes."


def test_slides_are_separated_by_dashes_and_keep_source_lines(write_deck) -> None:
    deck = write_deck(f"# Un\n{NOTES}---\n\n# Deux\n{NOTES}\n---\n# Trois\n{NOTES}---\n")
    result = load_deck(deck)
    assert result.problems == ()
    assert result.deck is not None
    assert [s.title_text for s in result.deck.slides] == ["Un", "Deux", "Trois"]
    assert [s.line for s in result.deck.slides] == [1, 7, 13]
    assert result.deck.title == "Un"


def test_default_id_is_the_slug_of_the_title_and_default_layout_is_a_list(write_deck) -> None:
    slide = only_slide(load_deck(write_deck(f"# Un CMQ, c'est quoi ?\n{NOTES}")))
    assert slide.id == "un-cmq-c-est-quoi"
    assert slide.layout is Layout.BULLETS
    assert slide.title_text == f"Un CMQ, c’est quoi{NNBSP}?"


def test_title_without_text_id_falls_back_to_position(write_deck) -> None:
    slide = only_slide(load_deck(write_deck(f"# ???\n{NOTES}")))
    assert slide.id == "diapositive-1"


@pytest.mark.parametrize("layout", list(Layout))
def test_every_layout_name(write_deck, layout: Layout) -> None:
    slide = only_slide(load_deck(write_deck(f"@mise-en-page: {layout.value}\n# T\n{NOTES}")))
    assert slide.layout is layout


def test_directive_spelling_is_forgiving(write_deck) -> None:
    deck = write_deck(f"@Mise en page : Image-Texte\n@id : carte\n# T\n{NOTES}")
    result = load_deck(deck)
    assert result.problems == ()
    slide = only_slide(result)
    assert (slide.id, slide.layout) == ("carte", Layout.IMAGE_TEXT)


def test_paragraphs_join_consecutive_lines(write_deck) -> None:
    slide = only_slide(
        load_deck(write_deck(f"# T\n\nUne ligne\net la suite.\n\nUn autre paragraphe.\n{NOTES}"))
    )
    assert slide.blocks == (
        Paragraph((Span("Une ligne et la suite."),), line=3),
        Paragraph((Span("Un autre paragraphe."),), line=6),
    )


def test_nested_and_ordered_lists(write_deck) -> None:
    text = (
        "# T\n"
        "* premier\n"
        "  - sous-élément\n"
        "    qui continue\n"
        "- second\n"
        "\n"
        "1. un\n"
        "2. deux\n"
        "Paragraphe.\n" + NOTES
    )
    bullets, ordered, paragraph = only_slide(load_deck(write_deck(text))).blocks
    assert isinstance(bullets, BulletList) and isinstance(ordered, BulletList)
    assert [(i.spans[0].text, i.level, i.line) for i in bullets.items] == [
        ("premier", 0, 2),
        ("sous-élément qui continue", 1, 3),
        ("second", 0, 5),
    ]
    assert not bullets.ordered
    assert ordered.ordered
    assert [i.spans[0].text for i in ordered.items] == ["un", "deux"]
    assert ordered.line == 7
    assert paragraph == Paragraph((Span("Paragraphe."),), line=9)


def test_title_and_notes_lines_separate_paragraphs(write_deck) -> None:
    text = "Avant\n# T\nAprès\n::: notes\nN\n:::\nFin\n"
    blocks = only_slide(load_deck(write_deck(text))).blocks
    assert [(b.spans[0].text, b.line) for b in blocks if isinstance(b, Paragraph)] == [
        ("Avant", 1),
        ("Après", 3),
        ("Fin", 7),
    ]


def test_bold_paragraph_is_not_a_bullet(write_deck) -> None:
    (paragraph,) = only_slide(load_deck(write_deck(f"# T\n**Gras** au début\n{NOTES}"))).blocks
    assert paragraph == Paragraph((Span("Gras", bold=True), Span(" au début")), line=2)


def test_escaped_star_and_italic(write_deck) -> None:
    (paragraph,) = only_slide(
        load_deck(write_deck(f"# T\n\\* étoile et *italique*\n{NOTES}"))
    ).blocks
    assert paragraph == Paragraph((Span("* étoile et "), Span("italique", italic=True)), line=2)


def test_notes_keep_paragraphs_and_list_lines(write_deck) -> None:
    slide = only_slide(
        load_deck(write_deck("# T\n::: notes\nUn\ndeux.\n\n- point\n- autre\n:::\n"))
    )
    assert slide.notes == "Un deux.\n\n- point\n- autre"


def test_crlf_and_bom_are_accepted(write_deck) -> None:
    text = f"@id: a\r\n# Titre\r\n\r\nTexte\r\n{NOTES}".replace("\n", "\r\n").replace("\r\r", "\r")
    result = load_deck(write_deck(b"\xef\xbb\xbf" + text.encode()))
    assert result.problems == ()
    slide = only_slide(result)
    assert (slide.id, slide.title_text, slide.blocks[0].line) == ("a", "Titre", 4)


# --- messages -------------------------------------------------------------------------


def test_unknown_directive(write_deck) -> None:
    result = load_deck(write_deck(f"@auteur: moi\n# T\n{NOTES}"))
    assert problems(result) == [
        (1, "directive inconnue « @auteur » : utilisez @id, @mise-en-page ou @langue")
    ]
    assert only_slide(result).title_text == "T"


def test_directive_after_the_title(write_deck) -> None:
    result = load_deck(write_deck(f"# T\n@id: x\n{NOTES}"))
    assert problems(result) == [(2, messages.misplaced_directive("@id"))]


def test_repeated_directive(write_deck) -> None:
    result = load_deck(write_deck(f"@id: a\n@id: b\n# T\n{NOTES}"))
    assert problems(result) == [(2, "directive « @id » en double dans la diapositive")]
    assert only_slide(result).id == "a"


def test_unknown_layout_keeps_the_slide_as_a_list(write_deck) -> None:
    result = load_deck(write_deck(f"@mise-en-page: colonnes\n# T\n{NOTES}"))
    assert problems(result) == [
        (
            1,
            "mise en page inconnue « colonnes » : "
            "choisissez titre, liste, chiffres, image-texte, grande-image ou texte",
        )
    ]
    assert only_slide(result).layout is Layout.BULLETS


def test_invalid_slide_id_is_reported_and_slugified(write_deck) -> None:
    result = load_deck(write_deck(f"@id: Carte Région\n# T\n{NOTES}"))
    assert problems(result) == [(1, messages.invalid_id("Carte Région"))]
    assert messages.invalid_id("X").startswith("identifiant invalide « X » : lettres minuscules")
    assert only_slide(result).id == "carte-region"


def test_slide_without_title_is_left_out(write_deck) -> None:
    result = load_deck(
        write_deck(f"# Un\n{NOTES}---\n\nJuste du texte\n{NOTES}---\n# Trois\n{NOTES}")
    )
    assert problems(result) == [(7, "diapositive sans titre : ajoutez une ligne « # Titre »")]
    assert result.deck is not None
    assert [s.title_text for s in result.deck.slides] == ["Un", "Trois"]
    assert not result.ok


def test_second_title_and_subtitle(write_deck) -> None:
    result = load_deck(write_deck(f"# Un\n## A\n# Deux\n## B\n{NOTES}"))
    assert problems(result) == [
        (3, messages.second_title("Deux")),
        (4, messages.second_subtitle("B")),
    ]
    assert only_slide(result).title_text == "Un"


def test_unclosed_notes(write_deck) -> None:
    result = load_deck(write_deck("# T\n\n::: notes\nDes notes\n---\n# U\n" + NOTES))
    assert problems(result) == [
        (3, "bloc de notes non fermé : ajoutez une ligne « ::: » à la fin des notes")
    ]
    assert result.deck is not None
    assert [s.notes for s in result.deck.slides] == ["Des notes", "Des notes."]


def test_stray_and_unknown_blocks(write_deck) -> None:
    result = load_deck(write_deck(f"# T\n:::\n::: encadré\ncaché\n:::\n{NOTES}"))
    assert problems(result) == [
        (2, messages.STRAY_BLOCK_END),
        (3, "bloc inconnu « ::: encadré » : seul le bloc « ::: notes » existe"),
    ]
    assert only_slide(result).blocks == ()


def test_duplicate_slide_id_keeps_both_slides(write_deck) -> None:
    result = load_deck(write_deck(f"# Exemples\n{NOTES}---\n# Exemples\n{NOTES}"))
    assert problems(result) == [(6, "identifiant en double « exemples » : déjà utilisé ligne 1")]
    assert result.deck is not None
    assert [s.id for s in result.deck.slides] == ["exemples", "exemples-2"]


def test_missing_notes_is_a_warning(write_deck) -> None:
    result = load_deck(write_deck("# Sans notes\n"))
    assert problems(result) == [
        (1, "diapositive « sans-notes » sans notes de l’intervenant (bloc « ::: notes »)")
    ]
    assert result.problems[0].is_warning
    assert result.ok


def test_empty_deck(write_deck) -> None:
    for text in ("", "\n\n", "---\n\n---\n"):
        result = load_deck(write_deck(text, name=f"deck{len(text)}"))
        assert result.deck is None
        assert problems(result) == [
            (1, "aucune diapositive : écrivez au moins une diapositive avec un titre « # … »")
        ]


def test_deck_with_only_broken_slides_has_no_deck(write_deck) -> None:
    result = load_deck(write_deck("du texte sans titre\n"))
    assert result.deck is None
    assert [m for _, m in problems(result)] == [messages.NO_TITLE]


# --- images ---------------------------------------------------------------------------


def test_missing_image_is_left_out(write_deck) -> None:
    result = load_deck(write_deck(f"# T\n![Carte](images/absente.png)\nTexte\n{NOTES}"))
    assert problems(result) == [(2, "image introuvable : images/absente.png")]
    assert [type(b) for b in only_slide(result).blocks] == [Paragraph]


def test_image_paths_forgive_windows_separators_titles_and_spaces(write_deck) -> None:
    deck = write_deck(
        "# T\n"
        "![a](images\\carte.png)\n"
        '![b](images/carte.png "Titre")\n'
        "![c](<images/ma carte.png>)\n"
        "![d](images/ma%20carte.png)\n" + NOTES,
        images=("images/carte.png", "images/ma carte.png"),
    )
    result = load_deck(deck)
    assert result.problems == ()
    paths = [b.path.name for b in only_slide(result).blocks if isinstance(b, Image)]
    assert paths == ["carte.png", "carte.png", "ma carte.png", "ma carte.png"]


def test_unsupported_image_format_is_a_warning(write_deck) -> None:
    result = load_deck(write_deck(f"# T\n![Anim](images/a.gif)\n{NOTES}", images=("images/a.gif",)))
    assert problems(result) == [
        (2, "format d’image non pris en charge « .gif » : utilisez PNG, JPEG ou SVG")
    ]
    assert result.ok
    assert len(only_slide(result).images) == 1


@pytest.mark.parametrize("suffix", [".png", ".PNG", ".jpg", ".jpeg", ".svg"])
def test_supported_image_formats(write_deck, suffix: str) -> None:
    result = load_deck(write_deck(f"# T\n![x](i{suffix})\n{NOTES}", images=(f"i{suffix}",)))
    assert result.problems == ()


def test_image_without_description_is_a_warning(write_deck) -> None:
    result = load_deck(write_deck(f"# T\n![](carte.png)\n{NOTES}", images=("carte.png",)))
    assert [(p.line, p.is_warning) for p in result.problems] == [(2, True)]
    assert result.problems[0].message.startswith("image sans description : carte.png")


def test_online_and_empty_images(write_deck) -> None:
    result = load_deck(write_deck(f"# T\n![x](https://exemple.fr/a.png)\n![y]()\n{NOTES}"))
    assert problems(result) == [
        (2, messages.online_image("https://exemple.fr/a.png")),
        (3, "image sans chemin : écrivez ![description](images/fichier.png)"),
    ]


def test_a_directory_is_not_an_image(write_deck, tmp_path: Path) -> None:
    deck = write_deck(f"# T\n![x](images)\n{NOTES}", images=("images/a.png",))
    assert problems(load_deck(deck)) == [(2, f"image introuvable : images ({messages.NOT_A_FILE})")]
