"""Write catalogs/*.toml from the team's reference data plus curated corrections.

Run from the repository root with ../shared beside it:

    python tools/build_catalogs.py

The reference file (../shared/reference/domain_data.json) lists every source behind each
figure, with the spread across sources. This script keeps those figures and their sources,
maps field names onto the catalog schema, and applies the corrections in CORRECTIONS and
PLACES below (each with its own source), for gaps the reference left open. The catalogs
are committed; this script documents how they were derived and is not used at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalog_additions import EXTRA_AIRFRAMES, FERRY, TANKS

REF = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "domain_data.json"
OUT = Path(__file__).resolve().parents[1] / "catalogs"

FIELD_MAP = {
    "empty_weight": ("empty_mass", "mass"),
    "mtow": ("max_takeoff_mass", "mass"),
    "internal_fuel": ("internal_fuel", "mass"),
    "max_payload": ("max_payload", "mass"),
    "cruise_speed": ("cruise_speed", "speed"),
    "ferry_range": ("ferry_range", "length"),
    "max_speed": ("max_speed", "speed"),
    "service_ceiling": ("service_ceiling", "length"),
}
ORDER = [
    "empty_mass",
    "max_takeoff_mass",
    "internal_fuel",
    "max_payload",
    "cruise_speed",
    "ferry_range",
    "max_speed",
    "service_ceiling",
]

ISA_NOTE = (
    "derived, no type-specific published figure found: best-range cruise of a jet combat "
    "aircraft taken as Mach 0.80-0.90 at 11,000 m, where the ISA speed of sound is 295.07 m/s "
    "= 1,062 km/h (ICAO Doc 7488/3, Manual of the ICAO Standard Atmosphere, table of "
    "speed of sound by geopotential altitude)"
)
DCS = "github:Quaggles/dcs-lua-datamine _G/db/Units/Planes/Plane/{}.lua (DCS World game unit DB, V_opt; game data)"


def derived_cruise(name: str, dcs: str | None, extra: str = "") -> dict[str, object]:
    note = "Speed matters for block time, not for calibrated range (Breguet uses V*L/D/c)."
    if dcs:
        note += f" Cross-check, not in spread: {dcs}."
    if extra:
        note += " " + extra
    return {
        "value": "900 km/h",
        "low": "850 km/h",
        "high": "955 km/h",
        "source": ISA_NOTE,
        "note": note,
    }


# Corrections and gap-fills, each with its source. Keys are catalog field names.
CORRECTIONS: dict[str, dict[str, object]] = {
    "Tu-22M3": {
        "aerial_refueling": "none",
        "aliases": ["Backfire-C", "Backfire", "Tu-22M"],
        "role": "long-range bomber",
        "operators": ["RU"],
        "note": (
            "In-service Tu-22M3 has no refuelling probe: removed under SALT II and refitted "
            "only on the Tu-22M3M (Kommersant 2019, https://www.kommersant.ru/doc/3989871; "
            "Interfax-AVN 2018 via https://kramtp.info/novosti/interesnoe/full/64965)."
        ),
    },
    "Su-34": {
        "cruise_speed": derived_cruise(
            "Su-34", DCS.format("Su-34") + ": 612 km/h, likely a low-level figure"
        ),
        "aliases": ["Fullback", "Su-32"],
        "role": "strike fighter",
        "operators": ["RU"],
    },
    "Su-30SM": {
        "cruise_speed": derived_cruise(
            "Su-30SM",
            DCS.format("Su-30") + ": 612 km/h for a generic Su-30",
            "komputerswiat.pl (https://www.komputerswiat.pl/aktualnosci/militaria/"
            "katastrofa-rosyjskiego-mysliwca-su-30-zaloga-zginela-na-miejscu/ztct8e9) quotes a "
            "'cruise speed' of 1,100 km/h, above Mach 1 at altitude and so not a best-range "
            "speed; left out of the spread.",
        ),
        "ferry_range": {
            "value": "3,000 km",
            "source": (
                "3,000 km: https://www.komputerswiat.pl/aktualnosci/militaria/katastrofa-rosyjskiego-"
                "mysliwca-su-30-zaloga-zginela-na-miejscu/ztct8e9 (operating range ~3,000 km); "
                "3,000 km on internal fuel for the Su-30MKI (idrw.org); 1,500 km: "
                "https://tass.com/emergencies/1292685 [not in spread]"
            ),
            "note": (
                "TASS's 1,500 km 'operating range' is left out of the spread: the reference "
                "flags it as likely a radius or practical range, and at 1,500 km ferry the "
                "Su-30SM could not fly its published 1,500 km radius."
            ),
        },
        "aliases": ["Flanker-H"],
        "role": "multirole fighter",
        "operators": ["RU"],
    },
    "Su-35S": {
        "cruise_speed": derived_cruise("Su-35S", None),
        "internal_fuel": {
            "value": "11,500 kg",
            "low": "11,200 kg",
            "high": "11,500 kg",
            "source": (
                "11,500 kg: KnAAPO Su-35 product card (https://web.archive.org/web/20180603154308/"
                "http://www.knaapo.ru/products/su-35/); 11,500 kg: Take-Off magazine Aug-Sep 2007 "
                "(https://web.archive.org/web/20110728073121/http://www.sukhoi.org/files/"
                "su_news_29-08-07_eng.pdf); 11,500 kg: Aviation Week Flanker dossier 2014; "
                "11,200 kg: Sukhoi Su-35S product page (https://web.archive.org/web/20190420140710/"
                "https://www.sukhoi.org/products/samolety/256/); 11,300 kg: https://russianknights.ru/su-35/"
            ),
            "note": "Pages read through a GitHub transcription of them; 14,300 kg with two drop tanks (Take-Off 2007).",
        },
        "aliases": ["Flanker-E", "Su-35"],
        "role": "air superiority fighter",
        "operators": ["RU"],
    },
    "Su-24M": {
        "cruise_speed": derived_cruise("Su-24M", DCS.format("Su-24M") + ": 756 km/h"),
        "takeoff_run": {
            "value": "1,200 m",
            "low": "1,150 m",
            "high": "1,250 m",
            "source": "https://arh-info.ru/proisshestvie/28486-delovoy-peterburg-samolet-su-m-razbilsya-v-habarovskom-krae.html",
            "note": "'take-off run 1,150-1,250 m' (landing roll 950-1,000 m); mass not stated, taken as the maximum take-off mass",
        },
        "aliases": ["Fencer", "Fencer-D"],
        "role": "strike aircraft",
        "operators": ["RU"],
    },
    "Tu-160": {
        "aliases": ["Blackjack", "White Swan"],
        "role": "strategic bomber",
        "operators": ["RU"],
    },
    "Tu-95MS": {"aliases": ["Bear-H", "Bear"], "role": "strategic bomber", "operators": ["RU"]},
    "Il-76MD": {
        "aerial_refueling": "none",
        "aliases": ["Candid"],
        "role": "transport",
        "operators": ["RU"],
    },
    "Il-78M": {
        "aerial_refueling": "none",
        "refueling_system": "drogue",
        "offload": [
            {
                "value": "74,000 kg",
                "distance": "1,000 km",
                "source": "https://www.aviationtitans.com/?p=6191",
                "note": "Il-78M design figure (the basic Il-78: 42 t at 1,000 km)",
            },
            {
                "value": "40,000 kg",
                "distance": "3,000 km",
                "source": "AIN 2017 via https://scramble.nl./community/messageboard/topic?p=863679",
            },
        ],
        "aliases": ["Midas"],
        "role": "tanker",
        "operators": ["RU"],
        "note": (
            "Tanker, not a receiver: three UPAZ-1 probe-and-drogue pods. Offload depends on "
            "distance: about 74 t at 1,000 km (https://www.aviationtitans.com/?p=6191) and 40 t "
            "at 3,000 km (AIN 2017 via https://scramble.nl./community/messageboard/topic?p=863679). "
            "Cruise figures are refuelling-track speeds."
        ),
    },
    "MiG-31": {
        "max_payload": {
            "value": "4,000 kg",
            "source": "https://tech.wp.pl/alarmy-lotnicze-w-ukrainie-to-dlatego-trwaja-coraz-dluzej,6961948068321984a",
            "note": (
                "Lower bound only: the MiG-31K carries one Kh-47M2 Kinzhal of 'more than 4 t'. "
                "No published maximum weapon load found."
            ),
        },
        "aliases": ["Foxhound"],
        "role": "interceptor",
        "operators": ["RU"],
    },
    "B-1B": {
        "cruise_speed": derived_cruise("B-1B", DCS.format("B-1B") + ": 781 km/h"),
        "aliases": ["Lancer", "Bone"],
        "role": "strategic bomber",
        "operators": ["US"],
    },
    "B-52H": {
        "cruise_speed": {
            "value": "845 km/h",
            "low": "817 km/h",
            "high": "847 km/h",
            "source": (
                "845 km/h (525 mph): https://visualfoodie.com/how-fast-is-the-b-52h-stratofortress-bomber; "
                "847 km/h (526 mph, Vietnam-era B-52): https://www.pbs.org/battlefieldvietnam/air/b52.html; "
                "817 km/h: " + DCS.format("B-52H")
            ),
            "note": "Weak sources that agree; the 650 km/h of aircraftdb.online is left out as implausible.",
        },
        "aliases": ["Stratofortress", "BUFF"],
        "role": "strategic bomber",
        "operators": ["US"],
    },
    "F-15E": {
        "cruise_speed": {
            "value": "900 km/h",
            "low": "850 km/h",
            "high": "955 km/h",
            "source": (
                "Mach 0.9 without afterburner for the F-15 family (Popular Mechanics via "
                "https://sputniknews.jp/amp/20200421/7382390.html) = 955 km/h at 11,000 m; band: "
                + ISA_NOTE
            ),
            "note": "Cross-check, not in spread: " + DCS.format("F-15E") + ": 792 km/h.",
        },
        "aliases": ["Strike Eagle", "Mudhen"],
        "role": "strike fighter",
        "operators": ["US"],
    },
    "F-16C": {
        "cruise_speed": derived_cruise("F-16C", DCS.format("F-16C bl.50") + ": 792 km/h"),
        "max_payload": {
            "value": "7,700 kg",
            "low": "7,700 kg",
            "high": "7,800 kg",
            "source": (
                "7,800 kg (17,000 lb on nine hardpoints): https://israelnoticias.com/militar/"
                "el-f-16-fighting-falcon-maximiza-7-8-toneladas-de-armamento; 7,711 kg "
                "(17,000 lb): https://israelnoticias.com/militar/el-f-16-vuela-rapido-maniobra-mejor-y-golpea-con-precision"
            ),
            "note": "One outlet, two articles; the same article gives 7,700 kg for the wing stations.",
        },
        "aliases": ["Fighting Falcon", "Viper"],
        "role": "multirole fighter",
        "operators": ["US"],
    },
    "F-111F": {
        "internal_fuel": {
            "value": "15,500 kg",
            "source": "github:Quaggles/dcs-lua-datamine _G/db/Units/Planes/Plane/F-111F.lua @daf8d38 (DCS World game unit DB, M_fuel_max; game data)",
            "note": "No published figure found; game data only, treat with caution.",
        },
        "aliases": ["Aardvark"],
        "role": "strike aircraft",
        "operators": ["US"],
    },
    "Vulcan B.2": {
        "empty_mass": {
            "value": "37,908 kg",
            "low": "37,908 kg",
            "high": "48,500 kg",
            "source": (
                "37,908 kg (83,573 lb, equipped and crewed, B.1): stored copy of Wikipedia "
                "'Avro Vulcan' specifications citing Polmar and Laming; 48,500 kg: upper bound "
                "derived from the B.2's 204,000 lb maximum take-off mass less 9,500 gal of fuel "
                "and 21,000 lb of bombs (https://mtsn.org.uk/Concordia/2013%20Winter/files/assets/basic-html/page19.html)"
            ),
            "note": "No B.2-specific empty mass found; museum plates of 72-77 t are implausible.",
        },
        "aliases": ["Vulcan", "Avro Vulcan"],
        "role": "strategic bomber",
        "operators": ["GB"],
    },
    "B-2A": {"aliases": ["Spirit"], "role": "strategic bomber", "operators": ["US"]},
    "KC-135R": {
        "aerial_refueling": "none",
        "refueling_system": "boom and drogue",
        "offload": [
            {
                "value": "68,039 kg",
                "distance": "2,414 km",
                "source": "https://www.nationalmuseum.af.mil/Visit/Museum-Exhibits/Fact-Sheets/Display/Article/3123510/boeing-kc-135r-stratotanker/",
                "note": "150,000 lb of transfer fuel at a 1,500 mi radius",
            },
            {
                "value": "74,000 lb",
                "distance": "2,000 nmi",
                "source": "T. Clancy, Airborne (1997), ch. on tankers, via https://readonlinefree.net/read-online-airborne-1997-full/books-37 (weak mirror)",
                "note": "'fly out 2,000 nm and off-load as much as 74,000 lb'; said of the KC-135 in general, the variant not stated",
            },
        ],
        "aliases": ["Stratotanker"],
        "role": "tanker",
        "operators": ["US"],
        "note": "Tanker; only a few KC-135R(RT) can receive fuel. Offload 68,039 kg at 2,414 km radius (NMUSAF fact sheet) and 74,000 lb at 2,000 nmi (Clancy, Airborne, 1997).",
    },
}

REFUEL = {
    "Su-34": "probe",
    "Su-30SM": "probe",
    "Su-35S": "probe",
    "Su-24M": "probe",
    "Tu-160": "probe",
    "Tu-95MS": "probe",
    "MiG-31": "probe",
    "Vulcan B.2": "probe",
    "B-1B": "boom",
    "B-52H": "boom",
    "F-15E": "boom",
    "F-16C": "boom",
    "F-111F": "boom",
    "B-2A": "boom",
}

# Combat-radius points whose source states a payload or profile (by value, unit).
RADIUS_EXTRA = {
    ("Tu-22M3", 2500): {"payload": "24,000 kg"},
    ("F-16C", 550): {"payload": "1,361 kg", "profile": "hi-lo-hi"},
    ("Vulcan B.2", 1500): {"payload": "4,536 kg", "profile": "hi-hi-hi"},
    # The F-15E flies with its conformal tanks bolted on (USAF workbook ACG-3, F-15E fuel
    # system: https://github.com/deux2k5/Workbooks/blob/master/acg/ACG-3_Fuel_System.txt),
    # so its published radius is read with them.
    ("F-15E", 790): {"tanks": ["2 x CFT"]},
}

PLACES: dict[str, dict[str, object]] = {
    "Hamadan / Shahid Nojeh AB (OIHS)": {
        "name": "Hamadan",
        "kind": "airbase",
        "country": "IR",
        "icao": "OIHS",
        "iata": "NUJ",
        "aliases": ["Shahid Nojeh", "Nojeh", "Hamadan Air Base", "Hamedan", "Hameden"],
        "elevation": {
            "value": "1,711 m",
            "low": "1,710 m",
            "high": "1,711 m",
            "source": "1,711 m (5,613 ft): https://it.qaz.wiki/wiki/Hamadan_Airbase; 1,710 m: https://wikipedia.jakami.de/content/wikipedia_de_all_mini_2023-10/A/Milit%C3%A4rflugplatz_Hamadan (cites the eAIP)",
        },
        "runway_length": {
            "value": "4,359 m",
            "low": "4,300 m",
            "high": "4,359 m",
            "source": "4,359 m (13R/31L; 05/23 is 3,936 m): https://it.qaz.wiki/wiki/Hamadan_Airbase; about 4,300 m: TASS",
        },
    },
    "Mozdok AB (URMF)": {
        "name": "Mozdok",
        "kind": "airbase",
        "country": "RU",
        "icao": "URMF",
        "aliases": ["Mozdok Air Base"],
        "elevation": {
            "value": "150 m",
            "low": "145 m",
            "high": "155 m",
            "source": "145 m: github:Quaggles/dcs-lua-datamine (DCS World terrain); 154.6 m: a second game-data source; game data only, no published figure found",
        },
        "runway_length": {
            "value": "3,500 m",
            "source": "https://fr.wikipedia.org/wiki/URMF (3,500 m and 2,960 m runways)",
        },
    },
    "Engels-2 (XWSG)": {
        "name": "Engels-2",
        "kind": "airbase",
        "country": "RU",
        "icao": "XWSG",
        "aliases": ["Engels"],
        "elevation": {
            "value": "37 m",
            "low": "37 m",
            "high": "39 m",
            "source": "37 m: http://piglix.com/piglix/Engels-2; 39 m: a German Wikipedia mirror; airportsdata lists 128 ft (39 m)",
        },
        "runway_length": {"value": "3,500 m", "source": "http://piglix.com/piglix/Engels-2"},
    },
    "Khmeimim AB (Latakia)": {
        "name": "Khmeimim",
        "kind": "airbase",
        "country": "SY",
        "icao": "OSLK",
        "iata": "LTK",
        "aliases": ["Hmeimim", "Hmeymim", "Latakia air base", "Bassel Al-Assad"],
        "elevation": {
            "value": "48 m",
            "source": "https://askwikinow.com/view_html.php?lang=en&q=Khmeimim_Air_Base (48 m); airportsdata lists 157 ft (48 m)",
        },
        "runway_length": {
            "value": "2,797 m",
            "low": "2,797 m",
            "high": "3,200 m",
            "source": "2,797 m (two runways, before 2021): https://askwikinow.com/view_html.php?lang=en&q=Khmeimim_Air_Base; 3,200 m after lengthening in 2021: The Drive as reported by dosug.md",
        },
    },
    "Deir ez-Zor (city)": {
        "name": "Deir ez-Zor",
        "kind": "city",
        "country": "SY",
        "aliases": ["Deir al-Zor", "Dayr az-Zawr", "Deir Ezzor"],
    },
    "Raqqa": {
        "name": "Raqqa",
        "kind": "city",
        "country": "SY",
        "aliases": ["Ar-Raqqah", "Raqqah", "Rakka"],
    },
    "Aleppo": {"name": "Aleppo", "kind": "city", "country": "SY", "aliases": ["Halab"]},
    "Palmyra (modern city)": {
        "name": "Palmyra",
        "kind": "city",
        "country": "SY",
        "aliases": ["Tadmur", "Tadmor"],
    },
    "Idlib": {"name": "Idlib", "kind": "city", "country": "SY", "aliases": ["Idleb"]},
    "Southern Caspian Kalibr launch area (Oct 2015)": {
        "name": "Southern Caspian launch area",
        "kind": "sea area",
        "aliases": ["Caspian launch area", "South Caspian"],
    },
    "Strait of Hormuz": {"name": "Strait of Hormuz", "kind": "strait", "aliases": ["Hormuz"]},
    "Incirlik AB (LTAG)": {
        "name": "Incirlik",
        "kind": "airbase",
        "country": "TR",
        "icao": "LTAG",
        "aliases": ["Incirlik Air Base"],
    },
    "Al Udeid AB (OTBH)": {
        "name": "Al Udeid",
        "kind": "airbase",
        "country": "QA",
        "icao": "OTBH",
        "aliases": ["Al Udeid Air Base"],
    },
    "RAF Akrotiri (LCRA)": {
        "name": "RAF Akrotiri",
        "kind": "airbase",
        "country": "CY",
        "icao": "LCRA",
        "aliases": ["Akrotiri"],
        "extra_note": "In a UK Sovereign Base Area; ISO 3166-1 has no code for it and boundary data place it in Cyprus.",
    },
    "RAF Lakenheath (EGUL)": {
        "name": "RAF Lakenheath",
        "kind": "airbase",
        "country": "GB",
        "icao": "EGUL",
        "aliases": ["Lakenheath"],
    },
    "Tripoli - Bab al-Azizia": {
        "name": "Bab al-Azizia",
        "kind": "site",
        "country": "LY",
        "aliases": ["Tripoli Bab al-Azizia"],
    },
    "Ascension Island - Wideawake (FHAW)": {
        "name": "Wideawake",
        "kind": "airbase",
        "country": "SH",
        "icao": "FHAW",
        "aliases": ["Ascension Island", "RAF Ascension Island"],
    },
    "Port Stanley Airport (SFAL)": {
        "name": "Port Stanley",
        "kind": "airport",
        "country": "FK",
        "icao": "SFAL",
        "aliases": ["Stanley Airport"],
    },
    "Etzion AB (Sinai, 1981) ~ Taba Intl": {
        "name": "Etzion (approximate)",
        "kind": "airbase",
        "country": "EG",
        "aliases": ["Etzion", "Etzion Air Base"],
    },
    "Ovda / Uvda AB (LLOV)": {
        "name": "Ovda",
        "kind": "airbase",
        "country": "IL",
        "icao": "LLOV",
        "aliases": ["Uvda"],
    },
    "Osirak / Tuwaitha": {
        "name": "Osirak",
        "kind": "site",
        "country": "IQ",
        "aliases": ["Tuwaitha", "Tammuz"],
    },
    "Tunis - Hammam Chott PLO HQ (1985)": {
        "name": "Hammam Chott",
        "kind": "site",
        "country": "TN",
        "aliases": [],
    },
    "Whiteman AFB (KSZL)": {
        "name": "Whiteman AFB",
        "kind": "airbase",
        "country": "US",
        "icao": "KSZL",
        "aliases": ["Whiteman"],
    },
    "Olenya / Olenegorsk AB": {
        "name": "Olenya",
        "kind": "airbase",
        "country": "RU",
        "aliases": ["Olenegorsk"],
    },
    "Tel Nof AB": {"name": "Tel Nof", "kind": "airbase", "country": "IL", "aliases": []},
    "Ramon AB": {
        "name": "Ramon AB",
        "kind": "airbase",
        "country": "IL",
        "icao": "LLRM",
        "aliases": ["Ramon Airbase"],
    },
    "Hatzerim AB": {
        "name": "Hatzerim",
        "kind": "airbase",
        "country": "IL",
        "icao": "LLHB",
        "aliases": [],
    },
    "Al Kibar reactor site (Deir ez-Zor)": {
        "name": "Al Kibar",
        "kind": "site",
        "country": "SY",
        "aliases": ["Al Kibar reactor"],
    },
}

WEAPONS = {
    "3M-14 Kalibr (land attack)": {
        "name": "3M-14 Kalibr",
        "kind": "cruise missile",
        "aliases": ["Kalibr", "3M-14", "SS-N-30A"],
        "launch_platforms": ["Buyan-M corvette", "Gepard frigate", "Kilo submarine"],
        "speed": {
            "value": "850 km/h",
            "low": "800 km/h",
            "high": "960 km/h",
            "source": "'subsonic' (https://it.sputniknews.com/mondo/201908308037916-Kalibr-esercitazioni-militari-russe-video/); Mach 0.65-0.75 at sea level = 800-920 km/h, 960 km/h upper bound of subsonic cruise at low level (ISA sea-level speed of sound 340.3 m/s, ICAO Doc 7488/3)",
            "note": "No numeric speed published in the sources found; derived band for a subsonic sea-skimming cruise missile.",
        },
    },
    "Kh-101": {
        "name": "Kh-101",
        "kind": "cruise missile",
        "aliases": ["X-101", "AS-23A"],
        "launch_platforms": ["Tu-95MS", "Tu-160"],
    },
    "Kh-555": {
        "name": "Kh-555",
        "kind": "cruise missile",
        "aliases": ["X-555", "AS-15C"],
        "launch_platforms": ["Tu-95MS", "Tu-160"],
    },
    "Kh-22": {
        "name": "Kh-22",
        "kind": "anti-ship missile",
        "aliases": ["X-22", "AS-4", "Kitchen"],
        "launch_platforms": ["Tu-22M3"],
    },
    "Tomahawk (TLAM)": {
        "name": "Tomahawk",
        "kind": "cruise missile",
        "aliases": ["TLAM", "BGM-109"],
        "launch_platforms": ["Arleigh Burke destroyer", "Ohio SSGN", "Virginia submarine"],
    },
    "FAB-500": {
        "name": "FAB-500",
        "kind": "bomb",
        "aliases": [],
        "launch_platforms": ["Tu-22M3", "Su-34", "Su-24M"],
    },
    "OFAB-250-270 / FAB-250": {
        "name": "OFAB-250-270",
        "kind": "bomb",
        "aliases": ["FAB-250", "FAB-250-270"],
        "launch_platforms": ["Tu-22M3", "Su-34", "Su-24M"],
    },
}
WEAPON_FIELDS = {
    "range": "range",
    "speed": "speed",
    "launch_mass": "mass",
    "warhead_mass": "warhead_mass",
    "mass": "mass",
}


#: Places the reference data lacks, each with its own source: border towns whose country
#: the boundaries alone cannot settle (Natural Earth 1:10m puts Kobani's published
#: coordinates 0.5 km inside Turkey; the town is Syrian).
EXTRA_PLACES: dict[str, dict[str, object]] = {
    "Kobani": {
        "lat": 36.8908,
        "lon": 38.3539,
        "kind": "city",
        "country": "SY",
        "source": "https://en.wikipedia.org/wiki/Kobani (36°53′27″N 38°21′14″E; Aleppo Governorate, Syria, on the border with Turkey opposite Mürşitpınar)",
        "aliases": ["Kobane", "Ayn al-Arab", "Ain al-Arab"],
    },
}


# Tank drag: loss of specific range per tank, derived by tools/derive_tank_drag.py from
# published ranges with and without tanks (no source states a drag directly).
DERIVED = "derived with the rangecalc ferry model by tools/derive_tank_drag.py: "
DROP_TANK_DRAG = {
    "value": "4 %",
    "low": "0 %",
    "high": "8 %",
    "source": DERIVED + "0 %: Su-35S 3,600 km clean against 4,500 km with two drop tanks "
    "(https://omdertimes.com/216712; Rostec via https://cn.apdnews.com/article/214d16b), "
    "which the model falls short of even with no drag; 4.0 % and 7.7 %: the rule of thumb "
    "that only about half a drop tank's fuel adds range (https://liquisearch.com/drop_tank/"
    "overview, weak), for two PTB-2000 on the Su-35S and two 370 gal tanks on the F-16C",
    "note": "One figure for every drop tank: no tank-specific drag was found.",
}
CONFORMAL_DRAG = {
    "value": "5.7 %",
    "low": "5.1 %",
    "high": "6.3 %",
    "source": DERIVED + "5.1-6.3 %: F-15 3,000 mi with three 610 gal tanks "
    "(Popular Mechanics via https://sputniknews.jp/amp/20200421/7382390.html) against 3,450 mi "
    "with conformal tanks as well (https://www.autoevolution.com/news/f-15-eagle-takes-off-"
    "from-nevada-for-the-last-time-packs-tanks-to-last-it-to-florida-187077.html), the 610 gal "
    "tanks at 0-7.7 %; 5.7 %: F-16I conformal pair adds about 25 % range "
    "(http://internacional.estadao.com.br/noticias/geral,israel-recebe-novos-cacas-americanos-"
    "de-longo-alcance,20040219p25539)",
}
INTERNAL_DRAG = {
    "value": "0 %",
    "low": "0 %",
    "high": "0 %",
    "source": "tanks inside the airframe add no drag",
}
# Ferry configurations the sources leave open: (one, other) for ferry_tanks.
FERRY_EITHER = {
    "F-16A": [[], ["2 x 370 gal wing", "300 gal centreline"]],
    "F-16C": [["2 x 370 gal wing"], ["2 x 370 gal wing", "300 gal centreline"]],
    "F-16I": [["2 x 370 gal wing"], ["2 x 370 gal wing", "300 gal centreline"]],
    "Su-24M": [[], ["2 x PTB-3000"]],
    "Tornado GR4": [[], ["2 x 1,500 L"]],
}
# Ferry ranges of the reference data kept as they are (the split was not an improvement).
FERRY_KEEP = ("MiG-31", "Su-24M")
# Internal fuel that double-counted the conformal tanks (DCS's F-15E figure includes them).
FUEL_FIX = {
    "F-15E": {
        "value": "6,101 kg",
        "low": "5,858 kg",
        "high": "6,101 kg",
        "source": (
            "13,450 lb (JP-8): https://github.com/deux2k5/Workbooks/blob/master/acg/ACG-3_Fuel_System.txt "
            "(USAF ACC student workbook ACG-3, F-15E fuel system: feed tanks, tank 1 and wing "
            "tanks) [=6,101 kg]; 5,858 kg: as in ../shared/reference/domain_data.md"
        ),
        "note": "Internal tanks only; the conformal tanks are listed under tanks. DCS's 10,246 kg includes them and is left out.",
    },
}


def tank_table(name: str) -> dict[str, object]:
    """The catalog's tanks of *name*, with their derived drag."""
    out: dict[str, object] = {}
    for tank, spec in TANKS.get(name, {}).items():
        entry: dict[str, object] = {"fuel": spec["fuel"]}
        internal = "internal" in str(spec.get("note", "")).lower() and "no external drag" in str(
            spec.get("note", "")
        )
        entry["drag"] = (
            INTERNAL_DRAG
            if internal
            else CONFORMAL_DRAG
            if spec.get("conformal")
            else DROP_TANK_DRAG
        )
        if spec.get("mass"):
            entry["mass"] = spec["mass"]
        if spec.get("conformal"):
            entry["conformal"] = True
        if spec.get("note"):
            entry["note"] = spec["note"]
        out[tank] = entry
    return out


