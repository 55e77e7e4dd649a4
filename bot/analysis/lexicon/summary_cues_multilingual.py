"""Summaries in the European languages beside English: the words that mark a measure's stage (approved,
signed, in force), an obligation or a threshold (must, at least), and a quantity spelt out in words ("cinco
anos", "quatre ans"). The summary weighs a sentence by the checkable details it holds; with English cues only,
a Spanish, Portuguese, Italian, French, German, Dutch or Polish report's statement of the rule looked like
any other sentence.
(Their verbs as statements of the change were tried too: forms sharing an English stem, "limite", "introduce",
counted the English cue twice and cost English summaries facts.)

Each is a regular-expression alternation, read case-insensitively at word boundaries.
"""

from __future__ import annotations

__all__ = ["ML_OBLIGATION", "ML_QUANTITY_NUMBERS", "ML_STAGE"]

# A measure's stage: adopted, signed, entering into force, suspended, proposed (a draft). Not "published"
# nor a bare "in force": a page's date line ("Publié le ...") and the law that stood before say those too.
ML_STAGE: str = "|".join((
    # Spanish
    r"aprob(?:ado|ada|ados|adas|ó|aron)", r"firm(?:ado|ada|ó)", r"(?:entra|entró|entrará|entrado)\s+en\s+(?:vigor|vigencia)", r"suspend(?:ido|ida|ió|e)",
    r"derog(?:ado|ada|ó)", r"prorrog(?:ado|ada|ó)", r"proyecto\s+de\s+(?:ley|real\s+decreto|decreto)",
    # Portuguese
    r"aprov(?:ado|ada|ados|adas|ou|aram)", r"assin(?:ado|ada|ou)", r"(?:entra|entrou|entrará)\s+em\s+vigor", r"suspens[oa]", r"suspendeu", r"revog(?:ado|ada|ou)",
    r"prorrog(?:ou)", r"projeto\s+de\s+(?:lei|decreto)",
    # Italian
    r"approvat[oaie]", r"approva", r"firmat[oaie]", r"(?:entra|entrato|entrata|entrerà)\s+in\s+vigore",
    r"sospes[oaie]", r"abrogat[oaie]", r"prorogat[oaie]", r"varat[oaie]", r"disegno\s+di\s+legge",
    r"schema\s+di\s+decreto",
    # French
    r"adopté(?:e|es|s)?", r"approuvé(?:e|es|s)?", r"signé(?:e|es|s)?", r"(?:entre|entrera|entré|entrée|entrées)\s+en\s+vigueur", r"suspendu(?:e|es|s)?",
    r"abrogé(?:e|es|s)?", r"prolongé(?:e|es|s)?", r"projet\s+de\s+(?:loi|décret)",
    # German
    r"beschlossen", r"verabschiedet", r"unterzeichnet", r"in\s+kraft\s+(?:getreten|treten)", r"tritt\s+(?:\w+\s+){0,2}in\s+kraft",
    r"ausgesetzt", r"eingeführt", r"gesetzentwurf", r"referentenentwurf",
    # Dutch
    r"goedgekeurd", r"aangenomen", r"ondertekend", r"van\s+kracht",
    # Polish
    r"przyjęł[aoy]", r"przyjął", r"uchwalon[aey]", r"uchwalił[aoy]?", r"podpisał[aoy]?", r"podpisan[aey]",
    r"(?:wchodzi|weszła|wszedł|weszły|wejdzie|wejdą)\s+w\s+życie", r"obowiązuj[eą]", r"zawieszon[aey]",
    r"projekt\s+(?:ustawy|rozporządzenia)",
))

# An obligation, a ban or a threshold: must, may no longer, at least, up to.
ML_OBLIGATION: str = "|".join((
    # Spanish
    r"deber(?:á|án)", r"deben", r"tendrán\s+que", r"obligatori[oa]", r"requisitos?", r"exige",
    r"al\s+menos", r"como\s+mínimo", r"no\s+podrán", r"prohíbe", r"prohibid[oa]",
    # Portuguese
    r"dever(?:á|ão)", r"devem", r"terão\s+de", r"obrigatóri[oa]", r"exige", r"pelo\s+menos", r"no\s+mínimo",
    r"não\s+(?:podem|poderão)", r"proíbe", r"proibid[oa]",
    # Italian
    r"devono", r"dovranno", r"dovrà", r"obbligo", r"obbligatori[oa]", r"requisit[oi]", r"almeno",
    r"non\s+(?:possono|potranno)", r"vietat[oa]", r"in\s+deroga",
    # French
    r"doivent", r"devront", r"devra", r"obligatoire", r"obligation", r"exige", r"au\s+moins", r"au\s+minimum",
    r"ne\s+(?:peuvent|pourront)\s+plus", r"interdit(?:e|s)?", r"à\s+condition",
    # German
    r"müssen", r"muss", r"verpflichtet", r"pflicht", r"mindestens", r"bis\s+zu", r"nicht\s+mehr", r"verboten",
    r"voraussetzung",
    # Dutch
    r"moeten", r"verplicht", r"minimaal", r"ten\s+minste",
    # Polish
    r"muszą", r"musi", r"obowiązek", r"wymaga", r"wymóg", r"co\s+najmniej", r"nie\s+(?:mogą|będą\s+mogli)",
    r"zakaz",
))

# Numbers spelt out (two to twelve, the round tens, a hundred, a thousand, half): with the noun after them,
# a quantity ("cinco anos", "quatre ans", "drei Jahre", "dwa lata"). Not the words another language uses
# otherwise: Portuguese "dos" (of the), English "once", Italian "sto" (I am).
ML_QUANTITY_NUMBERS: str = "|".join((
    # Spanish and Portuguese
    r"duas|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove|diez|dez|onze|doce|doze",
    r"veinte|vinte|treinta|trinta|cincuenta|cinquenta|cien|cem|mil|mitad|metade",
    # Italian
    r"due|tre|quattro|sei|sette|otto|dieci|undici|dodici|venti|trenta|cinquanta|cento|mille|metà",
    # French
    r"deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|vingt|trente|cinquante|cent|mille|moitié",
    # German and Dutch
    r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|dreißig|hundert|tausend|hälfte",
    r"twee|drie|vijf|zes|zeven|tien|twaalf|twintig|honderd|duizend",
    # Polish
    r"dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|dwanaście|dwadzieścia|tysiąc|połowa|połowę",
))

