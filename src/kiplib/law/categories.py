"""The categories of public information (UU 14/2008 Pasal 9–18) and their listed items, as data.

* :class:`Category` — berkala (Pasal 9), serta merta (Pasal 10), tersedia setiap saat
  (Pasal 11), dikecualikan (Pasal 17); plus what the law names outside those four: the lists of
  information BUMN/BUMD, political parties and NGOs must provide (Pasal 14–16), information
  that is open on request (Pasal 2 ayat (1), Pasal 22) and information the body does not hold
  (*belum dikuasai*, Pasal 6 ayat (3) huruf e; the written notice says so, Pasal 22 ayat (7)
  huruf a, and names the holder when known, huruf b) — an outcome of its own, never an
  exemption.
* :data:`LISTED_ITEMS` — the items of Pasal 9 ayat (2) a–d, Pasal 11 ayat (1) a–h, Pasal 14
  a–n, Pasal 15 a–g and Pasal 16 a–g, each with its citation and a short description.
* :data:`NEVER_EXEMPT` — Pasal 18 ayat (1) a–g, information that is never exempt.
* :data:`LIFTS` — Pasal 18 ayat (2) a–b: written consent or public office lift huruf g and h.

Examples:
    >>> from kiplib.law.categories import Category, listed_item
    >>> print(Category.PERIODIC.citation)
    UU 14/2008 Pasal 9
    >>> item = listed_item("9.2.c")
    >>> item.category, str(item.citation)
    (<Category.PERIODIC: 'periodic'>, 'UU 14/2008 Pasal 9 ayat (2) huruf c')
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

import attrs

from kiplib.errors import NotFoundError
from kiplib.i18n import N_, LabelledEnum, gettext
from kiplib.law.bodies import BodyType
from kiplib.law.citation import UU_14_2008, Citation

__all__ = [
    "LIFTS",
    "LISTED_ITEMS",
    "NEVER_EXEMPT",
    "NOT_HELD_CITATIONS",
    "NOT_HELD_HOLDER_CITATION",
    "Category",
    "Lift",
    "ListedItem",
    "NeverExemptItem",
    "listed_item",
    "never_exempt_item",
]


class Category(LabelledEnum):
    """What kind of public information an item is (UU 14/2008 BAB IV and V).

    The first four are the categories of the law; the others are what the law says about
    everything else, so that no item is forced into a category it does not belong to.
    """

    #: Informasi berkala — announced periodically, at least every six months (Pasal 9).
    PERIODIC = "periodic"
    #: Informasi serta merta — announced immediately: threatens many lives or public order
    #: (Pasal 10).
    IMMEDIATE = "immediate"
    #: Informasi tersedia setiap saat — available at any time (Pasal 11).
    AVAILABLE_AT_ALL_TIMES = "available_at_all_times"
    #: Informasi yang dikecualikan — exempt, only after a consequence test (Pasal 17, 19).
    EXEMPT = "exempt"
    #: Information a BUMN/BUMD (Pasal 14), political party (Pasal 15) or NGO (Pasal 16) must
    #: provide; the law does not say whether periodically or at any time.
    MUST_BE_PROVIDED = "must_be_provided"
    #: Open public information, given on request (Pasal 2 ayat (1), Pasal 22).
    OPEN_ON_REQUEST = "open_on_request"
    #: Belum dikuasai — the body does not hold it (Pasal 6 ayat (3) huruf e) and its written
    #: notice says so (Pasal 22 ayat (7) huruf a): an answer of its own, not an exemption.
    NOT_HELD = "not_held"

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every article that defines the category: Pasal 14, 15 and 16 for
        ``MUST_BE_PROVIDED`` (one per type of body), Pasal 6 ayat (3) huruf e and Pasal 22
        ayat (7) huruf a for ``NOT_HELD``, one article for the others."""
        return _CATEGORY_CITATIONS[self]

    @property
    def citation(self) -> Citation:
        """The first article that defines the category (see :attr:`citations`)."""
        return _CATEGORY_CITATIONS[self][0]

    @property
    def is_open(self) -> bool:
        """Whether information of this category is accessible (not exempt, and held)."""
        return self not in (Category.EXEMPT, Category.NOT_HELD)


