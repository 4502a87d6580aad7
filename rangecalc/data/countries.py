"""ISO 3166-1 alpha-2 country codes.

The 249 officially assigned codes of ISO 3166-1 (ISO Online Browsing Platform,
https://www.iso.org/obp/ui/#search/code/), as of the 2024 edition, and XK for Kosovo:
a user-assigned code (ISO 3166-1 reserves XA-XZ for such use) that the European
Commission, the IMF and Natural Earth use for a country ISO has not yet coded. Places
and airspace policies name countries by these codes; anything else is rejected with a
clear error.
"""

from __future__ import annotations

__all__ = ["ISO_ALPHA2", "is_country_code"]

ISO_ALPHA2: frozenset[str] = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
    BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
    DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
    GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
    KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
    MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
    PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
    SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
    US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW
    """.split()  # noqa: SIM905 - a block of codes reads better than 249 string literals
)


def is_country_code(code: str) -> bool:
    """True if *code* is an ISO 3166-1 alpha-2 code (upper case) or XK."""
    return code in ISO_ALPHA2
