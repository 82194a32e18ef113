"""BP102's reduce spread over a cluster: a shuffle by LSH band instead of every summary in one place.

The local reduce (``boilerplate._spread``) reads every document's summary in one process: fine
for tens of thousands of files, not for millions. On a cluster the same result comes in steps,
and the client only ever holds the copies it will report:

1. ``shuffle`` (on the worker that linted the document): each paragraph goes to the 16 buckets
   named by its signature's bands, ``(band, value)``, with its place (path, index, line, column,
   text key) but not its signature; the signature goes once, to the paragraph's *home*, the
   partition of ``("sig", path, index)``. ``pack`` puts one worker's pairs for one partition in
   columns.
2. ``reduce_buckets``, round 1 (one call per partition): in each bucket, one representative per
   distinct text (the first copy, by path then position, exactly as the local reduce picks it);
   the candidate pairs "member ~ the bucket's head" and "member ~ the member before it"; and, in
   band 0, the word-for-word copies of each text. Each candidate goes to the home of its first
   paragraph.
3. Round 2: there, the first paragraph's signature is attached and the pair goes on to the home
   of the second. Round 3: there, the two signatures are compared; the pairs that agree at
   ``similarity`` or more are the edges. Each partition tells the home of every paragraph its
   edges and copies name (a *node*) that it holds part of that node's group, and what key
   routes back to it (its *address*: any key it was sent in round 1).
4. Round 4, at each node's home: a node held by two partitions or more is a *boundary*; each of
   them is told so.
5. Round 5: a group of copies (a connected component of a partition's edges, each with its
   word-for-word copies) with no boundary node is whole in this partition (every edge or copy
   naming one of its nodes is here): it is kept if it spans ``min_files`` files or more, dropped
   otherwise. The groups with a boundary node (a group spans partitions when its edges and its
   word-for-word copies sit in different ones) go to one partition, the key ``JOIN``.
6. Round 6: there, those pieces are joined into groups and filtered alike. Every partition
   answers the groups it kept; the client receives only groups it reports, not every group of
   copied paragraphs (on an archive of duplicates, nearly every paragraph).
7. ``finish_shuffled`` (on the client): the same BP102 messages as the local reduce
   (``boilerplate.group_findings``) for those groups.

The groups are the connected components of one fixed edge set, and the local reduce computes the
same set (see the comment in ``_spread``), so a Dask run reports exactly what a local run does.
A paragraph's 64-byte signature crosses the network at most twice (to its home, then with a
candidate pair), not once per partition its bands fall in; docs/scaling.md has the figures.
"""

from __future__ import annotations

from array import array

from prosecheck.check import Reshuffle
from prosecheck.checks import fingerprints as fp

SIG = "sig"  # the first element of a home key: ("sig", path, index)
JOIN = ("join",)  # the one key the groups that span partitions go to in round 5


def unpack_summary(summary) -> tuple:
    """A document's BP102 summary as ``(lines, cols, band keys, signatures)``: arrays, and bytes."""
    ls, cs, ks, sigs = summary
    lines, cols, keys = array("I"), array("I"), array("Q")
    lines.frombytes(ls)
    cols.frombytes(cs)
    keys.frombytes(ks)
    return lines, cols, keys, sigs


def shuffle(path: str, summary) -> list:
    """``[((band, value), place), ..., (("sig", path, i), signature), ...]`` for one document."""
    if not summary:
        return []
    lines, cols, keys, sigs = unpack_summary(summary)
    size = fp.SIGNATURE_BYTES
    out = []
    for i, key in enumerate(keys):
        sig = bytes(sigs[i * size : (i + 1) * size])
        place = (path, i, lines[i], cols[i], key)
        view = memoryview(sig).cast("I")
        for band in range(fp.BANDS):
            out.append(((band, view[band]), place))
        out.append(((SIG, path, i), sig))
    return out


