"""Officials known by the kind of body they speak for: not an unnamed source.

"Hillandale Farms ... was seeking to fill jobs, according to a company official", "the National
Zoo ... Ling-Ling's behavior is, zoo officials report, 'appropriate'", "New South Wales health
authorities maintain the hospital was given adequate information", "fire authorities says it has
closed the Hume Highway": the story names the body (or it is the one body of that kind the story
is about), and its officers state the body's own position (RULES 4, agreement E4; ember-docs,
hearth-docs, adze-docs, whet-docs, auger-docs' "fire authorities are confident", "According to
Jenin hospital officials" are the sets' negatives). Measured and reverted in the sixteenth session
for officials alone (two sets, d7a6a29); the news of lee.cor (adze-docs, whet-docs) brought
"authorities" as a third and fourth set.

Not:
* government, administration, intelligence, security, police, military, embassy or party: there an
  unnamed official is the anonymous source HC101 is about ("Senior officials say", "US military
  officials said"), so those kinds are left out of ``BODY_KINDS``;
* a body of a nation or a people ("Palestinian hospital officials said", adze-docs' two
  positives): no one hospital the reader can find, a demonym before the kind.

Reads the sentence's lower-cased words ``lw`` and its words (for case) at one index: no scan.
"""

from __future__ import annotations

# Kinds of body whose officials speak for the body the story names.
BODY_KINDS = frozenset(
    "company firm zoo club team school hospital museum university college library airline airport "
    "plant factory store hotel church league tour bank fire health".split()
)
_OFFICERS = frozenset({"official", "officials", "authorities"})
# Endings of a demonym before the kind ("Palestinian", "Israeli", "Japanese", "British",
# "American"): a nation's bodies of that kind, none identified.
_DEMONYM_ENDS = ("ian", "ean", "ese", "ish", "i", "an")


def body_officials(lw, words, k: int) -> bool:
    """Is ``lw[k]`` "official(s)" or "authorities" after the lower-case kind of a body ("company
    officials said", "zoo officials report", "fire authorities says"), not a nation's ("Palestinian
    hospital officials")?"""
    if lw[k] not in _OFFICERS or k == 0 or lw[k - 1] not in BODY_KINDS or not words[k - 1].text.islower():
        return False
    if k >= 2:
        before = words[k - 2].text
        if before[:1].isupper() and before.lower().endswith(_DEMONYM_ENDS):
            return False
    return True
