"""Every message that ``check`` and the app show about content, in French, in one place.

docs/format-du-contenu.md lists them for authors: keep both in step.
"""

from __future__ import annotations

import errno

LAYOUT_NAMES = "titre, liste, chiffres, image-texte, grande-image ou texte"
QUESTION_KEYS = "énoncé, choix, réponse, diapositive, explication, nom, si juste ou si erreur"
ID_RULE = "lettres minuscules sans accent, chiffres et tirets, par exemple « carte-region »"

# The deck directory and its files
DECK_MISSING = (
    "dossier de présentation introuvable : vérifiez le chemin, "
    "ou indiquez le dossier qui contient presentation.md"
)
DECK_NOT_A_DIR = "ce n’est pas un dossier : indiquez le dossier qui contient presentation.md"
PRESENTATION_MISSING = (
    "fichier introuvable : le dossier de la présentation doit contenir presentation.md"
)
NOT_UTF8 = "le fichier n’est pas en UTF-8 : réenregistrez-le en choisissant l’encodage UTF-8"
EMPTY_DECK = "aucune diapositive : écrivez au moins une diapositive avec un titre « # … »"
INTERNAL_ERROR = "erreur inattendue en lisant ce fichier ; signalez-la avec ce fichier"


LINK_LOOP = "lien symbolique qui boucle sur lui-même"


def _os_reason(error: OSError) -> str:
    """Why the system refused a file, in the author's words."""
    if error.errno == errno.ELOOP:
        return LINK_LOOP
    if isinstance(error, PermissionError):
        return "accès refusé"
    if isinstance(error, IsADirectoryError):
        return "c’est un dossier, pas un fichier"
    if isinstance(error, FileNotFoundError):
        return "fichier introuvable"
    return "erreur du système de fichiers"


NOT_A_REGULAR_FILE = "impossible de lire le fichier : ce n’est pas un fichier ordinaire"


def unreadable_file(error: OSError) -> str:
    return f"impossible de lire le fichier : {_os_reason(error)}"


def unreadable_dir(error: OSError) -> str:
    reason = _os_reason(error) if error.errno == errno.ELOOP else None
    if reason is None:
        reason = "accès refusé" if isinstance(error, PermissionError) else "erreur du système"
    return f"impossible de lire le dossier : {reason}"


def _visible(text: str) -> str:
    """``text`` with invisible or control characters written as ``\\u200b``, so one sees them."""
    return "".join(
        char if char.isprintable() or char == " " else f"\\u{ord(char):04x}" for char in text
    )


def control_characters(characters: str) -> str:
    return (
        f"caractère de contrôle invisible {_visible(characters)} : supprimez-le "
        "(il s’afficherait comme un carré)"
    )




# Slides
NO_TITLE = "diapositive sans titre : ajoutez une ligne « # Titre »"
UNCLOSED_NOTES = "bloc de notes non fermé : ajoutez une ligne « ::: » à la fin des notes"
STRAY_BLOCK_END = "ligne « ::: » sans bloc ouvert : les notes commencent par « ::: notes »"


def unknown_directive(name: str) -> str:
    return f"directive inconnue « {_visible(name)} » : utilisez @id, @mise-en-page ou @langue"


def unknown_language(value: str) -> str:
    return f"langue inconnue « {_visible(value)} » : écrivez fr (français) ou en (anglais)"


LANGUAGE_NOT_FIRST = (
    "directive « @langue » à placer dans la première diapositive : elle vaut pour toute "
    "la présentation"
)


def misplaced_directive(name: str) -> str:
    return f"directive « {name} » à placer en début de diapositive, avant le titre"


def repeated_directive(name: str) -> str:
    return f"directive « {name} » en double dans la diapositive"


def unknown_layout(value: str) -> str:
    return f"mise en page inconnue « {_visible(value)} » : choisissez {LAYOUT_NAMES}"


def invalid_id(value: str) -> str:
    return f"identifiant invalide « {_visible(value)} » : {ID_RULE}"


def second_title(title: str) -> str:
    return (
        f"deuxième titre « {title} » dans la même diapositive : "
        "séparez les diapositives par une ligne « --- »"
    )


def second_subtitle(subtitle: str) -> str:
    return f"deuxième sous-titre « {subtitle} » : une diapositive n’a qu’un sous-titre"


def unknown_block(line: str) -> str:
    return f"bloc inconnu « {line} » : seul le bloc « ::: notes » existe"


def duplicate_id(item_id: str, first_line: int) -> str:
    return f"identifiant en double « {item_id} » : déjà utilisé ligne {first_line}"


def no_notes(slide_id: str) -> str:
    return f"diapositive « {slide_id} » sans notes de l’intervenant (bloc « ::: notes »)"


# Images
def missing_image(target: str, reason: str = "") -> str:
    return f"image introuvable : {_visible(target)}" + (f" ({reason})" if reason else "")


def image_outside_deck(target: str) -> str:
    return (
        f"image hors du dossier de la présentation : {_visible(target)} ; copiez-la dans le "
        "dossier images/ pour que la présentation reste complète une fois copiée ou zippée"
    )


NOT_A_FILE = "ce n’est pas un fichier ordinaire"
# What is wrong with an image file that exists, by kind (see content/images.ImageProblem).
IMAGE_PROBLEMS = {
    "not-an-image": "ce fichier n’est pas une image",
    "damaged": "image endommagée ou incomplète",
    "too-large": "image trop grande pour être affichée (plus de 256 Mo une fois décompressée)",
    "unsafe-svg": "image SVG refusée : elle déclare des entités XML (<!ENTITY>)",
    "unreadable": "image illisible : accès refusé ou erreur du système",
}


