"""Fingerprints of prose for finding repeats: an exact key and a MinHash signature per passage.

A passage is a list of normalised words (lower case, curly apostrophes made straight; punctuation
and white space are gone because only the words are kept). From it we derive:

* :func:`exact_key`: a 64-bit BLAKE2b digest of the words joined by single spaces. Equal keys mean
  the same words in the same order.
* :func:`shingles`: the hashes of its word 3-shingles (every run of three consecutive words, the
  passage padded with two boundary marks at each end so its first and last words count fully). Word
  hashes are CRC-32 of the UTF-8 word; a shingle's hash is Python's hash of the tuple of three word
  hashes. Both are deterministic: CRC-32 has no seed, and ``hash`` of a tuple of ints is not
  randomised (only ``str``/``bytes`` hashing is), so every worker process computes the same values.
* :func:`signature`: a 64-byte one-permutation MinHash signature (Li, Owen and Zhang 2012) with
  optimal densification (Shrivastava 2017): each shingle hash falls in one of ``BINS`` bins by its
  low 6 bits, a bin keeps its smallest hash, an empty bin borrows the value of the first non-empty
  bin in a fixed pseudo-random order of the other bins, and each bin stores 8 bits of its hash
  (b-bit minwise hashing, Li and König 2010). One hash per shingle and one sort per passage, instead
  of 64 hash functions per shingle, is what makes it cheap enough for a linter.
* :func:`band_keys`: the signature cut into ``BANDS`` bands of ``ROWS`` bins; each band is one
  32-bit integer. Two passages whose Jaccard similarity is ``s`` share at least one band with
  probability ``1 - (1 - s**4)**16``: 0.9998 at s = 0.8, 0.64 at s = 0.5, 0.12 at s = 0.3.
* :func:`estimate`: the Jaccard similarity two signatures imply: the share of equal bins, corrected
  for the 1/256 chance that two different 8-bit values agree.
"""

from __future__ import annotations

from array import array
from itertools import islice
from operator import eq
from struct import pack
from typing import Sequence
from zlib import crc32

from prosecheck.hashing import blake2b

#: Words per shingle.
SHINGLE = 3
#: Bins of the one-permutation MinHash; must be a power of two (the bin is the hash's low bits).
BINS = 64
_BIN_BITS = 6
_BIN_MASK = BINS - 1
_ALL_BINS = range(BINS)
BANDS = 16
ROWS = 4
SIGNATURE_BYTES = BINS  # one byte per bin
assert BANDS * ROWS == BINS and 1 << _BIN_BITS == BINS