def ferry_tanks(name: str, given: object) -> list[object]:
    if name in FERRY_EITHER:
        return list(FERRY_EITHER[name])
    if given is None:
        return []
    return list(given)  # type: ignore[call-overload]


def num(v: float) -> str:
    return f"{int(v):,}" if float(v) == int(v) else f"{v:,}"


def figure_from_ref(ref: dict) -> dict[str, object] | None:
    if not isinstance(ref, dict) or not isinstance(ref.get("value"), int | float):
        return None
    unit = ref.get("unit") or ""
    out: dict[str, object] = {"value": f"{num(ref['value'])} {unit}"}
    low, high = ref.get("low", ref["value"]), ref.get("high", ref["value"])
    if low is not None and high is not None and (low != ref["value"] or high != ref["value"]):
        out["low"] = f"{num(low)} {unit}"
        out["high"] = f"{num(high)} {unit}"
    parts = []
    for s in ref.get("sources", []):
        val = s.get("value")
        label = (
            f"{num(val)} {s.get('unit', '')}".strip() if isinstance(val, int | float) else str(val)
        )
        text = f"{label}: {s['source']}"
        if s.get("note"):
            text += f" ({s['note']})"
        if s.get("exclude_from_spread"):
            text += " [not in spread]"
        parts.append(text)
    if not parts:
        return None
    out["source"] = "; ".join(parts)
    if ref.get("note"):
        out["note"] = ref["note"]
    return out