def bad_image(kind: str, target: str) -> str:
    fix = {
        "not-an-image": "enregistrez-la en PNG, JPEG ou SVG",
        "damaged": "réenregistrez-la depuis l’original",
        "too-large": "réduisez-la (1920 pixels de large suffisent)",
        "unsafe-svg": "réenregistrez-la depuis un logiciel de dessin",
        "unreadable": "vérifiez les droits d’accès au fichier",
    }[kind]
    return f"{IMAGE_PROBLEMS[kind]} : {_visible(target)} ; {fix}"


EMPTY_IMAGE_PATH = "image sans chemin : écrivez ![description](images/fichier.png)"


def online_image(target: str) -> str:
    return (
        f"image en ligne « {target} » : l’application fonctionne hors ligne, "
        "copiez l’image dans le dossier images/"
    )


def unsupported_image_format(suffix: str) -> str:
    shown = suffix or "sans extension"
    return f"format d’image non pris en charge « {shown} » : utilisez PNG, JPEG ou SVG"


def image_without_alt(target: str) -> str:
    return (
        f"image sans description : {target} ; décrivez-la entre les crochets "
        "pour les lecteurs d’écran"
    )


# Quiz files
TEXT_OUTSIDE_QUESTION = (
    "texte en dehors d’une question : commencez chaque question par une ligne [identifiant]"
)
MISSING_QUIZ_TITLE = "série sans titre : ajoutez en tête du fichier une ligne « titre : … »"
NO_QUESTIONS = "aucune question dans ce fichier"
TEXT_AFTER_SECTION = "écrivez [identifiant] seul sur sa ligne, puis les clés en dessous"


def unknown_key(key: str) -> str:
    return f"clé inconnue « {_visible(key)} » : utilisez {QUESTION_KEYS}"


def misplaced_title_key() -> str:
    return "la clé « titre » se place en tête du fichier, avant la première question"


def repeated_key(key: str, question_id: str) -> str:
    return f"clé « {key} » en double dans la question « {question_id} »"


def repeated_title() -> str:
    return "clé « titre » en double"


def line_without_key(text: str) -> str:
    shown = text if len(text) <= 40 else text[:39] + "…"
    return (
        f"ligne sans clé « {shown} » : écrivez « clé : valeur », "
        "ou commencez la suite d’une valeur par deux espaces"
    )


def question_without_statement(question_id: str) -> str:
    return f"question « {question_id} » sans énoncé"


def question_without_answer(question_id: str) -> str:
    return f"question « {question_id} » sans réponse"


def question_without_explanation(question_id: str) -> str:
    return f"question « {question_id} » sans explication"


def bad_choices(value: str) -> str:
    return (
        f"choix « {value} » : il faut exactement deux réponses différentes séparées par « / », "
        "par exemple « Vrai / Faux »"
    )


def answer_not_in_choices(answer: str, labels: tuple[str, str]) -> str:
    return f"réponse « {answer} » absente des choix « {labels[0]} » et « {labels[1]} »"


def duplicate_id_elsewhere(question_id: str, first_file: str, first_line: int) -> str:
    return (
        f"identifiant en double « {question_id} » : "
        f"déjà utilisé dans {first_file}, ligne {first_line}"
    )


def unknown_slide(slide_id: str) -> str:
    return (
        f"la diapositive « {_visible(slide_id)} » n’existe pas : écrivez l’@id d’une diapositive"
    )


# Deck archives (.zip)
NOT_A_ZIP = (
    "ce fichier n’est pas une archive zip : donnez le dossier qui contient presentation.md, "
    "ou l’archive .zip de ce dossier"
)
ZIP_DAMAGED = "archive zip endommagée ou incomplète : refaites-la avec « cmq-desktop pack »"
ZIP_WITHOUT_DECK = (
    "l’archive ne contient pas de présentation : presentation.md doit être à sa racine "
    "ou dans un seul dossier"
)


def zip_unsafe_path(member: str) -> str:
    return (
        f"archive refusée : le chemin « {_visible(member)} » sort du dossier de l’archive "
        "(chemin absolu ou « .. »)"
    )


def zip_link(member: str) -> str:
    return f"archive refusée : « {_visible(member)} » est un lien symbolique"


def zip_encrypted(member: str) -> str:
    return f"archive refusée : « {_visible(member)} » est chiffré par un mot de passe"


def zip_too_big(limit_mb: int) -> str:
    return (
        f"archive refusée : plus de {limit_mb} Mo une fois décompressée, "
        "bien plus qu’une présentation"
    )


def zip_too_many_files(limit: int) -> str:
    return f"archive refusée : plus de {limit} fichiers, bien plus qu’une présentation"


def zip_unreadable(error: OSError) -> str:
    return f"impossible de lire l’archive : {_os_reason(error)}"


# GIFT (Moodle) import
def gift_skipped(name: str, kind: str) -> str:
    return (
        f"question « {_visible(name)} » ignorée : type {kind} "
        "(seules les questions vrai/faux sont importées)"
    )


def gift_braces(name: str) -> str:
    return (
        f"question « {_visible(name)} » ignorée : accolade « {{ » ou « }} » manquante "
        "(écrivez \\{ ou \\} pour une accolade dans le texte)"
    )


def gift_without_explanation(question_id: str) -> str:
    return (
        f"question « {question_id} » sans feedback général dans Moodle : "
        "écrivez son explication dans le fichier du quiz"
    )


GIFT_NOTHING = "aucune question vrai/faux dans ce fichier GIFT : rien n’a été écrit"