# For each bin, the other bins in a fixed pseudo-random order: where an empty bin borrows from.
# Row j is ``random.Random(0x5EEDB0B)``'s shuffle of the 63 other bins, drawn for j = 0, 1, ...
# in turn (``donor_orders`` recomputes it; a test holds the two equal). Written out because
# drawing it costs 3 ms at every start.
_DONOR_TABLE = bytes.fromhex(
    "1e173813263e32363f351d2a0d332d202e121a09293a2f242508073139341411231b37150103190f04220c0506303c0e3d100a28212b1f2c021c163b27180b"
    "3e1b0b370c142b10023c242c032e20332735363934301c110f132f3d1a0a3f383b052119151d1217230d1e00310e1f282a183a220816062526042907322d09"
    "200e26052d2b281101153738253d1e3f2c140821240f2336100a1233073504291c133031341b0b173b0d2f190932181a0c1603002e06273e1f1d393c3a222a"
    "0c1b25152e0e07263427063f12000a301a231d163732203a1808382d3d0f331e101f143b1724290d112835391c193e052f2c313c21222a36040b130109022b"
    "132a17113b323f003e25090d2b351b0823010714063815370239272f2c180a283a24331c1f12203d29212e10312d1d3c0f3630031e191622340e0b1a05260c"
    "0729102e172b2a0d3c2f311c343e371e1a3a2c080c350227360914231d25320e3d16203f111538181b2d04000f0a28330113391906030b123b243021261f22"
    "042e02241220210a033a0d1d312c382a1e263d0f271b071c053c110b182839250c153b321930012f093e223729101735332d3f002b1a3623341413161f080e"
    "033227201d3a0a2b310534131f161c1808213b362333143c290c39092d0b3d3800062a281230220d3e26022e1b3f171e1924370f0e2f041a2c350111151025"
    "3a190f3f070936381a2e373d2920033b3c2f3e262d17003201061b2c1e0b133512050c3011041c25222333212a31281d0e391f0d02161427341518240a2b10"
    "072c3021031400200229390e08281a0a130d153a0f3711120b2a1b2e26223d16251e1031183e3b231f36242b17343c0c1c322d06271d2f38330104193f0535"
    "1a2032262c07213d3b332a283615113818241b0610302713033f1f002d35160b093114080d342e042f22011229050e17020f391d23191c25373c2b3e1e3a0c"
    "00242238083120070e2919233a063e251e2d183d300c260411033b0f130916370d0a2c1727353f281a3421392b15141d2a12012e2f3302323c10051b361f1c"
    "1c232403080f262f0a183414251102011b1322042e29320609193d053e0039382c1d363a3f17331a0b313c1f21372a163b0e103028070d1220151e2b27352d"
    "29052e243713281c2032143900123e3806191823351707111b3601102d0f2633313b150e343f223c2c3a2b2702302a1a3d03081f1604250c0b1e0a1d092f21"
    "283f090c173b1f1c183d1d38230f1329243c0a250436021a30052d07143a1100330608160b0122193521373112260d32102c03201b2b39342a2f2e1e15273e"
    "0d1c0913361e2b1d33012a34290e0c14210427171a0239223e073b150511203024382d161f2c32310b2628061910030825120a3a3c181b353f003d232e372f"
    "152f221c28040f381a0b083d3b391218021d1b05331e0c252d3a29373c0a2b17132c01160d1f14353e03240906072a27113f3119320e3623342e0021263020"
    "2f1638021a1b13233515060d2c092b3f012d2620190b340e3927181d0c3d303224223b291e003c030712253628083e3105210f170a1f33142a103a2e1c0437"
    "2f1d391315271c29113f0a18212a2c233a1f0b221438251a162b00053003330f3e2e19061032083c093d020c1b01352037072d3136043b34281e170e24260d"
    "3a0b08310323181d153c1a3825041e1207363b3f2c05271b2616201934370d2b2d010e090f2f0214281f0c21333210351c002a39293d172e303e1106240a22"
    "11122a023b32190416311d13361c1f30332018062c053d3f2b340b0a150327243517101b3828090f1a3a0d2d3e2e0c2307373c080026392122292f25010e1e"
    "111d051f0a0e141304080d202e17073c3a2a1e180f193e1a263335371b090c32273912362425302c1c0638293b2f2b282d0b223d340316213f010200102331"
    "170104243e003d23133f2b351a191c0930262837101f272a0c2d341d3c390632202c251e2f14310d0511223b29030b0212183336152e210e0f1b07383a0a08"
    "2f3f350b221b20092c1e2d060e273d1d140f3e0d36332a05070a32000c10373423243b1a31392b0311251916083c18133a1526281f1c04021221013829302e"
    "242b012f3d2719252e1735000e160436031e120f073a1f3221103f283e1b341d300b0a223c1c2a0c332337151a083913062c113814203109260d052d29023b"
    "0215272d0107241d120329283f253420350a2f181b2e081e3d2109172a30323711141316000426381c36310b3c0c1a3e0f23061f3a0539223b0e2c330d102b"
    "073215241c2227012138191e3d0400052616031713233b3a2b30252a0a0b092d08280c181f3114061b3e330d3c3612342c2e3f200e390210292f351d370f11"
    "03203f1d150e243c2f1c23391a2c3b1f0c3e2e2d38021737331610210027053d302a2b0636311312250419323509260f3a34072218110a1e080b282901140d"
    "333c1b2c25131739141f1804000607221d3005203e290221123524342d0c3a2f362a3b231e150a1a3227193f0d1631262b372e0109033d0b3811100e08280f"
    "052f1500220821121c0b102a3c0419371807172d25270c36133d2e243a23381f3126023039031a1b11340a3e3b2906012b3f35282c0e160f2009140d1e3332"
    "3d050b2337151803160c2100300a3b25311226132911243a022d331006041f282e39272c081d1a3e32353419011c0d0f142038172f22092a363f0e3c1b2b07"
    "0739183c02300d35310f38170c1613092c2f28121d2d293e1e043a2003083b2a0e32052e3d262106361c241b233427110a223f331401101a0b1915002b2537"
    "293f2432141c300c2b2e17092108262a1038121f061e39051527282c0d3e3423110737160e220b042d3b193118363a2f35331b1d25011a000a0f133d03023c"
    "2f3c090a0d073e242603103d3f3b0614121505330c270e000831322c01370f342d04181f25392e361b2a11290b1a30200235133a19161738231c2b1d1e2822"
    "1c21371e311a23381b160a3f3d2a333e2e003a2f2d05011915171d0d0e25300f08290c362c10202b12130628271114340724090b3526043b033c183902321f"
    "2a090237262b2e2c3c1d35341f0e3b290c141617252d3f32030622210b0d24111920010f38300539151327080412000731283a1e361b101a3e2f0a1c3d1833"
    "1f2e2127380c203f283b2c0a3325180f3d2a2f1c3706360508032d351316002b30121d29021b1e3c2234260b313a3e15170e39140409321a011011190d2307"
    "06323b19180f1c33101b150c260305072e1d293d341723000e1e36021f3e372d3112392b38220d092c281a0a3f3501082714162f3c1324043a30112a0b2021"
    "00132824162a0f3d3b2b3227361f11232c0c34140b0d2e1a213801171e200406122d0208221931353a0a293e151c030e0937102f183005071b3c3f33391d25"
    "223e1c2d0b1014131f1e3c342b2a15350809113b282339023f12061d322c2f04301820372e0d38250c1a3a0726000129361b3d0a0333160e242117050f1931"
    "2e0d2322251b1237130a3b14081e212934113c2a2d3910000f361807313e2b2c173f092724061c1f35333815053a0b263d1630020c2f1a011d2004190e3203"
    "0a02070f363233192a1f2c173e2d160b1d051e1135201412343122270d2b0428102e093d3f3c152325063a08183b03391b240e0126132f1c1a002137300c38"
    "0b103b131f00393735081b3001113c06212f31341727293f38220f1433092e3d1504202c03051d02182432250c26121a161c362b283a23070e190a1e3e0d2d"
    "2a3e3b073c122c242231101c061e0b0a2025261d3916340e1a010f3a14093d2d2e28001135050323332f040836211b1f273718322902300d130c17193f1538"
    "3e36340e05331915211b160432142b3d0210272825262909232f3b0b202e1f382a2d18071a3f0324003037131d353a060d0c170f22111c081e39010a31123c"
    "163534242c3d002804181b2b0932121a07133f210c0b1d1e0a3b19382a061c02373039051727312615222e363c0f0e230d3a1f291003253e20142f11330801"
    "0410122c3238271b1c09361323000726281424011d050d021a3129330618033f3b3c1f3e192f2a2b21220b150f3d3a0830341637200a3525111e0e0c2d1739"
    "0803251c2200343f3e162320270b010f3c26353d142909123321040e1f0d1d0a1337312c1e170c282d1b11021a2e15192a38320507390610303a3b1824362b"
    "241e0a141d2b22160f3e3c002e372112061f2d25050919293d3533032f18132c0e3402042a2739261c363f31233b321715101a38200107083a0b280d111b0c"
    "25092c2d081c3318390f2b2024231a13030c2a000a3a3036292e15121e2610051d02283b0b211735061422341f01043c1127163d073e0e1b382f3f0d321937"
    "3516120d1d141b19381c113c3b2c25372e3e0801271829241e2f260c062820003409360e0b2b2d3a07152a3002310f10392113173d1f3f0a04233305221a03"
    "25241c00223e10343930281e271f113c082d21020f3b05350a2b1d172e123d3a1b3813031a2a0636040b191609371423180c2c29070d3201310e15262f3f20"
    "0c1a21003614153a12061001071627051f1c383b19031b2339093e3c0a182d2f0e3f30292e083725322226351713332c24283d2b310f201d040b0d11022a1e"
    "3b0c300106232b040e091f1e1302260f2918162d0836110a10223d1a1520373c2e3a2c3e38002a1b0b052f19170328311d250d322107123f272434331c1439"
    "283a352c3c2f1e153d060c2a3b0a131918393804323f2e2b01100e340d0830033309052924162100172d14221f0b201b1131121a021d261c0f2307253e2737"
    "2e02182021351e1a0030331208061d1c0c313e2d113610192939250b0e3a1b043c14282c3d0f2422012307271f2f161732153f090d13342b2a05380a26033b"
    "100e302d23220a2f1d141e1808312b3c1539340727130d0925353e161a0b3b19000c24373f0f17210102261b3a332c3603121c2e281f3d050620292a320411"
    "2617203701092c12181c350d071022272b321b313e0a24082a14000319023c11341a1f292d33232f1e303f160f3813250e0b05043d283a15212e061d0c363b"
    "2e282b1a3c1714052019340238060b0f263204182d0830123f371c332a293d0115233e240736090e2f0a271f1e1b162c0d1039033b35110c2131001325221d"
    "342f20191c133e351f25381707012a0209242e060d122b2c39181a21081d3130220a1116230b0e10331e053f36323a14282d0327001b290c0f1526043d3c37"
    "1c2013321e3904031108302214060f34283a2b172d25012f33151a3f0a2a1b1d3e12242c21380c23070d100b272e290935313d190e00371f36021816263b05"
    "131d1e28320f2c1c0b3f01391612070d0c243c1f10340630031127362a1a222d2e370433142b182f251929230521173a31383b1b003e0a20092615020e0835"
    "2c0a2908170d06231f0e14261d2009282f3b01190730032e02151027383a1b1c0421241800120f130c323d0b372b341e112d3f22333c2a3525311a36051639"
    "1b08251509053023170d34353b0a002f2d0321222b202a0c111d013a3239380e1e27263c132e290f0b332c241c3d1a0219101f063714360416183e28311207"
)
#: The table as bytes, 63 a bin, for the C module (prosecheck._native.boiler).
DONOR_TABLE = _DONOR_TABLE
_DONORS: list[list[int]] = [list(_DONOR_TABLE[j * (BINS - 1) : (j + 1) * (BINS - 1)]) for j in range(BINS)]


