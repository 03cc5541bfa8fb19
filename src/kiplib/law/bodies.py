"""Public bodies (*badan publik*): where a request is received and whose calendar counts."""

from __future__ import annotations

import enum
import re
from datetime import time
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from kiplib._check import boolean, optional_instance_of, to_enum
from kiplib.errors import InvalidInputError, UnknownTimezoneError
from kiplib.i18n import N_

__all__ = [
    "DEFAULT_BODY",
    "DEFAULT_CLOSING",
    "DEFAULT_TIMEZONE",
    "TIMEZONE_ALIASES",
    "ZONE_ABBREVIATIONS",
    "AfterHoursPolicy",
    "BodyLevel",
    "BodyType",
    "PublicBody",
    "zone",
]

#: Indonesian abbreviations accepted for the three time zones.
TIMEZONE_ALIASES: Final = {
    "WIB": "Asia/Jakarta",
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
}
#: Abbreviation shown for each Indonesian zone.
ZONE_ABBREVIATIONS: Final = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}

#: The time zone of a body that sets none and whose district sets none: WIB, where the seat of
#: government is (a body elsewhere gives its own, or its district plugin does).
DEFAULT_TIMEZONE: Final = "Asia/Jakarta"
#: The end of service hours of a body that sets none (Perpres 21/2023 Pasal 4: 07.30 plus
#: 7 h 30 min of work and a one-hour break), used with ``AfterHoursPolicy.NEXT_WORKING_DAY``.
DEFAULT_CLOSING: Final = time(16, 0)

_REGION_CODE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")


class BodyType(enum.Enum):
    """What type of badan publik (UU 14/2008 Pasal 1 angka 3; PP 61/2010 Pasal 1 angka 3)."""

    #: Badan Publik Negara: executive, legislative, judicial or other state-funded body.
    STATE = "state"
    #: BUMN, BUMD or another state-owned enterprise (UU 14/2008 Pasal 14).
    STATE_ENTERPRISE = "state_enterprise"
    #: A political party (UU 14/2008 Pasal 15).
    POLITICAL_PARTY = "political_party"
    #: A non-governmental organisation funded by public money or donations (Pasal 16).
    NGO = "ngo"

    @property
    def is_state_body(self) -> bool:
        """Whether this is a Badan Publik Negara (its court is the PTUN, Pasal 47 ayat (1))."""
        return self is BodyType.STATE


class BodyLevel(enum.Enum):
    """The level of government a body belongs to (decides the competent Komisi Informasi)."""

    CENTRAL = "central"
    PROVINCE = "province"
    REGENCY_CITY = "regency_city"
    VILLAGE = "village"


class AfterHoursPolicy(enum.Enum):
    """How a request received outside service hours is dated (decision D-7)."""

    #: The local date of receipt counts, whatever the hour (UU 14/2008 Pasal 22 ayat (7)).
    SAME_DAY = "same_day"
    #: Received after closing time or on a day off: deemed received the next working day.
    NEXT_WORKING_DAY = "next_working_day"


@lru_cache(maxsize=64)
def _zone(key: str) -> ZoneInfo:
    return ZoneInfo(key)


def zone(name: str) -> ZoneInfo:
    """The :class:`~zoneinfo.ZoneInfo` for an IANA name or ``WIB``/``WITA``/``WIT``.

    Raises:
        kiplib.errors.UnknownTimezoneError: any other name, or a value that is not a string.
    """
    if not isinstance(name, str):
        raise UnknownTimezoneError(field="timezone", value=repr(name)[:80])
    found = _KNOWN_ZONES.get(name)
    if found is not None:
        return found
    key = TIMEZONE_ALIASES.get(name.strip().upper(), name.strip())
    # IANA names are short ASCII paths; anything else is refused before the system is asked.
    if not key or len(key) > 64 or not key.isascii() or "\x00" in key:
        raise UnknownTimezoneError(field="timezone", value=repr(name)[:80])
    try:
        found = _zone(key)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):
        raise UnknownTimezoneError(field="timezone", value=repr(name)[:80]) from None
    if len(_KNOWN_ZONES) < 256:  # every spelling seen, bounded: asked for on every instant
        _KNOWN_ZONES[name] = found
    return found


_KNOWN_ZONES: dict[str, ZoneInfo] = {}