def pack(pairs: list) -> tuple:
    """One worker's ``shuffle`` pairs for one partition, in columns: each place once (24 bytes)
    however many of its bands fall in this partition, 9 bytes per band, and each signature homed
    here with its paragraph's (document, index), 72 bytes. Pickled as they were, a paragraph cost
    about 16 bands x 20 bytes plus its record once per partition (pickle shares a repeated object).
    """
    paths: dict = {}
    rows: dict = {}
    docs, indexes, lines, cols, keys = array("I"), array("I"), array("I"), array("I"), array("Q")
    bands, values, members = array("B"), array("I"), array("I")
    sig_docs, sig_indexes = array("I"), array("I")
    sigs = bytearray()
    for key, item in pairs:
        if key[0] == SIG:
            sig_docs.append(paths.setdefault(key[1], len(paths)))
            sig_indexes.append(key[2])
            sigs += item
            continue
        row = rows.get((item[0], item[1]))
        if row is None:
            row = rows[item[0], item[1]] = len(indexes)
            docs.append(paths.setdefault(item[0], len(paths)))
            indexes.append(item[1])
            lines.append(item[2])
            cols.append(item[3])
            keys.append(item[4])
        bands.append(key[0])
        values.append(key[1])
        members.append(row)
    columns = (docs, indexes, lines, cols, keys, bands, values, members, sig_docs, sig_indexes)
    return (list(paths), *(c.tobytes() for c in columns), bytes(sigs))


def unpack(packed: tuple) -> list:
    """The pairs ``pack`` was given: the band pairs in their order, then the signatures."""
    paths, *columns, sigs = packed
    docs, indexes, lines, cols, keys, bands, values, members, sig_docs, sig_indexes = (
        _column(code, data) for code, data in zip("IIIIQBIIII", columns))
    places = [(paths[docs[n]], indexes[n], lines[n], cols[n], keys[n]) for n in range(len(indexes))]
    out = [((band, value), places[row]) for band, value, row in zip(bands, values, members)]
    size = fp.SIGNATURE_BYTES
    out += [((SIG, paths[d], i), sigs[n * size : (n + 1) * size])
            for n, (d, i) in enumerate(zip(sig_docs, sig_indexes))]
    return out


def _column(code: str, data: bytes) -> array:
    column = array(code)
    column.frombytes(data)
    return column


def reduce_buckets(buckets: dict, similarity: float, kept=None, min_files: int = 2):
    """One partition's round (see the module's docstring): the candidates (round 1), their first
    signature (round 2), the edges (round 3), which nodes other partitions hold too (round 4), the
    groups (round 5, and round 6 for the groups that span partitions).

    Edges are pairs of representatives ``((path, i, line, col, key), ...)`` whose signatures agree
    at ``similarity`` or more; copies, for each text written word for word more than once, every
    copy (found in band 0 only, so each text is listed once). The last round answers only the
    groups in ``min_files`` files or more: the client never receives the others.
    """
    if kept is None:
        return _candidates(buckets)
    stage = kept[0]
    if stage == 1:  # the candidates whose first paragraph lives here: attach its signature
        _, copies, homed, address = kept
        out = [((SIG, y[0], y[1]), (x, y, homed[key[1], key[2]]))
               for key, pairs in buckets.items() for x, y in pairs]
        return Reshuffle((2, copies, homed, address), out)
    if stage == 2:  # here lives the second paragraph: compare
        _, copies, homed, address = kept
        edges = []
        for key, triples in buckets.items():
            sig = homed[key[1], key[2]]
            edges.extend((x, y) for x, y, other in triples if fp.estimate(other, sig) >= similarity)
        # Tell each node's home that this partition holds part of its group.
        nodes = {x for edge in edges for x in edge} | {group[0] for group in copies}
        return Reshuffle((3, edges, copies, address), [((SIG, r[0], r[1]), (address, r)) for r in nodes])
    if stage == 3:  # at a node's home: the nodes held by more than one partition are boundaries
        _, edges, copies, address = kept
        out = []
        for held in buckets.values():
            addresses = {a for a, _ in held}
            if len(addresses) > 1:
                out.extend((a, r) for a, r in held)
        return Reshuffle((4, edges, copies), out)
    if stage == 4:
        # A group none of whose nodes another partition holds is whole here: keep it if it is
        # in min_files files or more. The others are joined on JOIN's partition.
        _, edges, copies = kept
        boundary = {r for held in buckets.values() for r in held}
        whole, spread = [], []
        for part in _components(edges, copies):
            (spread if any(r in boundary for r in _nodes(part)) else whole).append(part)
        return Reshuffle((5, _reported(whole, min_files)), [(JOIN, part) for part in spread])
    _, reported = kept  # round 6
    return reported + _reported(buckets.get(JOIN, []), min_files)