def donor_orders(seed: int = 0x5EED_B0B) -> list[list[int]]:
    """How the donor table was drawn."""
    import random

    rng = random.Random(seed)
    orders = []
    for j in range(BINS):
        order = [k for k in range(BINS) if k != j]
        rng.shuffle(order)
        orders.append(order)
    return orders

#: Stands before the first and after the last word (no CRC-32 is this large).
PAD = _PAD = 1 << 32

# Word -> CRC-32, per process; cleared when it grows large so memory stays bounded.
_WORD_HASHES: dict[str, int] = {}
_WORD_CACHE_LIMIT = 200_000


def normalise(word: str) -> str:
    """The form two words must share to count as the same word."""
    return word.lower().replace("\u2019", "'")


def word_hashes(words: Sequence[str]) -> list[int]:
    """CRC-32 of each (already normalised) word."""
    cache = _WORD_HASHES
    if len(cache) > _WORD_CACHE_LIMIT:
        cache.clear()
    out = []
    for w in words:
        h = cache.get(w)
        if h is None:
            h = cache[w] = crc32(w.encode("utf-8"))
        out.append(h)
    return out


def exact_key(words: Sequence[str]) -> int:
    """64-bit key of the words in order: equal for passages that differ only in case, punctuation
    and white space."""
    return exact_key_of_joined(" ".join(words))


