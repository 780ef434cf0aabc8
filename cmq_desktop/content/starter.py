"""``cmq-desktop new``: a starter deck that shows every slide layout and both kinds of
question, and that ``check`` passes clean; authors replace its text with their own."""

from __future__ import annotations

from pathlib import Path

PRESENTATION = """\
@id: accueil
@mise-en-page: titre

# Le campus des métiers de …

## Une présentation pour les collégiens

::: notes
Présentez-vous et annoncez le quiz de la fin. Ces notes ne sont pas projetées.
:::

---

@id: en-bref
@mise-en-page: liste

# Notre campus en bref

- Un **réseau** de lycées, de CFA et d’entreprises
- Des formations du CAP au diplôme d’ingénieur
  - en lycée professionnel
  - en apprentissage

::: notes
Une diapositive « liste » : des puces, et des sous-puces précédées de deux espaces.
:::

---

@id: chiffres
@mise-en-page: chiffres

# Quelques chiffres

- **12** établissements partenaires
- **40** entreprises engagées
- **3** départements

::: notes
Une diapositive « chiffres » : chaque élément commence par sa partie en gras, mise en grand.
:::

---

@id: carte
@mise-en-page: image-texte

# Où nous trouver

![Schéma : un campus relie des établissements et des entreprises](images/exemple.svg)

- Des sites dans plusieurs villes
- Des visites possibles toute l’année

::: notes
Une diapositive « image-texte » : l’image à gauche, le texte à droite. Remplacez
images/exemple.svg par votre propre image (PNG, JPEG ou SVG).
:::

---

@id: schema
@mise-en-page: grande-image

# Un réseau

![Schéma : un campus au centre, relié à quatre partenaires](images/exemple.svg)

- Une carte, un schéma
- Lisibles du fond de la classe

::: notes
Une diapositive « grande-image » : l’image prend plus de place que dans « image-texte »,
pour une carte ou un schéma que toute la classe doit lire. Gardez peu de texte à droite.
:::

---

@id: a-retenir
@mise-en-page: texte

# À retenir

Un campus des métiers et des qualifications relie la **formation** et le monde
**économique** d’un territoire.

Posez vos questions : c’est le moment !

::: notes
Une diapositive « texte » : des paragraphes, séparés par une ligne vide.
:::
"""

QUIZ = """\
# Les lignes qui commencent par # sont des commentaires.
titre : Le quiz du campus

[reseau]
énoncé : Un campus des métiers réunit des établissements et des entreprises.
choix : Vrai / Faux
réponse : Vrai
diapositive : en-bref
explication : Un campus est un réseau : des lycées, des CFA, des universités et des
  entreprises travaillent ensemble.

[apprentissage]
énoncé : Peut-on s’y former en apprentissage ?
choix : Oui / Non
réponse : Oui
diapositive : en-bref
explication : Les formations se font en lycée professionnel ou en apprentissage, du CAP au
  diplôme d’ingénieur.
"""

IMAGE = """\
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">
  <rect width="400" height="300" fill="#eef4f6"/>
  <circle cx="200" cy="150" r="50" fill="#1b365d"/>
  <circle cx="80" cy="70" r="30" fill="#12827a"/>
  <circle cx="320" cy="70" r="30" fill="#12827a"/>
  <circle cx="80" cy="230" r="30" fill="#12827a"/>
  <circle cx="320" cy="230" r="30" fill="#12827a"/>
  <path d="M200 150 L80 70 M200 150 L320 70 M200 150 L80 230 M200 150 L320 230"
        stroke="#1b365d" stroke-width="6"/>
</svg>
"""

FILES = {"presentation.md": PRESENTATION, "quiz.txt": QUIZ, "images/exemple.svg": IMAGE}


class StarterError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def write_starter(folder: Path) -> list[Path]:
    """Writes the starter deck into ``folder`` (new or empty); the files written."""
    try:
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise StarterError(
                f"{folder} existe déjà et n’est pas un dossier vide : choisissez-en un autre"
            )
        written = []
        for name, text in FILES.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    except OSError as error:
        raise StarterError(f"impossible d’écrire dans {folder} : {error.strerror}") from None
    return written