def radius_points(name: str, ref: dict | None) -> list[dict[str, object]]:
    if not isinstance(ref, dict):
        return []
    points = []
    for s in ref.get("sources", []):
        if s.get("exclude_from_spread") or not isinstance(s.get("value"), int | float):
            continue
        point: dict[str, object] = {
            "value": f"{num(s['value'])} {s['unit']}",
            "source": s["source"],
        }
        if s.get("note"):
            point["note"] = s["note"]
        point.update(RADIUS_EXTRA.get((name, s["value"]), {}))
        points.append(point)
    return points


def clean(text: str) -> str:
    """Strip web-proxy prefixes that the reference kept from its retrieval."""
    return text.replace("https://fanyv88.com:443/https/", "https://")


def toml_key(k: str) -> str:
    """A bare key if TOML allows one, else a quoted key."""
    bare = k.replace("_", "").replace("-", "").isalnum() and k.isascii()
    return k if bare else json.dumps(k, ensure_ascii=False)


def toml_value(v: object) -> str:
    if isinstance(v, str):
        return json.dumps(clean(v), ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def write_table(lines: list[str], table: str, name: str, fields: dict[str, object]) -> None:
    lines.append(f"[{table}.{json.dumps(name, ensure_ascii=False)}]")
    arrays = ("combat_radius", "offload")
    for key, value in fields.items():
        if key in arrays:
            continue
        lines.append(f"{key} = {toml_value(value)}")
    for array in arrays:
        for point in fields.get(array, []) or []:  # type: ignore[union-attr]
            lines.append(f"[[{table}.{json.dumps(name, ensure_ascii=False)}.{array}]]")
            for key, value in point.items():
                lines.append(f"{key} = {toml_value(value)}")
    lines.append("")


HEADER = """# rangecalc catalog: {what}.
# Derived by tools/build_catalogs.py from the team's sourced reference data
# (../shared/reference/domain_data.md) plus the corrections listed in that script.
# Every figure carries its sources; low/high give the spread where sources disagree.
# Figures marked 'game data' come from the DCS World unit database and are weak.

"""


def main() -> int:
    ref = json.loads(REF.read_text())
    lines = [HEADER.format(what="airframes")]
    for name, a in ref["aircraft"].items():
        fields: dict[str, object] = {}
        for src_key, (dst, _) in FIELD_MAP.items():
            fig = figure_from_ref(a.get(src_key)) if a.get(src_key) else None
            if fig:
                fields[dst] = fig
        fields["aerial_refueling"] = REFUEL.get(name, "none")
        pts = radius_points(name, a.get("combat_radius"))
        corr = CORRECTIONS.get(name, {})
        fields.update({k: v for k, v in corr.items() if k != "note"})
        radius_note = (a.get("combat_radius") or {}).get("note")
        notes = [radius_note] if radius_note else []
        if corr.get("note"):
            notes.insert(0, str(corr["note"]))
        if notes:
            fields["note"] = " Radius sources: ".join(notes) if len(notes) > 1 else notes[0]
        if name in FERRY and name not in FERRY_KEEP:
            fields["ferry_range"] = FERRY[name]["ferry_range"]
        if name in FUEL_FIX:
            fields["internal_fuel"] = FUEL_FIX[name]
        tanks = tank_table(name)
        if tanks:
            fields["tanks"] = tanks
            fields["ferry_tanks"] = ferry_tanks(name, FERRY.get(name, {}).get("ferry_tanks"))
        ordered = {k: fields[k] for k in ORDER if k in fields}
        ordered.update({k: v for k, v in fields.items() if k not in ordered})
        if pts:
            ordered["combat_radius"] = pts
        missing = [k for k in ORDER[:6] if k not in ordered]
        if missing:
            print(f"{name}: missing {missing}", file=sys.stderr)
            return 1
        write_table(lines, "airframes", name, ordered)
    for name, spec in EXTRA_AIRFRAMES.items():
        fields = {k: v for k, v in spec.items() if k != "ferry_tanks" and v not in (None, [])}
        missing = [k for k in ORDER[:6] if k not in fields]
        if missing:
            print(f"{name}: missing {missing}", file=sys.stderr)
            return 1
        tanks = tank_table(name)
        if tanks:
            fields["tanks"] = tanks
            fields["ferry_tanks"] = ferry_tanks(name, spec.get("ferry_tanks"))
        write_table(lines, "airframes", name, fields)
    (OUT / "airframes.toml").write_text("\n".join(lines))

    lines = [HEADER.format(what="weapons")]
    for key, w in ref["weapons"].items():
        if key not in WEAPONS:
            print(f"skipping weapon {key!r}: no figures", file=sys.stderr)
            continue
        spec = dict(WEAPONS[key])
        name = str(spec.pop("name"))
        fields = {"kind": spec.pop("kind")}
        for src_key, dst in WEAPON_FIELDS.items():
            fig = figure_from_ref(w.get(src_key)) if isinstance(w.get(src_key), dict) else None
            if fig and dst not in fields:
                fields[dst] = fig
        fields.update(spec)
        write_table(lines, "weapons", name, fields)
    (OUT / "weapons.toml").write_text("\n".join(lines))

    lines = [HEADER.format(what="places")]
    for key, p in ref["places"].items():
        spec = dict(PLACES[key])
        name = str(spec.pop("name"))
        lat, lon = p.get("lat"), p.get("lon")
        source = p["source"]
        if lat is None:
            assumption = p["modelling_assumption"]
            lat, lon = assumption["lat"], assumption["lon"]
            source = f"{source}; coordinates: {assumption['note']}"
        fields = {"lat": lat, "lon": lon, "kind": spec.pop("kind")}
        if "country" in spec:
            fields["country"] = spec.pop("country")
        fields["source"] = source + (
            "; also: " + "; ".join(p["alt_sources"]) if p.get("alt_sources") else ""
        )
        extra_note = spec.pop("extra_note", None)
        notes = [x for x in (p.get("note"), extra_note) if x]
        fields.update({k: v for k, v in spec.items() if v})
        if notes:
            fields["note"] = " ".join(str(n) for n in notes)
        write_table(lines, "places", name, fields)
    for name, spec in EXTRA_PLACES.items():
        write_table(lines, "places", name, dict(spec))
    (OUT / "places.toml").write_text("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
