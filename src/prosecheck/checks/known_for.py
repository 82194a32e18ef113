""""known for" and "famous for" that credit no reputation (``HC101``'s precision; issue 11,
thirty-first session, hedge31).

"The plant is known for its noise" hands a reputation to nobody named, and HC101 asks who
grants it. Two shapes carry the same words and grant none:

* **a degree before them: the thing a person or a firm is best known by.** "an early computing
  pioneer better known for inventing COBOL", "Antoine de Saint-Exupéry, probably best known for
  his classic children's book", "He is most famous for his insight that ..." (hatchet-docs' trap,
  rake-docs' and plane-docs' lines; the sets' annotators mark the same words a negative
  superlative, "the British actor best known for his role" in auger-docs). The comparison picks
  out which of someone's works the reader will recognise, to say who he is; no view of the work
  is reported. "well known for" is no degree ("Perl 5 is well known for its powerful additions",
  "who was also well known for his ability": positives) and stays a finding.
* **the verb "know" in the perfect, with a span of time.** "We have known for some time that a
  slowdown ... is inevitable", "President Putin, who I've known for a long time" (hatchet-docs'
  and plane-docs' lines: the first is the speaker's booster, the second his acquaintance). The
  participle after "have" is the speaker's own knowing, not a reputation; "has been known for"
  (the passive) stays a finding.

Each function reads the one or two words before the phrase: no scan.
"""

from __future__ import annotations

# The degrees that make the phrase a ranking of someone's works ("best known for").
DEGREES = frozenset("best better most least".split())
# The participles the shapes apply to; "known" alone takes the perfect.
FAME = frozenset("known famous infamous notorious".split())
# The auxiliary of the perfect, also clitic ("I've", "who've").
_HAVE = frozenset("have has had 've".split())

EXAMPLES = [
    # (sentence, index of the participle, is it read so?) for tests/test_check_hedging.py
    ("The engineer, best known for the bridge, retired in May.", 3, True),
    ("She is better known for her later novels.", 3, True),
    ("He is most famous for his insight that the state is a relationship.", 3, True),
    ("We have known for some time that the bridge is unsafe.", 2, True),
    ("The mayor, who I've known for years, resigned.", 4, True),
    ("The plant is known for its noise.", 3, False),
    ("Perl is well known for its regular expressions.", 3, False),
    ("The plant has been known for its noise since 1990.", 4, False),
]


def credits_no_reputation(lw, a: int) -> bool:
    """Is the "known for" or "famous for" whose participle is ``lw[a]`` a ranking of someone's
    works ("best known for") or the perfect of "know" ("have known for some time")?"""
    if a < 1 or a + 1 >= len(lw) or lw[a] not in FAME or lw[a + 1] != "for":
        return False
    before = lw[a - 1]
    if before in DEGREES:
        return True
    if lw[a] != "known":
        return False
    return before in _HAVE or before.endswith(("'ve", "\u2019ve"))