#: The body does not hold the information (Pasal 6 ayat (3) huruf e).
_NOT_HELD: Final = Citation(UU_14_2008, pasal=6, ayat=3, huruf="e")
#: The written notice says whether the body holds the information (Pasal 22 ayat (7) huruf a).
_NOTICE_SAYS_NOT_HELD: Final = Citation(UU_14_2008, pasal=22, ayat=7, huruf="a")
#: The written notice names the body that holds it, when known (Pasal 22 ayat (7) huruf b).
NOT_HELD_HOLDER_CITATION: Final = Citation(UU_14_2008, pasal=22, ayat=7, huruf="b")

_CATEGORY_CITATIONS: Final[dict[Category, tuple[Citation, ...]]] = {
    Category.PERIODIC: (Citation(UU_14_2008, pasal=9),),
    Category.IMMEDIATE: (Citation(UU_14_2008, pasal=10),),
    Category.AVAILABLE_AT_ALL_TIMES: (Citation(UU_14_2008, pasal=11),),
    Category.EXEMPT: (Citation(UU_14_2008, pasal=17),),
    Category.MUST_BE_PROVIDED: (
        Citation(UU_14_2008, pasal=14),
        Citation(UU_14_2008, pasal=15),
        Citation(UU_14_2008, pasal=16),
    ),
    Category.OPEN_ON_REQUEST: (Citation(UU_14_2008, pasal=2, ayat=1),),
    Category.NOT_HELD: (_NOT_HELD, _NOTICE_SAYS_NOT_HELD),
}
_CATEGORY_LABELS: Final = {
    Category.PERIODIC: N_("informasi berkala"),
    Category.IMMEDIATE: N_("informasi serta merta"),
    Category.AVAILABLE_AT_ALL_TIMES: N_("informasi tersedia setiap saat"),
    Category.EXEMPT: N_("informasi yang dikecualikan"),
    Category.MUST_BE_PROVIDED: N_("informasi yang wajib disediakan oleh jenis badan publik ini"),
    Category.OPEN_ON_REQUEST: N_("informasi terbuka yang diberikan berdasarkan permintaan"),
    Category.NOT_HELD: N_("informasi belum dikuasai atau didokumentasikan"),
}
Category.set_labels(_CATEGORY_LABELS)

#: Where "not held" comes from: the body may not give what it does not hold (Pasal 6 ayat (3)
#: huruf e), its written notice says so (Pasal 22 ayat (7) huruf a) and names the holder when
#: known (Pasal 22 ayat (7) huruf b, :data:`NOT_HELD_HOLDER_CITATION`).
NOT_HELD_CITATIONS: Final = (_NOT_HELD, _NOTICE_SAYS_NOT_HELD, NOT_HELD_HOLDER_CITATION)


@attrs.frozen
class ListedItem:
    """An item the law lists by name, with its category and citation.

    Attributes:
        key: a short stable key: ``"9.2.c"`` (Pasal 9 ayat (2) huruf c), ``"11.1.e"``,
            ``"14.c"``, ``"15.a"``, ``"16.d"``.
        category: the category the listing puts it in.
        citation: the listing.
        description: what it is, in Bahasa Indonesia.
        body_types: the types of body the listing binds (empty: every body).
    """

    key: str
    category: Category
    citation: Citation
    description: str
    body_types: frozenset[BodyType] = frozenset()

    def applies_to(self, body_type: BodyType) -> bool:
        """Whether the listing binds a body of ``body_type``."""
        return not self.body_types or body_type in self.body_types

    def describe(self, lang: str = "id") -> str:
        """``UU 14/2008 Pasal 9 ayat (2) huruf c — …`` in ``lang``."""
        return f"{self.citation} — {gettext(self.description, lang)}"