def exact_key_of_joined(joined: str) -> int:
    """:func:`exact_key` of the words already joined by single spaces."""
    return _from_bytes(blake2b(joined.encode("utf-8"), digest_size=8).digest(), "little")


def shingles(hashes: Sequence[int]) -> list[int]:
    """Hashes of the word 3-shingles of a passage, padded with two boundary marks at each end.

    The padding makes a change of the first or last word cost three shingles, as a change anywhere
    else does: "Sets the value of ..." and "Returns the value of ..." are not near repeats.
    """
    return shingles_of_padded([_PAD, _PAD, *hashes, _PAD, _PAD])


def shingles_of_padded(padded: list[int]) -> list[int]:
    """Hashes of every run of three in ``padded``: for several passages at once, each passage's
    word hashes followed by two ``PAD`` marks, all after two marks (a passage whose marks start
    at ``i`` has its shingles at ``i`` to ``i + words + 1``)."""
    return list(map(hash, zip(padded, islice(padded, 1, None), islice(padded, 2, None))))


# The donor table by column: column p holds, for every bin j, the p-th bin j looks at (column 0
# is j itself, then its donors in order), as 64 bytes and as one 512-bit integer.
_ROWS = b"".join(bytes((j,)) + _DONOR_TABLE[j * (BINS - 1) : (j + 1) * (BINS - 1)] for j in _ALL_BINS)
_COLUMNS = [(col, int.from_bytes(col, "little")) for col in (_ROWS[p::BINS] for p in _ALL_BINS)]
_ALL_LEFT = (1 << (8 * BINS)) - 1


def signature(shingle_hashes: Sequence[int]) -> bytes:
    """The ``BINS``-byte one-permutation MinHash signature of a set of shingle hashes."""
    return signatures(sorted(shingle_hashes, reverse=True), [len(shingle_hashes)])[0]