def _normalize_timezone(value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise UnknownTimezoneError(field="timezone", value=repr(value)[:80])
    key = TIMEZONE_ALIASES.get(value.strip().upper(), value.strip())
    zone(key)
    return key


def _check_name(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(
            field=attribute.name, value=repr(value), reason=N_("nama badan publik wajib diisi")
        )


def _check_region(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not _REGION_CODE.match(value)):
        raise InvalidInputError(
            field=attribute.name,
            value=repr(value),
            reason=N_("kode wilayah Kemendagri berbentuk 33, 33.13, 33.13.01 atau 33.13.01.2001"),
        )


def _check_optional_name(
    _inst: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidInputError(
            field=attribute.name, value=repr(value), reason=N_("nama pejabat tidak boleh kosong")
        )


def _body_type(value: object) -> BodyType:
    return to_enum(BodyType, value, "body_type")


def _level(value: object) -> BodyLevel:
    return to_enum(BodyLevel, value, "level")


def _after_hours(value: object) -> AfterHoursPolicy | None:
    return None if value is None else to_enum(AfterHoursPolicy, value, "after_hours")


@attrs.frozen(cache_hash=True)
class PublicBody:
    """A badan publik: its name, time zone and the policies that change how days are counted.

    Attributes:
        name: the body's name, e.g. ``"Dinas Kesehatan Kabupaten Karanganyar"``.
        timezone: IANA zone (``Asia/Jakarta`` WIB, ``Asia/Pontianak``, ``Asia/Makassar`` WITA,
            ``Asia/Jayapura`` WIT) or the abbreviation; every instant is turned into this
            zone's local date before counting. ``None`` (not set): the zone a district plugin
            sets for the body's region, else WIB (:data:`DEFAULT_TIMEZONE`). A zone the body
            sets itself always wins over a plugin's.
        body_type: Badan Publik Negara (default), BUMN/BUMD, political party or NGO.
        level: central, province, regency/city or village.
        region_code: the Kemendagri region code (``"33.13"`` Kabupaten Karanganyar), which
            plugins use to find the district rules that govern the body.
        observes_cuti_bersama: whether cuti bersama are days off. ``None`` follows D-4: yes
            for a Badan Publik Negara, no for other bodies (the ASN leave decree does not bind
            them, and counting those days keeps their deadlines no later than the law's).
        after_hours: how a request received outside service hours is dated (D-7); ``None``
            (not set): the district's policy, else the day of receipt counts.
        service_closes_at: local closing time, used with ``AfterHoursPolicy.NEXT_WORKING_DAY``;
            ``None`` (not set): the district's, else 16.00 (:data:`DEFAULT_CLOSING`).
        atasan_ppid: who answers a keberatan (the *atasan PPID*, UU 14/2008 Pasal 35 ayat (1)
            and its Penjelasan). ``None`` means the usual officer for the body's level: the
            Sekretaris Daerah at a provincial or regency/city government, the Kepala Desa in a
            village, the head (*pimpinan*) of the body elsewhere (see :attr:`objection_officer`).
        province_commission: whether the Komisi Informasi of the body's province is formed
            (every province must have one, Pasal 60; default ``True``).
        regency_commission: whether a Komisi Informasi of the body's regency/city is formed
            (optional, "jika dibutuhkan", Pasal 24 ayat (1); default ``False``).

    Examples:
        >>> PublicBody(name="Diskominfo Kota Jayapura", timezone="WIT").timezone
        'Asia/Jayapura'
    """

    name: str = attrs.field(validator=_check_name)
    timezone: str | None = attrs.field(default=None, converter=_normalize_timezone)
    body_type: BodyType = attrs.field(default=BodyType.STATE, converter=_body_type)
    level: BodyLevel = attrs.field(default=BodyLevel.CENTRAL, converter=_level)
    region_code: str | None = attrs.field(default=None, validator=_check_region)
    observes_cuti_bersama: bool | None = attrs.field(
        default=None, validator=optional_instance_of(bool)
    )
    after_hours: AfterHoursPolicy | None = attrs.field(default=None, converter=_after_hours)
    service_closes_at: time | None = attrs.field(default=None, validator=optional_instance_of(time))
    atasan_ppid: str | None = attrs.field(default=None, validator=_check_optional_name)
    province_commission: bool = attrs.field(default=True, validator=boolean)
    regency_commission: bool = attrs.field(default=False, validator=boolean)

    @property
    def cuti_bersama_off(self) -> bool:
        """Whether cuti bersama are days off for this body (D-4, see ``observes_cuti_bersama``)."""
        if self.observes_cuti_bersama is not None:
            return self.observes_cuti_bersama
        return self.body_type.is_state_body

    @property
    def zone(self) -> ZoneInfo:
        """The body's time zone (WIB when not set; a rule book settles a district's zone)."""
        return zone(self.timezone or DEFAULT_TIMEZONE)

    @property
    def objection_officer(self) -> str:
        """Who answers a keberatan: :attr:`atasan_ppid`, else the usual officer for the level.

        The Sekretaris Daerah at a provincial or regency/city government body (Permendagri
        3/2017 practice), the Kepala Desa in a village (Perki 1/2018 Pasal 8), the head of the
        body elsewhere (Penjelasan UU 14/2008 Pasal 35 ayat (1): the PPID's direct superior).
        The name is in Bahasa Indonesia, as it appears on letters.
        """
        if self.atasan_ppid is not None:
            return self.atasan_ppid
        if self.body_type.is_state_body and self.level in (
            BodyLevel.PROVINCE,
            BodyLevel.REGENCY_CITY,
        ):
            return "Sekretaris Daerah"
        if self.level is BodyLevel.VILLAGE:
            return "Kepala Desa"
        return "Pimpinan " + self.name

    @property
    def zone_abbreviation(self) -> str:
        """``WIB``, ``WITA``, ``WIT`` or the IANA name for a zone outside Indonesia."""
        key = self.timezone or DEFAULT_TIMEZONE
        return ZONE_ABBREVIATIONS.get(key, key)


#: The body assumed when none is given: a Badan Publik Negara in WIB.
DEFAULT_BODY: Final = PublicBody(name="Badan Publik")
