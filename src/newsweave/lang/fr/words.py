"""French word lists: calendar words, cues of reported speech, quote marks, number words, vague quantities.

Every list is ours, written from French usage in news; the vague quantities follow the same conservative rule
as the English table (``analyze/quantities.py``, after ACLED): the lowest number the phrase can honestly mean,
the upper bound left open.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
WEEKDAYS: dict[str, int] = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
                            "dimanche": 6}
# Single words that name a day relative to publication.
RELATIVE_DAYS: dict[str, int] = {"hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1,
                                 "avant-hier": -2, "après-demain": 2}
PAST = ("dernier", "dernière", "passé", "passée")
NEXT = ("prochain", "prochaine")

# Verbs of saying in the forms news uses: the passé composé participle ("a déclaré"), the present, and the
# inverted incise ("a-t-il déclaré", "déclare-t-elle") which the patterns build from these stems.
SPEECH_PARTICIPLES = (
    "déclaré", "dit", "affirmé", "annoncé", "indiqué", "précisé", "ajouté", "expliqué", "souligné", "estimé",
    "assuré", "confirmé", "démenti", "reconnu", "rapporté", "raconté", "averti", "prévenu", "répondu",
    "martelé", "insisté", "admis", "jugé", "noté", "rappelé", "signalé", "écrit", "lancé", "confié",
)
SPEECH_PRESENT = (
    "déclare", "dit", "affirme", "annonce", "indique", "précise", "ajoute", "explique", "souligne", "estime",
    "assure", "confirme", "dément", "reconnaît", "rapporte", "raconte", "avertit", "prévient", "répond",
    "martèle", "insiste", "admet", "juge", "note", "rappelle", "signale", "écrit", "lance", "confie",
)
# "selon X", "d'après X", "pour X": the content rests on X.
ACCORDING_TO = ("selon", "d'après", "d’après")
# Words that introduce a speaker without being part of the name ("le maire Jean Dupont").
TITLES = frozenset({
    "le", "la", "les", "l'", "l’", "un", "une", "du", "de", "des", "m.", "mme", "mlle", "dr", "maire",
    "président", "présidente", "ministre", "porte-parole", "directeur", "directrice", "secrétaire", "général",
    "générale", "chef", "premier", "première", "gouverneur", "ambassadeur", "ambassadrice", "responsable",
    "représentant", "représentante", "sénateur", "sénatrice", "député", "députée", "juge", "commissaire",
    "professeur", "docteur", "colonel", "capitaine", "lieutenant", "roi", "reine", "prince",
})
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "nous", "je", "vous"})

# Opening -> closing quote marks: guillemets (with or without the thin spaces French puts inside), English
# curly quotes, which French news also uses, and straight quotes.
QUOTE_MARKS: dict[str, str] = {"«": "»", "“": "”", "\"": "\"", "‹": "›"}

NUMBER_WORDS: dict[str, int] = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
}
SCALES: dict[str, float] = {"mille": 1e3, "milliers": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9,
                            "milliards": 1e9}
# "des dizaines de", "plusieurs centaines de": lowest honest value, no upper bound.
VAGUE_LOW: dict[str, float] = {
    "plusieurs": 10, "nombreux": 10, "nombreuses": 10, "dizaines": 20, "vingtaine": 20, "trentaine": 30,
    "centaines": 100, "centaine": 100, "milliers": 1_000, "millier": 1_000, "millions": 1_000_000,
    "quelques": 3,
}
VAGUE_TIMES: dict[str, float] = {"dizaines": 10, "centaines": 100}  # "des dizaines de milliers": 10 x 1,000
# Approximators before a number: approximate flag, and which bound the number is.
APPROXIMATORS: dict[str, str] = {
    "environ": "point", "près de": "point", "quelque": "point", "presque": "high", "plus de": "low",
    "au moins": "low", "moins de": "high", "jusqu'à": "high", "jusqu’à": "high", "au-delà de": "low",
}
CURRENCIES = ("euros", "euro", "€", "dollars", "dollar", "$", "livres", "francs", "lei", "yens", "roupies")
PERCENT = ("%", "pour cent", "pourcent")

# Common French names of countries that countryinfo files only in their long form ("États-Unis d'Amérique").
COUNTRY_SHORT_NAMES: dict[str, str] = {
    "États-Unis": "United States", "Grande-Bretagne": "United Kingdom", "Corée du Sud": "South Korea",
    "Corée du Nord": "North Korea", "République tchèque": "Czech Republic",
}
