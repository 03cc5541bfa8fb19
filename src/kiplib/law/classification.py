"""The national classification table: what is known about an item of information (its
:class:`Fact` values and the items of Pasal 9, 11 and 14–16 it is), and the rows that turn
those facts into a category, a never-exempt point of Pasal 18 ayat (1), a Pasal 17 ground to
propose, or a lift of Pasal 18 ayat (2).

The rows are data (:class:`RuleSet` of :class:`Rule`), each with the article behind it;
:func:`kiplib.classify` evaluates them in order.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Final

import attrs

from kiplib.errors import InvalidInputError
from kiplib.i18n import N_
from kiplib.law.bodies import DEFAULT_BODY, PublicBody
from kiplib.law.categories import (
    LIFTS,
    LISTED_ITEMS,
    NEVER_EXEMPT,
    NOT_HELD_CITATIONS,
    Category,
)
from kiplib.law.citation import UU_14_2008, Citation
from kiplib.law.grounds import GROUNDS

__all__ = [
    "NATIONAL_RULESET",
    "Condition",
    "Fact",
    "InformationItem",
    "Rule",
    "RuleSet",
    "listed",
    "when",
]


class Fact(enum.Enum):
    """What is known about an item; the rules turn facts into a category and proposals."""

    # -- outcome of its own (UU 14/2008 Pasal 6 ayat (3) huruf e)
    NOT_HELD = "not_held"
    # -- serta merta (Pasal 10)
    THREATENS_LIVES_OR_PUBLIC_ORDER = "threatens_lives_or_public_order"
    # -- berkala (Pasal 9 ayat (2))
    ABOUT_THE_BODY = "about_the_body"
    ACTIVITIES_AND_PERFORMANCE = "activities_and_performance"
    IS_FINANCIAL_REPORT = "is_financial_report"
    # -- tersedia setiap saat (Pasal 11 ayat (1))
    IS_INFORMATION_LIST = "is_information_list"
    IS_DECISION = "is_decision"
    IS_POLICY = "is_policy"
    IS_PROJECT_WORK_PLAN = "is_project_work_plan"
    IS_THIRD_PARTY_AGREEMENT = "is_third_party_agreement"
    IS_OPEN_MEETING_STATEMENT = "is_open_meeting_statement"
    IS_SERVICE_PROCEDURE = "is_service_procedure"
    IS_INFORMATION_SERVICE_REPORT = "is_information_service_report"
    # -- never exempt (Pasal 18 ayat (1))
    IS_COURT_DECISION = "is_court_decision"
    IS_REGULATION = "is_regulation"
    IS_LAW_ENFORCEMENT_CONSIDERATION = "is_law_enforcement_consideration"
    IS_TERMINATION_OF_INVESTIGATION = "is_termination_of_investigation"
    IS_LAW_ENFORCEMENT_BUDGET = "is_law_enforcement_budget"
    IS_LAW_ENFORCEMENT_FINANCIAL_REPORT = "is_law_enforcement_financial_report"
    IS_CORRUPTION_RECOVERY_REPORT = "is_corruption_recovery_report"
    OPENED_BY_OBJECTION_OR_DISPUTE = "opened_by_objection_or_dispute"
    # -- pointing to a Pasal 17 ground
    HINDERS_INVESTIGATION = "hinders_investigation"
    IDENTIFIES_INFORMANT_OR_WITNESS = "identifies_informant_or_witness"
    TRADE_SECRET = "trade_secret"
    REVEALS_NATURAL_WEALTH = "reveals_natural_wealth"
    CONTAINS_PERSONAL_DEED_OR_WILL = "contains_personal_deed_or_will"
    CONTAINS_FAMILY_DATA = "contains_family_data"
    CONTAINS_HEALTH_DATA = "contains_health_data"
    CONTAINS_PERSONAL_FINANCES = "contains_personal_finances"
    CONTAINS_PERSONAL_EVALUATION = "contains_personal_evaluation"
    CONTAINS_EDUCATION_RECORDS = "contains_education_records"
    IS_CONFIDENTIAL_MEMORANDUM = "is_confidential_memorandum"
    # -- Pasal 18 ayat (2): huruf g and h do not apply
    HAS_WRITTEN_CONSENT = "has_written_consent"
    CONCERNS_PUBLIC_OFFICE = "concerns_public_office"


def _facts(value: Iterable[Fact]) -> frozenset[Fact]:
    return frozenset(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _check_title(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(field=attribute.name, value=repr(value), reason=N_("wajib diisi"))


@attrs.frozen(kw_only=True)
class InformationItem:
    """An item of information, described for classification.

    Attributes:
        title: what it is (``"Rekam medis pasien 2023"``).
        document_kind: the kind of document (``"rekam medis"``, ``"SK Bupati"`` …).
        body: the badan publik that holds (or was asked for) it.
        facts: what is known about it.
        listed_as: keys of the items of Pasal 9, 11, 14–16 it is (``"9.2.c"``, ``"14.c"``),
            see :data:`kiplib.law.categories.LISTED_ITEMS`.
        indicated_grounds: Pasal 17 grounds the body considers (``"c.6"``), besides those
            the facts point to.
        holder: for information not held, the body that holds it, when known (Pasal 22
            ayat (7) huruf b).
    """

    title: str = attrs.field(validator=_check_title)
    document_kind: str = attrs.field(validator=_check_title)
    body: PublicBody = DEFAULT_BODY
    facts: frozenset[Fact] = attrs.field(default=frozenset(), converter=_facts)
    listed_as: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    indicated_grounds: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    holder: str | None = None


Condition = Callable[[InformationItem], bool]


@attrs.frozen
class Rule:
    """One row of the classification table.

    Attributes:
        name: a stable name (``"pasal-9-2-c"``); plugins prefix theirs.
        condition: whether the row applies to an item.
        citation: the article behind the row.
        reason: why, in Bahasa Indonesia (shown in the explanation).
        category: the category the row sets, if any.
        never_exempt: the huruf of Pasal 18 ayat (1) the row finds, if any.
        ground: the Pasal 17 ground the row proposes, if any.
        lift: the huruf of Pasal 18 ayat (2) the row finds (huruf g and h do not apply).
        source: ``kiplib`` or the plugin that added the row.
    """

    name: str
    condition: Condition = attrs.field(eq=False)
    citation: Citation
    reason: str
    category: Category | None = None
    never_exempt: str | None = None
    ground: str | None = None
    lift: str | None = None
    source: str = "kiplib"


#: What a condition made by :func:`when` or :func:`listed` remembers of itself, so that a
#: :class:`RuleSet` can find the rows an item may match without asking every row.
_FACT: Final = "_kiplib_fact"
_LISTED: Final = "_kiplib_listed"


def when(fact: Fact) -> Condition:
    """A condition: the item has ``fact``."""

    def condition(item: InformationItem) -> bool:
        return fact in item.facts

    setattr(condition, _FACT, fact)
    return condition


def listed(key: str) -> Condition:
    """A condition: the item is the listed item ``key`` and the listing binds its body."""
    entry = LISTED_ITEMS[key]

    def condition(item: InformationItem) -> bool:
        return key in item.listed_as and entry.applies_to(item.body.body_type)

    setattr(condition, _LISTED, key)
    return condition


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


@attrs.frozen
class RuleSet:
    """An ordered table of rules; the first row that sets a category decides it."""

    rules: tuple[Rule, ...] = attrs.field(converter=_rules)
    # Where the rows made by when() and listed() are, by the fact or item they ask for, and
    # the positions of every other row (asked every time).
    _by_fact: dict[Fact, tuple[int, ...]] = attrs.field(init=False, eq=False, repr=False)
    _by_key: dict[str, tuple[int, ...]] = attrs.field(init=False, eq=False, repr=False)
    _others: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        by_fact: dict[Fact, list[int]] = {}
        by_key: dict[str, list[int]] = {}
        others: list[int] = []
        for i, rule in enumerate(self.rules):
            fact = getattr(rule.condition, _FACT, None)
            key = getattr(rule.condition, _LISTED, None)
            if isinstance(fact, Fact):
                by_fact.setdefault(fact, []).append(i)
            elif isinstance(key, str):
                by_key.setdefault(key, []).append(i)
            else:
                others.append(i)
        object.__setattr__(self, "_by_fact", {f: tuple(v) for f, v in by_fact.items()})
        object.__setattr__(self, "_by_key", {k: tuple(v) for k, v in by_key.items()})
        object.__setattr__(self, "_others", tuple(others))

    def with_rules(self, rules: Iterable[Rule], *, first: bool = False) -> RuleSet:
        """A new set with ``rules`` appended (or, with ``first=True``, put in front)."""
        added = tuple(rules)
        return RuleSet((*added, *self.rules) if first else (*self.rules, *added))

    def matching(self, item: InformationItem) -> tuple[Rule, ...]:
        """The rows that apply to ``item``, in order."""
        # A row of when(f) can only apply when f is among the item's facts, a row of
        # listed(k) when k is among its listed items: only those, and the other rows, are
        # asked (in table order, so the answer is the same as asking every row).
        try:
            found = list(self._others)
            for fact in item.facts:
                found.extend(self._by_fact.get(fact, ()))
            for key in item.listed_as:
                found.extend(self._by_key.get(key, ()))
        except TypeError:  # an unhashable listed item: ask every row
            return tuple(r for r in self.rules if r.condition(item))
        rules = self.rules
        return tuple(rules[i] for i in sorted(set(found)) if rules[i].condition(item))


def _u(pasal: int, ayat: int | None = None, huruf: str | None = None) -> Citation:
    return Citation(UU_14_2008, pasal=pasal, ayat=ayat, huruf=huruf)


def _category_rule(fact: Fact, key: str) -> Rule:
    item = LISTED_ITEMS[key]
    return Rule(
        f"fact-{fact.value}", when(fact), item.citation, item.description, category=item.category
    )


def _national_rules() -> tuple[Rule, ...]:
    rows: list[Rule] = [
        # UU 14/2008 Pasal 6 ayat (3) huruf e; Pasal 22 ayat (7) huruf a.
        Rule(
            "not-held",
            when(Fact.NOT_HELD),
            NOT_HELD_CITATIONS[0],
            N_("informasi belum dikuasai atau didokumentasikan badan publik"),
            category=Category.NOT_HELD,
        ),
        # Pasal 10 ayat (1).
        Rule(
            "pasal-10",
            when(Fact.THREATENS_LIVES_OR_PUBLIC_ORDER),
            _u(10, 1),
            N_("dapat mengancam hajat hidup orang banyak dan ketertiban umum"),
            category=Category.IMMEDIATE,
        ),
        # Pasal 18 ayat (1) huruf g with Pasal 11 ayat (2).
        Rule(
            "pasal-11-2",
            when(Fact.OPENED_BY_OBJECTION_OR_DISPUTE),
            _u(11, 2),
            N_("telah dinyatakan terbuka melalui keberatan atau sengketa"),
            category=Category.AVAILABLE_AT_ALL_TIMES,
            never_exempt="g",
        ),
    ]
    # Pasal 9 ayat (2) a–c, Pasal 11 ayat (1) a–h by fact.
    for fact, key in (
        (Fact.ABOUT_THE_BODY, "9.2.a"),
        (Fact.ACTIVITIES_AND_PERFORMANCE, "9.2.b"),
        (Fact.IS_FINANCIAL_REPORT, "9.2.c"),
        (Fact.IS_LAW_ENFORCEMENT_FINANCIAL_REPORT, "9.2.c"),
        (Fact.IS_INFORMATION_LIST, "11.1.a"),
        (Fact.IS_DECISION, "11.1.b"),
        (Fact.IS_POLICY, "11.1.c"),
        (Fact.IS_REGULATION, "11.1.c"),
        (Fact.IS_PROJECT_WORK_PLAN, "11.1.d"),
        (Fact.IS_THIRD_PARTY_AGREEMENT, "11.1.e"),
        (Fact.IS_OPEN_MEETING_STATEMENT, "11.1.f"),
        (Fact.IS_SERVICE_PROCEDURE, "11.1.g"),
        (Fact.IS_INFORMATION_SERVICE_REPORT, "11.1.h"),
    ):
        rows.append(_category_rule(fact, key))
    # Every listed item by key (Pasal 9, 11, 14, 15, 16), for the body types it binds.
    rows.extend(
        Rule(f"listed-{key}", listed(key), i.citation, i.description, category=i.category)
        for key, i in LISTED_ITEMS.items()
    )
    # Pasal 18 ayat (1): never exempt.
    for fact, huruf in (
        (Fact.IS_COURT_DECISION, "a"),
        (Fact.IS_REGULATION, "b"),
        (Fact.IS_POLICY, "b"),
        (Fact.IS_LAW_ENFORCEMENT_CONSIDERATION, "b"),
        (Fact.IS_TERMINATION_OF_INVESTIGATION, "c"),
        (Fact.IS_LAW_ENFORCEMENT_BUDGET, "d"),
        (Fact.IS_LAW_ENFORCEMENT_FINANCIAL_REPORT, "e"),
        (Fact.IS_CORRUPTION_RECOVERY_REPORT, "f"),
    ):
        point = NEVER_EXEMPT[huruf]
        rows.append(
            Rule(
                f"pasal-18-1-{huruf}-{fact.value}",
                when(fact),
                point.citation,
                point.description,
                never_exempt=huruf,
            )
        )
    # Pasal 17: facts that point to a ground.
    for fact, code in (
        (Fact.HINDERS_INVESTIGATION, "a.1"),
        (Fact.IDENTIFIES_INFORMANT_OR_WITNESS, "a.2"),
        (Fact.TRADE_SECRET, "b"),
        (Fact.REVEALS_NATURAL_WEALTH, "d"),
        (Fact.CONTAINS_PERSONAL_DEED_OR_WILL, "g"),
        (Fact.CONTAINS_FAMILY_DATA, "h.1"),
        (Fact.CONTAINS_HEALTH_DATA, "h.2"),
        (Fact.CONTAINS_PERSONAL_FINANCES, "h.3"),
        (Fact.CONTAINS_PERSONAL_EVALUATION, "h.4"),
        (Fact.CONTAINS_EDUCATION_RECORDS, "h.5"),
        (Fact.IS_CONFIDENTIAL_MEMORANDUM, "i"),
    ):
        g = GROUNDS[code]
        rows.append(Rule(f"pasal-17-{code}", when(fact), g.citation, g.description, ground=code))
    # Pasal 18 ayat (2): consent or public office.
    for fact, huruf in ((Fact.HAS_WRITTEN_CONSENT, "a"), (Fact.CONCERNS_PUBLIC_OFFICE, "b")):
        lift = LIFTS[huruf]
        rows.append(
            Rule(f"pasal-18-2-{huruf}", when(fact), lift.citation, lift.description, lift=huruf)
        )
    return tuple(rows)


#: The national classification table (UU 14/2008 Pasal 6, 9, 10, 11, 14–18).
NATIONAL_RULESET: Final = RuleSet(_national_rules())
