"""Classifying an item of information: its category, the articles that put it there, and —
when its facts point to a Pasal 17 ground — a *proposal* of exemption.

Nothing is exempt without a complete consequence test (UU 14/2008 Pasal 19; PP 61/2010
Pasal 3): :func:`classify` proposes, it never exempts on its own. Given a consequence-test
record whose exemption is in force, the item is classified exempt; items listed in Pasal 18
ayat (1) are never exempt, and asking for it raises
:class:`~kiplib.errors.NeverExemptError` naming the point of Pasal 18 that blocks it.

The rules are a table (:class:`RuleSet` of :class:`Rule` rows: a condition on the item, an
effect, a citation) evaluated in order; the first row that sets a category decides it. A
plugin adds rows with :meth:`RuleSet.with_rules` and passes the new set as ``rules=``.

Examples:
    >>> from datetime import date
    >>> from kiplib.law.classification import Fact
    >>> from kiplib.law.classification import InformationItem
    >>> from kiplib.exemption.classification import classify
    >>> item = InformationItem(
    ...     title="Rekam medis pasien Puskesmas Tasikmadu 2023",
    ...     document_kind="rekam medis",
    ...     facts=frozenset({Fact.CONTAINS_HEALTH_DATA}),
    ... )
    >>> result = classify(item, as_of=date(2024, 3, 1))
    >>> result.category
    <Category.OPEN_ON_REQUEST: 'open_on_request'>
    >>> result.proposal.grounds
    ('h.2',)
    >>> print(result.proposal.requires)
    UU 14/2008 Pasal 19
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from typing import Final

import attrs

from kiplib._check import argument
from kiplib.calendar.working import format_date
from kiplib.errors import BeforeLawInForceError, InvalidInputError, NeverExemptError
from kiplib.exemption.checks import validate
from kiplib.exemption.consequence_test import ConsequenceTest, Outcome
from kiplib.exemption.status import ExemptionStatus, ReleaseEvent, exemption_status
from kiplib.i18n import N_, gettext
from kiplib.law.categories import (
    LIFTS,
    LISTED_ITEMS,
    NEVER_EXEMPT,
    NOT_HELD_HOLDER_CITATION,
    Category,
)
from kiplib.law.citation import Citation
from kiplib.law.classification import (
    NATIONAL_RULESET,
    InformationItem,
    Rule,
    RuleSet,
    _strings,
    _u,
)
from kiplib.law.floor import CATEGORY_RANK, MUST_PUBLISH
from kiplib.law.grounds import GROUNDS, ground
from kiplib.law.steps import LAW_IN_FORCE
from kiplib.rulebook.book import RuleBook, rules_or_default
from kiplib.rulebook.contributions import (
    CategoryName,
    ClassificationRule,
    ExemptionTemplate,
    Regulation,
    regulation_in_force,
)

__all__ = [
    "PLUGIN_CATEGORIES",
    "Classification",
    "ExemptionProposal",
    "LocalChange",
    "LocalEffect",
    "classify",
]


_PASAL_19: Final = _u(19)


@attrs.frozen
class ExemptionProposal:
    """Grounds that *may* exempt the item — a proposal, not an exemption.

    Attributes:
        grounds: Pasal 17 grounds down to angka (``"h.2"``).
        citations: their citations.
        requires: UU 14/2008 Pasal 19 — a consequence test must be done first.
    """

    grounds: tuple[str, ...]
    citations: tuple[Citation, ...]
    requires: Citation = _PASAL_19


class LocalChange(enum.Enum):
    """What a district plugin did to a classification."""

    #: A district rule put the item in a stricter must-publish category (berkala, serta
    #: merta, setiap saat) than the national rules.
    CATEGORY = "category"
    #: A district exemption template (a DIK entry it has tested) proposed grounds.
    PROPOSAL = "proposal"
    #: A district rule lists the item as dikecualikan: noted; only a consequence test exempts.
    EXEMPT_RULE = "exempt_rule"
    #: A district rule would make must-publish or never-exempt information dikecualikan:
    #: ignored, the national law is the floor.
    IGNORED = "ignored"
    #: A district rule or template whose regulation was not yet in force on the date of the
    #: classification: not applied, the national rules hold (shown with the date it applies
    #: from).
    NOT_IN_FORCE = "not_in_force"


@attrs.frozen
class LocalEffect:
    """What one district plugin changed in a classification, and on which regulation.

    Attributes:
        plugin: the plugin's name.
        change: what it did.
        citation: the district regulation (Perbup/Perda and article).
        description: the plugin's rule or template, in Bahasa Indonesia, as it wrote it.
        category: the category the district rule names.
        previous: the national category before the change (for :attr:`LocalChange.CATEGORY`).
        grounds: the Pasal 17 grounds a template proposes (``"h.2"``).
        period: the exemption period a template gives, in its own words.
        national: the national article that wins over an ignored rule.
        assumption: what the plugin could not read in the regulation, if anything.
        in_force: for :attr:`LocalChange.NOT_IN_FORCE`, the day the district regulation
            applies from.
    """

    plugin: str
    change: LocalChange
    citation: Citation
    description: str
    category: Category | None = None
    previous: Category | None = None
    grounds: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    period: str | None = None
    national: Citation | None = None
    assumption: str | None = None
    in_force: date | None = None

    def explain(self, lang: str = "id") -> str:
        """One line (two with an assumption) saying what the plugin changed, in ``lang``."""

        def _(msg: str) -> str:
            return gettext(msg, lang)

        params = {
            "plugin": self.plugin,
            "citation": self.citation,
            "description": self.description,
            "category": self.category.label(lang) if self.category else "",
            "previous": self.previous.label(lang) if self.previous else "",
            "grounds": ", ".join(self.grounds) or "-",
            "period": self.period or "-",
            "national": self.national,
            "pasal_19": _PASAL_19,
            "since": format_date(self.in_force, lang) if self.in_force else "-",
        }
        text = _(_LOCAL_TEMPLATES[self.change]).format(**params)
        if self.assumption:
            text += "\n  " + _(N_("Asumsi: {text}")).format(text=self.assumption)
        return text


_LOCAL_TEMPLATES: Final = {
    LocalChange.CATEGORY: N_(
        "Aturan daerah ({plugin}, {citation}): {description} — menjadi {category}, lebih ketat "
        "dari aturan nasional ({previous})"
    ),
    LocalChange.PROPOSAL: N_(
        "Templat DIK daerah ({plugin}, {citation}): {description} — usulan alasan {grounds}, "
        "jangka waktu {period}; tetap wajib uji konsekuensi ({pasal_19})"
    ),
    LocalChange.EXEMPT_RULE: N_(
        "Aturan daerah ({plugin}, {citation}): {description} — {category}; hanya uji "
        "konsekuensi yang dapat mengecualikannya ({pasal_19})"
    ),
    LocalChange.IGNORED: N_(
        "Aturan daerah diabaikan ({plugin}, {citation}): {description} — {category} bertentangan "
        "dengan {national}, yang mewajibkan informasi ini dibuka"
    ),
    LocalChange.NOT_IN_FORCE: N_(
        "Aturan daerah belum berlaku ({plugin}, {citation}): {description} — berlaku sejak "
        "{since}; pada tanggal klasifikasi berlaku aturan nasional"
    ),
}


def _effects(value: Iterable[LocalEffect]) -> tuple[LocalEffect, ...]:
    return tuple(value)


@attrs.frozen
class Classification:
    """The result of :func:`classify`.

    Attributes:
        title: the item's title.
        as_of: the date of the classification.
        category: the category.
        citations: the articles that put it there (and every other row that matched).
        reasons: why, in Bahasa Indonesia (the matched rows' reasons, translated on display).
        never_exempt: the points of Pasal 18 ayat (1) the item falls under.
        lifted: the points of Pasal 18 ayat (2) that keep huruf g and h from applying.
        proposal: grounds proposed for a consequence test, if any.
        exemption: the state of the consequence test given, if any.
        holder: who holds the information, for an item not held.
        local: what the district plugins governing the item's body changed, and why.
    """

    title: str
    as_of: date
    category: Category
    citations: tuple[Citation, ...]
    reasons: tuple[str, ...]
    never_exempt: tuple[str, ...] = ()
    lifted: tuple[str, ...] = ()
    proposal: ExemptionProposal | None = None
    exemption: ExemptionStatus | None = None
    holder: str | None = None
    local: tuple[LocalEffect, ...] = attrs.field(default=(), converter=_effects)

    def explain(self, lang: str = "id") -> str:
        """The classification and its basis, in ``lang``."""

        def _(msg: str) -> str:
            return gettext(msg, lang)

        defined_by = "; ".join(str(c) for c in self.category.citations)
        lines = [f"{self.title}: {self.category.label(lang)} ({defined_by})"]
        lines.extend(f"- {_(r)} ({c})" for r, c in zip(self.reasons, self.citations, strict=True))
        if self.holder:
            lines.append(
                _(N_("Badan publik yang menguasai: {holder} ({citation})")).format(
                    holder=self.holder, citation=NOT_HELD_HOLDER_CITATION
                )
            )
        for huruf in self.never_exempt:
            lines.append(
                _(N_("Tidak dapat dikecualikan: {point}")).format(
                    point=NEVER_EXEMPT[huruf].describe(lang)
                )
            )
        for huruf in self.lifted:
            lines.append(
                _(N_("Huruf g dan h tidak berlaku: {point}")).format(
                    point=LIFTS[huruf].describe(lang)
                )
            )
        if self.proposal is not None:
            lines.append(
                _(
                    N_(
                        "Usulan pengecualian (belum dikecualikan): {grounds}; wajib uji "
                        "konsekuensi lebih dahulu ({citation})"
                    )
                ).format(
                    grounds="; ".join(ground(g).describe(lang) for g in self.proposal.grounds),
                    citation=self.proposal.requires,
                )
            )
        lines.extend(effect.explain(lang) for effect in self.local)
        if self.exemption is not None:
            lines.append(self.exemption.explain(lang))
        return "\n".join(lines)


def _check_item(item: InformationItem) -> None:
    argument("item", item, InformationItem)
    for i, key in enumerate(item.listed_as):
        entry = LISTED_ITEMS.get(key)
        if entry is None:
            raise InvalidInputError(
                field=f"listed_as[{i}]", value=repr(key), reason=N_("bukan butir yang disebut UU")
            )
        if not entry.applies_to(item.body.body_type):
            raise InvalidInputError(
                field=f"listed_as[{i}]",
                value=repr(key),
                reason=N_("butir ini tidak mengikat jenis badan publik tersebut"),
            )
    for i, code in enumerate(item.indicated_grounds):
        if code not in GROUNDS:
            raise InvalidInputError(
                field=f"indicated_grounds[{i}]",
                value=repr(code),
                reason=N_("bukan alasan Pasal 17 sampai angka (mis. h.2)"),
            )


def classify(
    item: InformationItem,
    *,
    as_of: date,
    rules: RuleBook | RuleSet | None = None,
    consequence_test: ConsequenceTest | None = None,
    events: Iterable[ReleaseEvent] = (),
    table: RuleSet | None = None,
) -> Classification:
    """Classify ``item`` on ``as_of``.

    Args:
        item: the described item.
        as_of: the date of the classification (no clock is read).
        rules: the rule book whose district plugins apply (``None``:
            :meth:`kiplib.RuleBook.installed`). A :class:`RuleSet` given here is taken as
            ``table`` (the meaning of ``rules=`` before rule books), with the installed rules.
        consequence_test: a consequence-test record for this item; when it closes the item
            and is in force on ``as_of``, the item is exempt (validated first).
        events: release events for that record (consent given, public hearing …).
        table: the classification table (``None``: the national one; or an app's extension
            of it).

    Raises:
        kiplib.errors.NeverExemptError: an exemption is proposed or recorded for an item of
            Pasal 18 ayat (1); the error names the point that blocks it.
        kiplib.errors.ConsequenceTestError: ``consequence_test`` is not a complete test.
        kiplib.errors.BeforeLawInForceError: ``as_of`` is before 2010-04-30.
    """
    if type(as_of) is not date:
        raise InvalidInputError(
            field="as_of", value=repr(as_of), reason=N_("harus berupa tanggal (date)")
        )
    if as_of < LAW_IN_FORCE:
        raise BeforeLawInForceError(
            field="as_of", value=as_of.isoformat(), in_force=LAW_IN_FORCE.isoformat()
        )
    _check_item(item)
    if consequence_test is not None:
        argument("consequence_test", consequence_test, ConsequenceTest)
    if isinstance(rules, RuleSet):
        table, rules = rules, None
    if table is None:
        table = NATIONAL_RULESET
    argument("table", table, RuleSet)
    book = rules_or_default(rules)
    matched = table.matching(item)
    # One pass over the rows: the first category, the rows shown, the points of Pasal 18 and
    # the grounds proposed, each in table order.
    category: Category | None = None
    shown: list[tuple[Citation, str]] = []
    never_found: list[str] = []
    lifts_found: list[str] = []
    proposed: list[str] = []
    for r in matched:
        if r.category is not None:
            if category is None:
                category = r.category
            shown.append((r.citation, r.reason))
        elif r.never_exempt or r.lift:
            shown.append((r.citation, r.reason))
        if r.never_exempt:
            never_found.append(r.never_exempt)
        if r.lift:
            lifts_found.append(r.lift)
        if r.ground:
            proposed.append(r.ground)
    never = tuple(dict.fromkeys(never_found))
    lifts = tuple(dict.fromkeys(lifts_found))
    proposed.extend(item.indicated_grounds)
    floor = _floor(matched, category, never)
    category, local = _apply_plugins(book, item, category, floor, proposed, as_of)
    if lifts:
        # Pasal 18 ayat (2): with consent or public office, huruf g and h do not apply.
        proposed = [g for g in proposed if GROUNDS[g].huruf not in "gh"]
    grounds = tuple(dict.fromkeys(proposed))
    if category is Category.NOT_HELD:
        grounds = ()
    recorded = consequence_test is not None and consequence_test.is_exemption
    if never and (grounds or recorded):
        point = NEVER_EXEMPT[never[0]]
        asked = grounds or (consequence_test.grounds if consequence_test else ())
        raise NeverExemptError(
            field="item",
            value=repr(item.title),
            point=str(point.citation),
            grounds=", ".join(asked),
            reason=point.description,
        )
    status = None
    if consequence_test is not None:
        validate(consequence_test, rules=book)
        status = exemption_status(consequence_test, as_of=as_of, events=events, rules=book)
        if status.in_force and consequence_test.outcome is Outcome.CLOSED:
            category = Category.EXEMPT
            shown.extend((g.citation, g.description) for g in consequence_test.known_grounds())
            grounds = ()
        elif status.in_force:
            # Partly: the item is open with the tested parts blacked out.
            grounds = ()
    if category is None:
        category = Category.OPEN_ON_REQUEST
        # UU 14/2008 Pasal 2 ayat (1): public information is open unless exempt.
        shown.insert(
            0, (_u(2, 1), N_("setiap informasi publik bersifat terbuka dan dapat diakses"))
        )
    proposal = (
        ExemptionProposal(grounds, tuple(GROUNDS[g].citation for g in grounds)) if grounds else None
    )
    return Classification(
        title=item.title,
        as_of=as_of,
        category=category,
        citations=tuple(c for c, _ in shown),
        reasons=tuple(r for _, r in shown),
        never_exempt=never,
        lifted=lifts,
        proposal=proposal,
        exemption=status,
        holder=item.holder if category is Category.NOT_HELD else None,
        local=local,
    )


# ---------------------------------------------------------------------------- district plugins
#: The plugins' category names (``kiplib.plugins.CATEGORIES``) as categories.
PLUGIN_CATEGORIES: Final[dict[CategoryName, Category]] = {
    "berkala": Category.PERIODIC,
    "serta_merta": Category.IMMEDIATE,
    "setiap_saat": Category.AVAILABLE_AT_ALL_TIMES,
    "dikecualikan": Category.EXEMPT,
}


def _floor(
    matched: tuple[Rule, ...], category: Category | None, never: tuple[str, ...]
) -> Citation | None:
    """The national article that keeps the item open whatever a district says, if any."""
    if never:
        return NEVER_EXEMPT[never[0]].citation
    if category in MUST_PUBLISH:
        return next(r.citation for r in matched if r.category is category)
    return None


def _rule_matches(rule: ClassificationRule, item: InformationItem) -> bool:
    text = f"{item.title} {item.document_kind}".casefold()
    return any(k.strip() and k.casefold() in text for k in rule.keywords)


def _template_matches(template: ExemptionTemplate, item: InformationItem) -> bool:
    information = template.information.strip().casefold()
    return bool(information) and (
        information in item.title.casefold() or information == item.document_kind.casefold()
    )


def _template_grounds(template: ExemptionTemplate) -> tuple[str, ...]:
    codes = (str(g.huruf) if g.angka is None else f"{g.huruf}.{g.angka}" for g in template.grounds)
    return tuple(c for c in codes if c in GROUNDS)


def _not_yet_in_force(
    regulations: tuple[Regulation, ...], citation: Citation, as_of: date
) -> date | None:
    """The day a district contribution citing ``citation`` applies from, when that is after
    ``as_of``; ``None`` when it applies on ``as_of``."""
    since = regulation_in_force(regulations, citation)
    return since if since is not None and as_of < since else None


def _apply_plugins(
    book: RuleBook,
    item: InformationItem,
    category: Category | None,
    floor: Citation | None,
    proposed: list[str],
    as_of: date,
) -> tuple[Category | None, tuple[LocalEffect, ...]]:
    """Apply the classification rules and exemption templates of the plugins that govern
    ``item.body`` (national first, narrowest scope last) whose regulation is in force on
    ``as_of`` (the others are shown as not yet in force); ``proposed`` grows with the
    templates' grounds. Returns the category and what each plugin changed."""
    effects: list[LocalEffect] = []
    if category is Category.NOT_HELD:
        return category, ()
    for contribution in book.for_body(item.body).district:
        name = contribution.info.name
        regulations = contribution.info.regulations
        for rule in contribution.classification_rules:
            if rule.citation is None or not _rule_matches(rule, item):
                continue
            target = PLUGIN_CATEGORIES[rule.category]
            effect = LocalEffect(
                plugin=name,
                change=LocalChange.EXEMPT_RULE,
                citation=rule.citation,
                description=rule.description,
                category=target,
                assumption=rule.assumption,
            )
            since = _not_yet_in_force(regulations, rule.citation, as_of)
            if since is not None:
                effects.append(
                    attrs.evolve(effect, change=LocalChange.NOT_IN_FORCE, in_force=since)
                )
                continue
            if target is Category.EXEMPT:
                # National law is the floor: a district cannot close what UU 14/2008 opens.
                if floor is not None:
                    effect = attrs.evolve(effect, change=LocalChange.IGNORED, national=floor)
                effects.append(effect)
            elif CATEGORY_RANK[target] > CATEGORY_RANK.get(category or Category.OPEN_ON_REQUEST, 0):
                previous = category or Category.OPEN_ON_REQUEST
                effects.append(attrs.evolve(effect, change=LocalChange.CATEGORY, previous=previous))
                category = target
        for template in contribution.exemption_templates:
            if template.citation is None or not _template_matches(template, item):
                continue
            effect = LocalEffect(
                plugin=name,
                change=LocalChange.PROPOSAL,
                citation=template.citation,
                description=template.information,
                assumption=template.assumption,
            )
            since = _not_yet_in_force(regulations, template.citation, as_of)
            if since is not None:
                effects.append(
                    attrs.evolve(effect, change=LocalChange.NOT_IN_FORCE, in_force=since)
                )
                continue
            grounds = _template_grounds(template)
            proposed.extend(grounds)
            effects.append(attrs.evolve(effect, grounds=grounds, period=template.period))
    return category, tuple(effects)