# Byte tables for reading a hash's bin and 8-bit value from its two low bytes (little-endian):
# the bin is the low byte's low six bits; the value is the low byte's top two bits under the
# second byte's low six bits, shifted up two.
_LOW_SIX = bytes(b & _BIN_MASK for b in range(256))
_TOP_TWO = bytes(b >> _BIN_BITS for b in range(256))
_LOW_SIX_UP_TWO = bytes(((b & _BIN_MASK) << 2) for b in range(256))
_BIN_BYTES = bytes(_ALL_BINS)
_NO_BINS = bytes(BINS)


def signatures(runs: list[int], lengths: Sequence[int]) -> list[bytes]:
    """The signatures of several passages at once: ``runs`` holds each passage's shingle hashes
    sorted from the largest down, one passage after another, and ``lengths`` how many each has.

    Every hash's bin and 8-bit value are read for all the passages together, in C, from the
    hashes' bytes (a dict comprehension over each passage's hashes cost a Python step a hash).
    """
    # struct packs signed integers at two thirds of what array("q", runs) costs (CPython 3.11
    # converts each item of a signed array through the argument parser).
    raw = pack(f"<{len(runs)}q", *runs)
    low = raw[0::8]
    bins = low.translate(_LOW_SIX)
    # The two parts of a value share no bit, so adding the bytes as one integer never carries
    # from one byte into the next.
    size = len(low)
    values = (_from_bytes(low.translate(_TOP_TWO), "little")
              + _from_bytes(raw[1::8].translate(_LOW_SIX_UP_TWO), "little")).to_bytes(size, "little")
    out = []
    at = 0
    for length in lengths:
        end = at + length
        out.append(_densified(bins[at:end], values[at:end]) if length else _NO_BINS)
        at = end
    return out


#: Bound once: ``int.from_bytes`` and ``bytes.maketrans`` looked up on their type made a bound
#: method object at every call (about 500 instructions each, 14 calls a passage).
_from_bytes = int.from_bytes
_maketrans = bytes.maketrans
#: Column 0 is every bin itself: its filled bins are the filled table's first 64 bytes.
_FIRST_COLUMN = _COLUMNS[0][1]
_LATER_COLUMNS = _COLUMNS[1:]


def _densified(bins: bytes, values: bytes) -> bytes:
    """One passage's signature from its hashes' bins and values, largest hash first."""
    # Bin -> its value: maketrans writes the pairs in order, so the smallest hash of a bin,
    # written last, is the one kept (bins nothing fell in keep their own number: never read).
    value_of = _maketrans(bins, values)
    # Bin -> 0xFF when filled, 0 when empty (every bin is first written 0, then the filled ones).
    filled = _maketrans(_BIN_BYTES + bins, _NO_BINS + b"\xff" * len(bins))
    # Every bin takes the first filled bin of its row (itself when filled), found for all 64 bins
    # at once a column at a time: the column's bytes translated to 0xFF where the bin they name is
    # filled give the bins that find their donor there. Rows end after about 4 * 64 / filled
    # columns; a bin-by-bin search of each row cost 64 Python steps per passage.
    take = _from_bytes(filled[:BINS], "little")
    donor = _FIRST_COLUMN & take
    left = _ALL_LEFT ^ take
    if left:
        for column, as_int in _LATER_COLUMNS:
            take = left & _from_bytes(column.translate(filled), "little")
            if take:
                donor |= as_int & take
                left ^= take
                if not left:
                    break
    return donor.to_bytes(BINS, "little").translate(value_of)


def signature_bin_by_bin(shingle_hashes: Sequence[int]) -> bytes:
    """:func:`signature` written plainly, bin by bin: the definition the test compares it with."""
    own = {x & _BIN_MASK: (x >> _BIN_BITS) & 0xFF for x in sorted(set(shingle_hashes), reverse=True)}
    if not own:
        return bytes(BINS)
    has = own.__contains__
    return bytes([own[j] if has(j) else own[next(filter(has, _DONORS[j]))] for j in _ALL_BINS])


def band_keys(sig: bytes) -> list[int]:
    """One integer per band: bands that are equal give equal keys (band index included)."""
    return [(i << 32) | int.from_bytes(sig[i * ROWS : (i + 1) * ROWS], "little") for i in range(BANDS)]


def estimate(a: bytes, b: bytes) -> float:
    """Jaccard similarity implied by two signatures (0 to 1)."""
    share = sum(map(eq, a, b)) / BINS
    return max(0.0, (share - 1 / 256) / (1 - 1 / 256))


def jaccard(a: frozenset, b: frozenset) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)