def _items(
    category: Category,
    pasal: int,
    ayat: int | None,
    texts: tuple[str, ...],
    body_types: frozenset[BodyType] = frozenset(),
) -> tuple[ListedItem, ...]:
    out = []
    for i, text in enumerate(texts):
        huruf = "abcdefghijklmn"[i]
        key = f"{pasal}.{ayat}.{huruf}" if ayat is not None else f"{pasal}.{huruf}"
        citation = Citation(UU_14_2008, pasal=pasal, ayat=ayat, huruf=huruf)
        out.append(ListedItem(key, category, citation, text, body_types))
    return tuple(out)


_PERIODIC: Final = _items(
    Category.PERIODIC,
    9,
    2,
    (
        N_("informasi yang berkaitan dengan badan publik"),
        N_("informasi mengenai kegiatan dan kinerja badan publik"),
        N_("informasi mengenai laporan keuangan"),
        N_("informasi berkala lain yang diatur peraturan perundang-undangan"),
    ),
)
_AT_ALL_TIMES: Final = _items(
    Category.AVAILABLE_AT_ALL_TIMES,
    11,
    1,
    (
        N_("daftar informasi publik, tanpa informasi yang dikecualikan"),
        N_("keputusan badan publik dan pertimbangannya"),
        N_("kebijakan beserta dokumen pendukungnya"),
        N_("rencana kerja proyek termasuk perkiraan pengeluaran tahunan"),
        N_("perjanjian badan publik dengan pihak ketiga"),
        N_("informasi dan kebijakan pejabat publik dalam pertemuan terbuka untuk umum"),
        N_("prosedur kerja pegawai yang berkaitan dengan pelayanan masyarakat"),
        N_("laporan pelayanan akses informasi publik"),
    ),
)
_ENTERPRISE: Final = _items(
    Category.MUST_BE_PROVIDED,
    14,
    None,
    (
        N_("identitas, maksud, kegiatan usaha, jangka waktu pendirian dan permodalan"),
        N_("pemegang saham, direksi dan dewan komisaris"),
        N_(
            "laporan tahunan, laporan keuangan, neraca laporan laba rugi, dan laporan tanggung "
            "jawab sosial perusahaan yang telah diaudit"
        ),
        N_("hasil penilaian auditor eksternal dan lembaga pemeringkat"),
        N_("sistem dan alokasi remunerasi komisaris/dewan pengawas dan direksi"),
        N_("mekanisme penetapan direksi dan komisaris/dewan pengawas"),
        N_("kasus hukum yang menurut Undang-Undang terbuka"),
        N_("pedoman tata kelola perusahaan yang baik"),
        N_("pengumuman penerbitan efek bersifat utang"),
        N_("penggantian akuntan yang mengaudit perusahaan"),
        N_("perubahan tahun fiskal perusahaan"),
        N_("penugasan pemerintah, kewajiban pelayanan umum atau subsidi"),
        N_("mekanisme pengadaan barang dan jasa"),
        N_("informasi lain yang ditentukan Undang-Undang tentang BUMN/BUMD"),
    ),
    frozenset({BodyType.STATE_ENTERPRISE}),
)
_PARTY: Final = _items(
    Category.MUST_BE_PROVIDED,
    15,
    None,
    (
        N_("asas dan tujuan"),
        N_("program umum dan kegiatan partai politik"),
        N_("nama, alamat dan susunan kepengurusan serta perubahannya"),
        N_("pengelolaan dan penggunaan dana dari APBN/APBD"),
        N_("mekanisme pengambilan keputusan partai"),
        N_("keputusan partai yang terbuka untuk umum"),
        N_("informasi lain yang ditetapkan Undang-Undang tentang partai politik"),
    ),
    frozenset({BodyType.POLITICAL_PARTY}),
)
_NGO: Final = _items(
    Category.MUST_BE_PROVIDED,
    16,
    None,
    (
        N_("asas dan tujuan"),
        N_("program dan kegiatan organisasi"),
        N_("nama, alamat, susunan kepengurusan dan perubahannya"),
        N_("pengelolaan dan penggunaan dana dari APBN/APBD, sumbangan masyarakat atau luar negeri"),
        N_("mekanisme pengambilan keputusan organisasi"),
        N_("keputusan organisasi"),
        N_("informasi lain yang ditetapkan peraturan perundang-undangan"),
    ),
    frozenset({BodyType.NGO}),
)

