"""The two PDF guidance documents of the captures and the dev set, written with tests/pdfs.py.

The real PDFs could not be had here (the search tool stores web pages, not PDF files), so
each is rebuilt in our own words around the real facts of the official document:

- Flanders, Department of Work and Social Economy: the leaflet "Au pair in Flanders"
  (published in Dutch, English, French and Spanish; facts from a public copy of it).
- Wallonia, Service public de Wallonie: the explanatory notice of the form "Autorisation
  d'occuper un jeune au pair de nationalité étrangère" (wallonie.be form 20513).

    .venv/bin/python -m tests.pdf_captures   # writes tests/devset/ and captures/edition-*/
"""

from __future__ import annotations

from pathlib import Path

from tests.pdfs import write_pdf

ROOT = Path(__file__).resolve().parents[1]

FLANDERS_LEAFLET = (
    "Au pair in Flanders (Department of Work and Social Economy)",
    [
        [
            "Au pair in Flanders",
            "Department of Work and Social Economy",
            "Coming to Flanders as an au pair? Know your rights and your obligations",
            "before you start.",
            "Pocket money",
            "• Your host family must pay you at least 450 euros of pocket money per month.",
            "• The money must be paid directly into your bank account.",
            "• You keep the full monthly amount during holidays and when you are ill.",
            "Light housework",
            "• Your host family may not ask you to do light housework for more than",
            "4 hours a day and 20 hours a week. Looking after the children counts in",
            "these hours.",
            "• Having to stay at home in the evening or at night while the children",
            "sleep is also looking after the children.",
        ],
        [
            "When your rights are not respected",
            "If your host family does not respect your rights, or keeps you from meeting",
            "your obligations, you can contact the Flemish social inspection. When needed,",
            "the inspection looks into your case and first tries to have the rules followed.",
            "Flemish social inspection",
            "Koning Albert II-laan 35 b20, 1030 Brussel",
        ],
    ],
)

WALLONIA_NOTICE = (
    "Autorisation d'occuper un jeune au pair de nationalité étrangère - notice",
    [
        [
            "Autorisation d'occuper un jeune au pair de nationalité étrangère",
            "Notice explicative",
            "Un jeune au pair qui n'est pas ressortissant de l'Espace économique européen",
            "ni de la Suisse doit obtenir un permis de travail B. Sa famille d'accueil, qui",
            "est ici l'employeur, doit obtenir au préalable une autorisation d'occupation.",
            "Conditions",
            "• Le jeune au pair est âgé de 18 à 26 ans.",
            "• Le séjour dure au maximum 12 mois.",
            "• Les tâches légères d'ordre familial ne peuvent excéder 4 heures par jour",
            "ou 20 heures par semaine.",
            "• La famille verse au jeune une somme mensuelle d'au moins 450 € comme",
            "argent de poche.",
            "• Le jeune suit des cours de langue dans un établissement reconnu par la",
            "Fédération Wallonie-Bruxelles ou la Communauté germanophone.",
        ],
        [
            "Procédure",
            "• La famille d'accueil introduit la demande avant l'arrivée du jeune, auprès",
            "de la Direction de l'Emploi et des Permis de travail du Service public de",
            "Wallonie.",
            "Le cadre est celui de l'arrêté royal du 9 juin 1999.",
        ],
    ],
)

FILES = {
    "flanders-au-pair-leaflet-en.pdf": FLANDERS_LEAFLET,
    "wallonia-au-pair-notice-fr.pdf": WALLONIA_NOTICE,
}


# The Walloon notice has no address of its own that we know (its form page is captured
# as HTML already): it is in the dev set only.
CAPTURED = ("flanders-au-pair-leaflet-en.pdf",)


def main() -> None:
    for name, (title, pages) in FILES.items():
        folders = ["tests/devset"]
        if name in CAPTURED:
            folders += ["captures/edition-1", "captures/edition-2"]
        for folder in folders:
            write_pdf(ROOT / folder / name, pages, title)


if __name__ == "__main__":
    main()