def _nodes(part: tuple):
    edges, copies = part
    for edge in edges:
        yield from edge
    for group in copies:
        yield group[0]


def _find(parent: dict, x):
    """The root of ``x``'s set in the disjoint-set forest ``parent`` (paths halved on the way)."""
    root = x
    while parent.get(root, root) != root:
        root = parent[root]
    while x != root:
        parent[x], x = root, parent.get(x, x)
    return root


def _union(parent: dict, a, b) -> None:
    """Join the sets of ``a`` and ``b``; the smaller root stays root, so every partition agrees."""
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _components(edges: list, copies: list) -> list:
    """``(edges, copies)`` split by connected component: a list of ``(edges, copies)``."""
    parent: dict = {}
    for a, b in edges:
        _union(parent, a, b)
    parts: dict = {}
    for edge in edges:
        parts.setdefault(_find(parent, edge[0]), ([], []))[0].append(edge)
    for group in copies:
        parts.setdefault(_find(parent, group[0]), ([], []))[1].append(group)
    return list(parts.values())


def _reported(parts: list, min_files: int) -> list:
    return [g for g in groups_from(parts) if len({o[0] for o in g}) >= min_files]


def _candidates(buckets: dict) -> Reshuffle:
    homed: dict = {}
    copies = []
    candidates: set = set()
    for key, records in buckets.items():
        if key[0] == SIG:
            homed[key[1], key[2]] = records[0]
            continue
        by_key: dict = {}
        for r in records:
            by_key.setdefault(r[4], []).append(r)
        if key[0] == 0:
            for group in by_key.values():
                if len(group) > 1:
                    copies.append(sorted(group, key=_order))
        if len(by_key) < 2:
            continue
        # The same pairs the local reduce compares (boilerplate._spread): each representative
        # with the first, and with the one before it.
        reps = sorted((min(group, key=_order) for group in by_key.values()), key=_order)
        for j in range(1, len(reps)):
            candidates.add((reps[j], reps[0]))
            if j > 1:
                candidates.add((reps[j], reps[j - 1]))
    # A key that routes to this partition (any key it was sent): later rounds send to it.
    address = next(iter(buckets), None)
    return Reshuffle((1, copies, homed, address), [((SIG, x[0], x[1]), (x, y)) for x, y in candidates])


def groups_from(parts: list) -> list:
    """The groups of copies, each a list of ``(path, line, col, key)``, from every partition's
    ``(edges, copies)``: the union of the edges, each representative with its word-for-word copies.
    Runs on the worker: in round 5 for a partition's whole groups, in round 6 for the others."""
    parent: dict = {}
    copies_of: dict = {}
    for edges, copies in parts:
        for a, b in edges:
            _union(parent, a, b)
        for group in copies:
            copies_of[group[0]] = group
    members: dict = {}
    for node in list(parent) + list(copies_of):
        members.setdefault(_find(parent, node), set()).add(node)
    for root, group in members.items():
        group.add(root)  # a component's root is a key of neither dict above
    groups = []
    for root in sorted(members):
        group = []
        for rep in members[root]:
            group.extend(copies_of.get(rep, [rep]))
        groups.append([(path, line, col, key) for path, _i, line, col, key in group])
    return groups


def _order(r) -> tuple:
    return r[0], r[1]