#: Every listed item by its key, in the order of the law.
LISTED_ITEMS: Final = MappingProxyType(
    {i.key: i for i in (*_PERIODIC, *_AT_ALL_TIMES, *_ENTERPRISE, *_PARTY, *_NGO)}
)


def listed_item(key: str) -> ListedItem:
    """The listed item with this key (``"9.2.c"``, ``"11.1.e"``, ``"14.c"`` …)."""
    try:
        return LISTED_ITEMS[key]
    except (KeyError, TypeError):
        raise NotFoundError(field="listed_item", value=repr(key)) from None


@attrs.frozen
class NeverExemptItem:
    """A point of UU 14/2008 Pasal 18 ayat (1): information that is never exempt."""

    huruf: str
    description: str

    @property
    def citation(self) -> Citation:
        """``UU 14/2008 Pasal 18 ayat (1) huruf …``."""
        return Citation(UU_14_2008, pasal=18, ayat=1, huruf=self.huruf)

    def describe(self, lang: str = "id") -> str:
        """The point in ``lang``."""
        return f"{self.citation} — {gettext(self.description, lang)}"


#: Pasal 18 ayat (1) a–g, by huruf.
NEVER_EXEMPT: Final = MappingProxyType(
    {
        n.huruf: n
        for n in (
            NeverExemptItem("a", N_("putusan badan peradilan")),
            NeverExemptItem(
                "b",
                N_(
                    "ketetapan, keputusan, peraturan, surat edaran atau kebijakan lain, serta "
                    "pertimbangan lembaga penegak hukum"
                ),
            ),
            NeverExemptItem("c", N_("surat perintah penghentian penyidikan atau penuntutan")),
            NeverExemptItem("d", N_("rencana pengeluaran tahunan lembaga penegak hukum")),
            NeverExemptItem("e", N_("laporan keuangan tahunan lembaga penegak hukum")),
            NeverExemptItem("f", N_("laporan hasil pengembalian uang hasil korupsi")),
            NeverExemptItem(
                "g", N_("informasi yang telah dinyatakan terbuka melalui keberatan atau sengketa")
            ),
        )
    }
)


def never_exempt_item(huruf: str) -> NeverExemptItem:
    """The point of Pasal 18 ayat (1) with this huruf."""
    try:
        return NEVER_EXEMPT[huruf]
    except (KeyError, TypeError):
        raise NotFoundError(field="never_exempt", value=repr(huruf)) from None


@attrs.frozen
class Lift:
    """A point of Pasal 18 ayat (2): a circumstance that keeps huruf g and h from applying."""

    huruf: str
    description: str
    letters: frozenset[str] = frozenset("gh")

    @property
    def citation(self) -> Citation:
        """``UU 14/2008 Pasal 18 ayat (2) huruf …``."""
        return Citation(UU_14_2008, pasal=18, ayat=2, huruf=self.huruf)

    def describe(self, lang: str = "id") -> str:
        """The point in ``lang``."""
        return f"{self.citation} — {gettext(self.description, lang)}"


#: Pasal 18 ayat (2) a–b, by huruf (PP 61/2010 Pasal 8 ayat (3) says the same for periods).
LIFTS: Final = MappingProxyType(
    {
        "a": Lift("a", N_("pihak yang rahasianya diungkap memberikan persetujuan tertulis")),
        "b": Lift("b", N_("pengungkapan berkaitan dengan posisi seseorang dalam jabatan publik")),
    }
)
