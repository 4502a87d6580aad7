"""Catalog additions for rangecalc: extra airframes, drop/conformal tanks, ferry splits.

Data read by tools/build_catalogs.py (nothing here is read by rangecalc at run time);
compiled from stored public pages in Dec 2026. Three dicts, plus a list:

* EXTRA_AIRFRAMES  new airframes, fields as in catalogs/airframes.toml, plus
                   "ferry_tanks" (the configuration the published ferry_range was for).
* TANKS            airframe -> tank name -> {fuel, mass?, conformal, note}; no drag.
* FERRY            existing catalog airframes: one ferry_range figure per configuration.
* TANK_RANGE_PAIRS published pairs of ranges with and without tanks (for drag).

Conventions
-----------
* Each figure lists every source's own value ("value: url (what it says)").
* "(weak)" marks a forum, blog, wiki mirror, aggregator or hobby site.
* "(DCS World game unit DB; game data)" marks values read from the DCS World Lua
  database, here github:Quaggles/dcs-lua-datamine @afc4b4a3 (DCS 2.9.27.25183); game data
  is weak by definition.
* [calc] = converted or computed by us, not printed by the source. Fuel volumes are
  converted at 0.80 kg/L (6.7 lb/US gal) for JP-8/Avtur, 6.0 lb/US gal for AvGas;
  1 lb = 0.45359 kg, 1 US gal = 3.78541 L, 1 mi = 1.609 km, 1 nmi = 1.852 km.
* PROXY = no type-specific figure was found; the closest variant's figure is used and
  the note says which.
* "Derived cruise band": no published cruise speed; the catalog's own convention is used
  (best-range cruise Mach 0.80-0.90 at 11,000 m, ISA speed of sound 295.07 m/s =
  1,062 km/h, ICAO Doc 7488/3), exactly as for Su-34, Su-35S, F-16C in airframes.toml.
* A required field that could not be sourced even by proxy is None, with a comment.
* An "offload" of [] means no offload-vs-distance figure was found: leave the key out
  when writing TOML (the validator refuses an empty offload list).

Run ``python tools/catalog_additions.py`` to check that it imports and print a summary.
Tank drag is not here: tools/derive_tank_drag.py derives it and build_catalogs.py adds it.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- shared text

DCS = "(DCS World game unit DB; game data)"
DATAMINE = "github:Quaggles/dcs-lua-datamine @afc4b4a3"

CRUISE_BAND_SOURCE = (
    "derived, no type-specific published figure found: best-range cruise of a jet "
    "combat aircraft taken as Mach 0.80-0.90 at 11,000 m, where the ISA speed of sound "
    "is 295.07 m/s = 1,062 km/h (ICAO Doc 7488/3, Manual of the ICAO Standard "
    "Atmosphere, table of speed of sound by geopotential altitude)"
)


def _derived_cruise(note: str) -> dict:
    return {
        "value": "900 km/h",
        "low": "850 km/h",
        "high": "955 km/h",
        "source": CRUISE_BAND_SOURCE,
        "note": note,
    }


# =========================================================================== 1. AIRFRAMES

EXTRA_AIRFRAMES: dict[str, dict] = {
    # ------------------------------------------------------------------ F-16A (Netz)
    "F-16A": {
        "empty_mass": {
            "value": "7,387 kg",
            "source": (
                "16,285 lb: https://www.aerospaceutah.org/museum/our-collections/aircraft-collection/general-dynamics-f-16a-fighting-falcon-thunderbird/ (Hill Aerospace Museum, F-16A 81-0678, F100-PW-200, "
                "delivered 1982) [=7,387 kg calc]; not in spread: 8,853 kg, "
                f"{DATAMINE} _G/db/Units/Planes/Plane/F-16A.lua (M_empty) {DCS}, and 8,935 kg, "
                "https://radionacional.al/furnizimi-i-ukraines-me-avionet-luftarake-f-16-vjen-reagimi-i-forte-nga-rusia/ "
                "(generic F-16) (weak): later-block figures"
            ),
            "note": (
                "The only A-model figure found (Hill museum). DCS's F-16A shares its masses "
                "with the F-16C Block 52 and is left out."
            ),
        },
        "max_takeoff_mass": {
            "value": "17,010 kg",
            "low": "14,969 kg",
            "high": "17,010 kg",
            "source": (
                "37,500 lb: https://www.aerospaceutah.org/museum/our-collections/aircraft-collection/general-dynamics-f-16a-fighting-falcon-thunderbird/ (F-16A 81-0678, maximum) [=17,010 kg calc]; 37,500 lb: "
                "https://pimaair.org/?p=979 (F-16B with F100-PW-200, 'loaded'); 37,500 lb: "
                "http://armedforces.co.uk/Europeandefence/edequipment/edair/edair1a2.htm "
                "('max take off weight', generic F-16); 33,000 lb: https://obverse.co/air-park/f-16/ "
                "(museum F-16 with F100-PW-200, 'max takeoff') [=14,969 kg calc]"
            ),
            "note": "33,000 lb is probably an early limit; the Hill museum gives 37,500 lb for a 1982 F-16A.",
        },
        "internal_fuel": {
            "value": "3,175 kg",
            "low": "3,104 kg",
            "high": "3,175 kg",
            "source": (
                "7,000 lb: https://warriormaven.com/air/does-the-air-force-need-a-new-longer-range-low-cost-f-16-replacement "
                "('about 7,000 lb', generic F-16) [=3,175 kg calc]; 7,000 lb: "
                "http://baconblade.com/news/search?FORM=HDRSC6&q=Airplane+Fuel+Tank+Location "
                "(aggregator quoting the USAF: two wing tanks take an F-16 from 7,000 to "
                "12,000 lb) (weak); 3,104 kg: "
                f"{DATAMINE} _G/db/Units/Planes/Plane/F-16A.lua (M_fuel_max) {DCS}"
            ),
        },
        "max_payload": {
            "value": "7,700 kg",
            "high": "7,800 kg",
            "low": "7,700 kg",
            "source": (
                "PROXY (F-16C): 7,800 kg: https://israelnoticias.com/militar/el-f-16-fighting-falcon-maximiza-7-8-toneladas-de-armamento "
                "(17,000 lb on nine hardpoints); 7,711 kg: https://israelnoticias.com/militar/el-f-16-vuela-rapido-maniobra-mejor-y-golpea-con-precision "
                "(17,000 lb; same article: 7,700 kg on the wing stations)"
            ),
            "note": (
                "No F-16A payload figure found; F-16C figures used as proxy (same as the "
                "catalog's F-16C entry). Opera load per jet: 2 x Mk 84 (2,000 lb) + 2 AIM-9 "
                "+ 2 fuel tanks (https://www.f-16.net/f-16-news-article2277.html)."
            ),
        },
        "cruise_speed": _derived_cruise(
            "No F-16A cruise figure. Opera pilots flew at fuel-saving speeds, not the best "
            "speed for enemy airspace (Yadlin, https://amazingisraelis.org/operation-opera-israels-daring-1981-raid-on-saadam-husseins-osirick-nuclear-reactor/)."
        ),
        "ferry_range": {
            "value": "3,886 km",
            "low": "3,862 km",
            "high": "3,886 km",
            "source": (
                "2,415 mi: https://www.aerospaceutah.org/museum/our-collections/aircraft-collection/general-dynamics-f-16a-fighting-falcon-thunderbird/ (F-16A 81-0678, 'transit' range) [=3,886 km calc]; 2,400 mi: "
                "https://pimaair.org/?p=979 (F-16B museum plate, 'range') [=3,862 km calc]; "
                "not in spread: '3,200+ mi', https://www.airplanes.com/aircraft/military/f16-fighting-falcon/ (weak)"
            ),
            "note": (
                "Configuration NOT stated by either museum; on about 7,000 lb of internal fuel "
                "it very likely includes drop tanks, but no source says which."
            ),
        },
        "ferry_tanks": None,  # the sources do not say
        "max_speed": {
            "value": "2,120 km/h",
            "low": "2,120 km/h",
            "high": "2,180 km/h",
            "source": (
                f"2,120 km/h: {DATAMINE} _G/db/Units/Planes/Plane/F-16A.lua (V_max_h 588.9 m/s) {DCS}; "
                "M2.05: https://pimaair.org/?p=979 (F-16B) [=2,180 km/h calc at 11,000 m]"
            ),
        },
        "service_ceiling": {
            "value": "15,240 m",
            "low": "15,240 m",
            "high": "16,764 m",
            "source": (
                f"15,240 m: {DATAMINE} _G/db/Units/Planes/Plane/F-16A.lua (H_max) {DCS}; "
                "55,000 ft: https://pimaair.org/?p=979 (F-16B) [=16,764 m calc]"
            ),
        },
        "combat_radius": [
            {
                "value": "340 mi",
                "source": (
                    "https://www.aerospaceutah.org/museum/our-collections/aircraft-collection/general-dynamics-f-16a-fighting-falcon-thunderbird/ "
                    "(Hill Aerospace Museum, F-16A 81-0678: 'combat radius 340 miles', no load "
                    "stated); the same figure 'on internal stores': "
                    "https://nationalinterest.org./node/176042"
                ),
                "payload": {
                    "value": "2,722 kg",
                    "low": "1,814 kg",
                    "high": "2,722 kg",
                    "source": (
                        "six 1,000 lb bombs, hi-lo-hi: https://alchetron.com/Radius-of-action "
                        "('550 km (340 mi) on a hi-lo-hi mission with six 450 kg (1,000 lb) "
                        "bombs') (weak, wiki mirror) [=2,722 kg calc]; four 1,000 lb bombs, "
                        "hi-lo-hi: https://community.infiniteflight.com/t/f-16-fighting-falcon-rework/219451 "
                        "(forum copy of a Wikipedia specification) (weak) [=1,814 kg calc]"
                    ),
                },
                "profile": "hi-lo-hi",
                "note": (
                    "340 statute mi = 295 nmi = 547 km: one number, quoted for the generic F-16 "
                    "with four or six 1,000 lb bombs on a hi-lo-hi mission and on internal "
                    "fuel (all weak or generic sources; no General Dynamics or Jane's figure "
                    "found). Read so: internal fuel, hi-lo-hi, four to six bombs."
                ),
            },
        ],
        "aerial_refueling": "boom",
        "aliases": ["Netz", "F-16A Netz", "F-16A Block 10", "F-16A Block 15"],
        "role": "multirole fighter",
        "operators": ["IL", "US"],
        "note": (
            "Operation Opera (7 Jun 1981): 8 F-16A (the reactor was hit by Block 10 #243) "
            "with 6 F-15A escorts from Etzion; each F-16 carried 2 fuel tanks, 2 Mk 84 and "
            "2 AIM-9 (https://www.f-16.net/f-16-news-article2277.html); round trip about "
            "2,000 km (http://news.bbc.co.uk/2/hi/4774733.stm); no air refuelling "
            "(https://amazingisraelis.org/operation-opera-israels-daring-1981-raid-on-saadam-husseins-osirick-nuclear-reactor/). "
            "Which tanks (2 x 370 gal wing, 300 gal centreline, or the 600 gal wing tank) "
            "was NOT found. Boom receptacle as on all F-16s "
            "(https://twinandturbine.com/issue/Nov15/files/basic-html/page8.html), though "
            "unused on Opera. Masses are mostly later-block/game values: treat as weak."
        ),
    },
    # ------------------------------------------------------------------ F-16I (Sufa)
    "F-16I": {
        "empty_mass": {
            "value": "9,026 kg",
            "low": "8,853 kg",
            "high": "9,026 kg",
            "source": (
                "PROXY (F-16C): 9,026 kg: github:mrSkortch/DCS-miscScripts ObjectDB2/Aircraft/F-16C_50.lua @1e26e27 "
                f"(desc.massEmpty) {DCS}; 8,853 kg: {DATAMINE} _G/db/Units/Planes/Plane/F-16C bl.52d.lua (M_empty) {DCS}"
            ),
            "note": (
                "No F-16I figure found. Proxy: F-16C Block 50/52 game values (the catalog's "
                "F-16C entry). The F-16I is a heavily modified two-seat F-16D Block 52+ "
                "(http://alutsista.blogspot.com/2008/04/f-16i-soufa-grounded-by-fumes.html, weak), "
                "so its real empty mass is higher (two seats, CFT structure, extra avionics)."
            ),
        },
        "max_takeoff_mass": {
            "value": "19,187 kg",
            "low": "17,010 kg",
            "high": "19,700 kg",
            "source": (
                "PROXY (F-16C): 19,187 kg: github:mrSkortch/DCS-miscScripts ObjectDB2/Aircraft/F-16C_50.lua @1e26e27 "
                f"(desc.massMax) {DCS}; 42,300 lb: https://www.ngphoto.biz/project/f-15-vs-f-16-a-comparsion/ "
                "[=19,187 kg]; 37,500 lb: http://armedforces.co.uk/Europeandefence/edequipment/edair/edair1a2.htm "
                "(older blocks) [=17,010 kg calc]; 19,700 kg: https://thisvsthat.io/f-15-vs-f-16"
            ),
            "note": "F-16I-specific MTOW not found; F-16C proxy (same spread as the catalog's F-16C).",
        },
        "internal_fuel": {
            "value": "3,249 kg",
            "low": "3,104 kg",
            "high": "3,249 kg",
            "source": (
                "PROXY (F-16C): 3,249 kg: github:mrSkortch/DCS-miscScripts ObjectDB2/Aircraft/F-16C_50.lua @1e26e27 "
                f"(desc.fuelMassMax) {DCS}; 7,162 lb: github research note (find_string id 54219066899) "
                f"citing f-16.net [=3,249 kg]; 3,104 kg: {DATAMINE} _G/db/Units/Planes/Plane/F-16C bl.52d.lua (M_fuel_max) {DCS}"
            ),
            "note": (
                "Internal fuel WITHOUT the conformal tanks (the CFT pair is in TANKS['F-16I']). "
                "Single-seat proxy: a two-seat F-16D carries less internal fuel than a C, but "
                "no D/I figure was found, so this probably overstates."
            ),
        },
        "max_payload": {
            "value": "7,700 kg",
            "low": "7,700 kg",
            "high": "7,800 kg",
            "source": (
                "PROXY (F-16C): 7,800 kg: https://israelnoticias.com/militar/el-f-16-fighting-falcon-maximiza-7-8-toneladas-de-armamento; "
                "7,711 kg: https://israelnoticias.com/militar/el-f-16-vuela-rapido-maniobra-mejor-y-golpea-con-precision"
            ),
            "note": "No F-16I payload figure found; F-16C proxy.",
        },
        "cruise_speed": _derived_cruise("No F-16I cruise figure found."),
        "ferry_range": {
            "value": "4,220 km",
            "low": "3,669 km",
            "high": "4,223 km",
            "source": (
                "PROXY (F-16C): 4,220 km: https://thisvsthat.io/f-15-vs-f-16; 2,280 nmi: "
                "https://community.infiniteflight.com/t/f-16-fighting-falcon-rework/219451 "
                "(forum copy of the Wikipedia spec: ferry range 2,280 nmi 'with drop tanks') "
                "[=4,223 km calc] (weak); 2,280 mi: https://diff.wiki/index.php/Differences_between_F-15_and_F-16_Fighting_Falcon "
                "('ferry', probably the same 2,280 figure with the unit slipped to statute miles) [=3,669 km calc]"
            ),
            "note": (
                "F-16C ferry figure 'with drop tanks' (number and type of tanks NOT stated), "
                "no CFTs. No F-16I ferry range found; the only F-16I-specific statement is "
                "that the CFT pair adds about 25 % range "
                "(http://internacional.estadao.com.br/noticias/geral,israel-recebe-novos-cacas-americanos-de-longo-alcance,20040219p25539)."
            ),
        },
        "ferry_tanks": None,  # "with drop tanks", which ones not stated; no CFTs
        "max_speed": {
            "value": "2,120 km/h",
            "low": "2,120 km/h",
            "high": "2,414 km/h",
            "source": (
                "PROXY (F-16C): 2,120 km/h: github:mrSkortch/DCS-miscScripts ObjectDB2/Aircraft/F-16C_50.lua @1e26e27 "
                f"(desc.speedMax 588.9 m/s) {DCS}; 1,500 mph: http://armedforces.co.uk/Europeandefence/edequipment/edair/edair1a2.htm "
                "(Mach 2 at altitude) [=2,414 km/h calc]"
            ),
        },
        "aerial_refueling": "boom",
        "aliases": ["Sufa", "Soufa", "F-16I Sufa"],
        "role": "strike fighter",
        "operators": ["IL"],
        "note": (
            "Israeli two-seat derivative of the F-16D Block 52+ with F100-PW-229, conformal "
            "fuel tanks on the upper fuselage and Israeli avionics (alutsista blog quoting "
            "Defense Industry Daily, weak; https://israelforeignaffairs.com/2015/12/the-first-two-f-16i-sufa-jet-fighters-land-in-israel/). "
            "Every mass, fuel, payload and range figure is an F-16C PROXY: no F-16I figure "
            "was found. Delivery: Fort Worth - Azores - Israel, 21 h in total. Receiver: boom "
            "receptacle [inference: F-16 family]."
        ),
    },
    # ------------------------------------------------------------------ F-15I (Ra'am)
    "F-15I": {
        "empty_mass": {
            "value": "17,072 kg",
            "source": (
                "PROXY (F-15E): 17,072 kg: github:mrSkortch/DCS-miscScripts ObjectDB2/Aircraft/F-15E.lua @1e26e27 "
                f"(desc.massEmpty) {DCS}; same value in {DATAMINE} _G/db/Units/Planes/Plane/F-15E.lua (M_empty) {DCS}"
            ),
            "note": "F-15I masses taken from the F-15E (same airframe; Boeing pairs the two, https://boeing.mediaroom.com/1998-01-19-F-15I-THUNDERS-Arrive-in-Israel).",
        },
        "max_takeoff_mass": {
            "value": "36,741 kg",
            "source": (
                "PROXY (F-15E): 36,741 kg: github:mrSkortch/DCS-miscScripts ObjectDB2/Aircraft/F-15E.lua @1e26e27 "
                f"(desc.massMax) {DCS}; same value in {DATAMINE} _G/db/Units/Planes/Plane/F-15E.lua (M_max) {DCS}"
            ),
            "note": "F-15E proxy; only game data found for the F-15E's maximum take-off mass.",
        },
        "internal_fuel": {
            "value": "6,101 kg",
            "low": "5,858 kg",
            "high": "6,101 kg",
            "source": (
                "PROXY (F-15E): 13,450 lb: https://github.com/deux2k5/Workbooks/blob/master/acg/ACG-3_Fuel_System.txt "
                "(USAF ACC student workbook ACG-3, 1998, OCR transcription: feed tanks 1,250 + 1,550, "
                "tank 1 4,050, wings 2 x 3,300 lb) [=6,101 kg calc]; 5,858 kg: github research note "
                "(find_string id 54219066899) citing en.wikipedia.org/wiki/McDonnell_Douglas_F-15E_Strike_Eagle (internal only)"
            ),
            "note": (
                "Internal fuel WITHOUT the CFTs (CFTs are in TANKS['F-15I']). Cross-check: "
                "Graphic News gives 10,560 kg 'internal', which matches internal + CFT "
                "(13,450 + 9,800 lb = 10,546 kg) (http://46.235.172.94/Archive/arch-38000-38499/GN38133T_words_EN.txt)."
            ),
        },
        "max_payload": {
            "value": "10,433 kg",
            "low": "10,400 kg",
            "high": "10,433 kg",
            "source": (
                "PROXY (F-15E): 23,000 lb: https://diff.wiki/index.php/Differences_between_F-15_and_F-16_Fighting_Falcon "
                "('up to 23,000 lbs of ordnance') [=10,433 kg]; 10,400 kg: "
                "http://46.235.172.94/Archive/arch-38000-38499/GN38133T_words_EN.txt (Graphic News, F-15E payload)"
            ),
            "note": "F-15E proxy.",
        },
        "cruise_speed": {
            "value": "900 km/h",
            "low": "850 km/h",
            "high": "955 km/h",
            "source": (
                "PROXY (F-15 family): Mach 0.9 without afterburner (Popular Mechanics via "
                "https://sputniknews.jp/amp/20200421/7382390.html) = 955 km/h at 11,000 m; band: "
                + CRUISE_BAND_SOURCE
            ),
            "note": "Same as the catalog's F-15E entry.",
        },
        "ferry_range": {
            "value": "4,445 km",
            "low": "4,445 km",
            "high": "5,552 km",
            "source": (
                "PROXY (F-15E/F-15C): 2,762 mi: github research note (find_string id 54219066899) "
                "citing the USAF F-15E fact sheet (with CFTs + external tanks) [=4,445 km]; "
                "3,450 mi: https://www.autoevolution.com/news/f-15-eagle-takes-off-from-nevada-for-the-last-time-packs-tanks-to-last-it-to-florida-187077.html "
                "(F-15 with CFTs and three external tanks; article about F-15Cs; the page "
                "misprints its km figure as 'miles') [=5,552 km calc]"
            ),
            "note": (
                "Configuration: CFT pair + 3 x 610 gal external tanks (both sources). "
                "No F-15I figure found; F-15E/C proxy."
            ),
        },
        "ferry_tanks": ["2 x CFT", "3 x 610 gal"],
        "max_speed": {
            "value": "2,650 km/h",
            "source": (
                "PROXY (F-15E): 2,650 km/h: github:mrSkortch/DCS-miscScripts ObjectDB2/Aircraft/F-15E.lua @1e26e27 "
                f"(desc.speedMax 736 m/s) {DCS}; 'Mach 2.5+': github research note (find_string id 54219066899) citing the USAF"
            ),
        },
        "service_ceiling": {
            "value": "18,300 m",
            "source": f"PROXY (F-15E): 18,300 m: github:mrSkortch/DCS-miscScripts ObjectDB2/Aircraft/F-15E.lua @1e26e27 (desc.Hmax) {DCS}",
        },
        "aerial_refueling": "boom",
        "aliases": ["Ra'am", "Raam", "F-15I Ra'am", "Thunder"],
        "role": "strike fighter",
        "operators": ["IL"],
        "note": (
            "25 ordered in Nov 1995, first two at Hatzerim Jan 1998 "
            "(https://boeing.mediaroom.com/1998-01-19-F-15I-THUNDERS-Arrive-in-Israel; "
            "https://www.flightglobal.com/israeli-thunders-fly/13316.article). All figures "
            "are F-15E PROXIES. CFTs fitted as standard on all Strike Eagle exports "
            "(https://en.wikipedia.org/wiki/Conformal_fuel_tank). Boom receptacle on the "
            "left intake (ACG-3 workbook, F-15E)."
        ),
    },
    # ------------------------------------------------------------------ F-15D (Baz)
    "F-15D": {
        "empty_mass": {
            "value": "13,380 kg",
            "source": f"PROXY (F-15C): 13,380 kg: {DATAMINE} _G/db/Units/Planes/Plane/F-15C.lua (M_empty) {DCS}",
            "note": (
                "No F-15B/C/D empty mass found outside game data; the two-seat D is a little "
                "heavier than the C."
            ),
        },
        "max_takeoff_mass": {
            "value": "30,845 kg",
            "low": "30,844 kg",
            "high": "30,845 kg",
            "source": (
                "30,845 kg: https://flyteam.jp/news/article/124076 (F-15C, Kadena, 'max take-off weight'); "
                "68,000 lb: https://www.lakenheath.af.mil/News/Article-Display/Article/1412315/liberty-spotlight-keeping-the-fuel-flowing/ "
                "('over 68,000 lb', F-15) [=30,844 kg calc]; ~68,000 lb: "
                "https://warriormaven.com/air/does-the-air-force-need-a-new-longer-range-low-cost-f-16-replacement; "
                f"30,845 kg: {DATAMINE} _G/db/Units/Planes/Plane/F-15C.lua (M_max) {DCS}"
            ),
            "note": "F-15C figures (F-15B/C/D acceptable per brief).",
        },
        "internal_fuel": {
            "value": "6,103 kg",
            "low": "6,103 kg",
            "high": "6,350 kg",
            "source": (
                f"6,103 kg: {DATAMINE} _G/db/Units/Planes/Plane/F-15C.lua (M_fuel_max) {DCS}; "
                "~14,000 lb: https://warriormaven.com/air/does-the-air-force-need-a-new-longer-range-low-cost-f-16-replacement "
                "(legacy F-15) [=6,350 kg calc]"
            ),
            "note": (
                "Cross-check: the F-15E's internal tanks hold 13,450 lb = 6,101 kg (ACG-3 "
                "workbook), close to the DCS F-15C value."
            ),
        },
        "max_payload": {
            "value": "10,433 kg",
            "low": "10,400 kg",
            "high": "10,433 kg",
            "source": (
                "PROXY (F-15E): 23,000 lb: https://diff.wiki/index.php/Differences_between_F-15_and_F-16_Fighting_Falcon "
                "[=10,433 kg]; 10,400 kg: http://46.235.172.94/Archive/arch-38000-38499/GN38133T_words_EN.txt"
            ),
            "note": (
                "No F-15B/C/D payload figure found; the F-15E figure is used as proxy and "
                "should be read as an UPPER bound (the air-superiority C/D has fewer "
                "air-to-ground stations)."
            ),
        },
        "cruise_speed": {
            "value": "900 km/h",
            "low": "850 km/h",
            "high": "955 km/h",
            "source": (
                "Mach 0.9 without afterburner (Popular Mechanics via https://sputniknews.jp/amp/20200421/7382390.html) "
                "= 955 km/h at 11,000 m; band: " + CRUISE_BAND_SOURCE
            ),
        },
        "ferry_range": {
            "value": "4,828 km",
            "source": (
                "3,000 mi: https://sputniknews.jp/amp/20200421/7382390.html (Popular Mechanics: "
                "up to 3,000 mi without air refuelling with three external tanks of 'over 272 kg'; "
                "F-15 Eagle) [=4,828 km calc]"
            ),
            "note": (
                "Configuration: three external tanks, no CFTs (the 610 gal tank is the F-15's "
                "standard external tank; the page's '272 kg' is not a fuel mass). The "
                "higher 5,552 km figure (autoevolution) is for CFTs + 3 tanks and is kept "
                "out here because the Baz of Wooden Leg is not known to have had CFTs."
            ),
        },
        "ferry_tanks": ["3 x 610 gal"],
        "max_speed": {
            "value": "2,650 km/h",
            "source": (
                "Mach 2.5: https://flyteam.jp/news/article/124076 (F-15C) [=2,650 km/h calc at 11,000 m]; "
                f"2,650 km/h: {DATAMINE} _G/db/Units/Planes/Plane/F-15C.lua (V_max_h 736.11 m/s) {DCS}"
            ),
        },
        "service_ceiling": {
            "value": "18,300 m",
            "low": "18,300 m",
            "high": "20,000 m",
            "source": (
                f"18,300 m: {DATAMINE} _G/db/Units/Planes/Plane/F-15C.lua (H_max) {DCS}; "
                "20,000 m: https://flyteam.jp/news/article/124076 (F-15C 'service ceiling')"
            ),
        },
        "aerial_refueling": "boom",
        "aliases": ["Baz", "F-15D Baz", "F-15B Baz"],
        "role": "air superiority fighter",
        "operators": ["IL", "US"],
        "note": (
            "Operation Wooden Leg (1 Oct 1985): 8 F-15s from Tel Nof against the PLO HQ at "
            "Hammam Chott, 1,280 mi (2,060 km) each way "
            "(https://jewishvirtuallibrary.org/jsource/Society_&_Culture/tunisraid.html); a "
            "modified Boeing 707 tanker refuelled them over the Mediterranean out and back "
            "(https://liquisearch.com/operation_wooden_leg/the_operation, weak). Masses and "
            "fuel are F-15C figures (mostly game data); payload is an F-15E proxy. Boom "
            "receptacle (https://csc.asu.edu/2012/08/15/exclusive-photos-flying-with-the-air-forces-airborne-gas-station/)."
        ),
    },
    # ------------------------------------------------------------------ H-6K
    "H-6K": {
        "empty_mass": {
            "value": "37,200 kg",
            "low": "35,000 kg",
            "high": "37,200 kg",
            "source": (
                "37,200 kg: https://pwojczyn.com/wiki/view_html.php?lang=pt&q=Xian_H-6&sq=crain_ford "
                "(wiki mirror, H-6 family, 'peso vazio') (weak); 37,200 kg: https://zh.m.wikipedia.org/wiki/%E8%BD%9F-6 "
                f"(H-6 family) (weak); 35,000 kg: {DATAMINE} _G/db/Units/Planes/Plane/H-6J.lua "
                f"(M_empty; H-6J is the naval H-6K) {DCS}"
            ),
            "note": "No H-6K-specific empty mass; H-6 family figure (the K has new engines, a new nose and a glass cockpit).",
        },
        "max_takeoff_mass": {
            "value": "75,800 kg",
            "low": "75,800 kg",
            "high": "79,000 kg",
            "source": (
                "75.8 t: https://www.newdaily.co.kr/site/data/html/2013/08/13/2013081300119.html "
                "(Yonhap citing Kanwa Defense Review 2013: H-6K 'max flight weight'); 75,800 kg: "
                "http://junshi.xilu.com/shjd/20170822/1000010001004601.html (H-6 'max take-off weight') (weak); "
                "79,000 kg: https://pwojczyn.com/wiki/view_html.php?lang=pt&q=Xian_H-6&sq=crain_ford "
                "(H-6 family MTOW) (weak); 79 t: https://atoomu.com/zh-mo/military/2649f5d2fd295ec641ee4709c1b856df.html (weak); "
                f"76,000 kg: {DATAMINE} _G/db/Units/Planes/Plane/H-6J.lua (M_max) {DCS}"
            ),
        },
        "internal_fuel": {
            "value": "36,700 kg",
            "low": "25,000 kg",
            "high": "36,700 kg",
            "source": (
                "45,898 L: https://aerocorner.com/aircraft/xian-h-6/ (H-6 family fuel capacity) "
                "[=36,700 kg calc at 0.80 kg/L] (weak); 25,000 kg: "
                f"{DATAMINE} _G/db/Units/Planes/Plane/H-6J.lua (M_fuel_max) {DCS}"
            ),
            "note": (
                "No H-6K fuel figure found; both values are weak. The 25 t game value looks "
                "too low for the published ~8,000 km range."
            ),
        },
        "max_payload": {
            "value": "12,000 kg",
            "low": "9,000 kg",
            "high": "12,000 kg",
            "source": (
                "12 t: https://www.newsis.com/view/?id=NISX20180718_0000367021&pc_view=1 (Chinese media "
                "via Newsis: up to 12 t); 12 t: https://sputnikglobe.com/20151017/china-military-bomber-precision-strike-weapon-1028686180.html "
                "(citing China Daily); 9 t: https://m.qiquwen.com/h/10953.html (weak)"
            ),
            "note": "Typical load: 6 cruise missiles (CJ-10/CJ-20/KD-20).",
        },
        "cruise_speed": {
            "value": "768 km/h",
            "low": "768 km/h",
            "high": "900 km/h",
            "source": (
                "M0.75 (~768 km/h): https://www.newsis.com/view/?id=NISX20180718_0000367021&pc_view=1; "
                "900 km/h: https://cn.bg3.co/a/hong-6kjiu-ji-bian-dui-chu-dong-yi-ci-ke-she-54mei-xi-he-dan-tou-de-chang-jian-20.html (weak); "
                "768 km/h: https://pwojczyn.com/wiki/view_html.php?lang=pt&q=Xian_H-6&sq=crain_ford (H-6 family) (weak)"
            ),
        },
        "ferry_range": {
            "value": "8,000 km",
            "low": "8,000 km",
            "high": "9,000 km",
            "source": (
                "~8,000 km: https://www.newsis.com/view/?id=NISX20180718_0000367021&pc_view=1 ('max range'); "
                "~8,000 km: http://m.dddjmc.com/news/military/zgjq/2017-08-18/2045798.html (mirror of Huanqiu 2017) (weak); "
                "8,000-9,000 km: http://german.china.org.cn/txt/2017-08/02/content_41334318_4.htm; "
                ">9,000 km: https://www.newdaily.co.kr/site/data/html/2013/08/13/2013081300119.html (Kanwa 2013); "
                "1,900 mi: https://sputnikglobe.com/20151017/china-military-bomber-precision-strike-weapon-1028686180.html "
                "(China Daily; =3,057 km; conflicts with everything else) [not in spread]"
            ),
            "note": (
                "Configuration not stated by any source (no drop tanks are reported for the "
                "H-6K; read as internal fuel). Combat radius 3,500 km (Newsis) / >3,000 km (Kanwa)."
            ),
        },
        "ferry_tanks": None,  # not stated by the sources (presumably internal fuel only)
        "max_speed": {
            "value": "1,050 km/h",
            "source": "1,050 km/h: https://www.newsis.com/view/?id=NISX20180718_0000367021&pc_view=1",
        },
        "service_ceiling": {
            "value": "12,800 m",
            "source": (
                "12,800 m: https://www.newsis.com/view/?id=NISX20180718_0000367021&pc_view=1; "
                "12,800 m: https://noticiaslatam.lat/amp/20241130/el-bombardero-chino-xian-h-6-desafia-las-operaciones-navales-de-eeuu-1159404791.html"
            ),
        },
        "aerial_refueling": "none",
        "aliases": ["H-6", "Hong-6K", "Badger-K"],
        "role": "medium bomber / cruise-missile carrier",
        "operators": ["CN"],
        "note": (
            "No refuelling probe on the H-6K; the H-6N adds one "
            "(https://www.globaltimes.cn/content/1165938.shtml). Combat radius 3,500 km "
            "(Newsis, Chinese media) or >3,000 km (Kanwa via newdaily.co.kr), profile not "
            "stated. Engines D-30KP-2 (newdaily.co.kr). Masses and fuel are H-6 family or "
            "game figures: weak."
        ),
        "combat_radius": [
            {
                "value": "3,500 km",
                "source": "https://www.newsis.com/view/?id=NISX20180718_0000367021&pc_view=1",
                "note": "profile/payload not stated",
            },
            {
                "value": "3,000 km",
                "source": "https://www.newdaily.co.kr/site/data/html/2013/08/13/2013081300119.html",
                "note": "Kanwa 2013: 'over 3,000 km'",
            },
        ],
    },
    # ------------------------------------------------------------------ Victor K2
    "Victor K2": {
        "empty_mass": {
            "value": "51,820 kg",
            "source": "PROXY (Victor B.2 bomber): 51,820 kg (114,240 lb): https://aeropedia.com.au/content/handley-page-victor",
            "note": "No K2 empty mass found; B.2 bomber figure (the K2 is a converted B.2; tanker kit added, bomb gear removed).",
        },
        "max_takeoff_mass": {
            "value": "101,150 kg",
            "source": "PROXY (Victor B.2 bomber): 101,150 kg (223,000 lb) 'loaded weight': https://aeropedia.com.au/content/handley-page-victor",
            "note": (
                "No K2 MTOW found. B.2 'loaded' weight used; with 56 t of fuel on a 51.8 t "
                "empty airframe the K2's true MTOW must be higher, so this is conservative."
            ),
        },
        "internal_fuel": {
            "value": "56,000 kg",
            "source": (
                "'nearly 56 t' of Avtur, fully fuelled, bomb bay filled with extra tanks: "
                "https://archive.commercialmotor.com/article/2nd-june-1988/47/tanks-tak-to-the-sky "
                "(1988 trade-press visit to RAF Marham)"
            ),
            "note": "Includes the bomb-bay tanks. Exceeds (MTOW proxy - empty proxy) by 6.7 t: fuel is MTOW-limited in the model.",
        },
        "max_payload": {
            "value": "15,876 kg",
            "source": (
                "PROXY (Victor B.2 bomber): 35 x 1,000 lb standard bomb load (48 optional): "
                "https://aeropedia.com.au/content/handley-page-victor [=15,876 kg calc]"
            ),
            "note": (
                "The K2 carried no cargo or bombs: its bomb bay held fuel tanks. The B.2 "
                "bomb load is given only because the field is required; do not use it for "
                "a tanker mission (its 'payload' is transfer fuel)."
            ),
        },
        "cruise_speed": {
            "value": "917 km/h",
            "source": "PROXY (Victor B.2): max cruising speed at sea level 917 km/h (570 mph): https://aeropedia.com.au/content/handley-page-victor",
            "note": (
                "A low-level maximum cruise, not a tanker transit speed; no K2 cruise figure "
                "found. Black Buck Victors cruised at about 41,000 ft (Vulcan 607 book mirror, "
                "https://rulit.me/books/vulcan-607-the-epic-story-of-the-most-remarkable-british-air-attack-since-wwii-read-354958-83.html, weak)."
            ),
        },
        "ferry_range": {
            "value": "7,400 km",
            "source": (
                "DERIVED PROXY (Victor B.2): 2 x the B.2's high-altitude tactical radius of "
                "3,700 km (2,300 mi) given by https://aeropedia.com.au/content/handley-page-victor [=7,400 km calc]"
            ),
            "note": (
                "No K2 ferry range found. A radius is half a round trip, so twice it is a "
                "lower bound on the bomber's still-air range; the K2 with bomb-bay tanks "
                "carried more fuel. Configuration: internal + bomb-bay tanks of a bomber "
                "(not stated)."
            ),
        },
        "ferry_tanks": [],  # the K2's bomb-bay tanks are counted in internal_fuel
        "max_speed": {
            "value": "1,038 km/h",
            "source": "PROXY (Victor B.2): 1,038 km/h (645 mph) at 12,200 m: https://aeropedia.com.au/content/handley-page-victor",
        },
        "aerial_refueling": "probe",
        "refueling_system": "drogue",
        # No generic Victor K2 offload-vs-distance figure was found (searched); the only
        # transfer figures are single Black Buck transfers (8,000 lb to the Vulcan at the
        # last bracket, Vulcan 607 book mirror, weak), which are not a tanker capability.
        "offload": [],
        "aliases": ["Victor", "Handley Page Victor", "Victor K.2"],
        "role": "tanker",
        "operators": ["GB"],
        "note": (
            "Drogue only, three points: two Mk 20B wing pods and a Mk 17 fuselage hose-drum "
            "unit (https://archive.commercialmotor.com/article/2nd-june-1988/47/tanks-tak-to-the-sky; "
            "https://hansenfineart.co.uk/products/teasin-tina-handley-page-victor-k-2-tanker, weak). "
            "Itself a probe receiver, so Victors refuelled each other (Black Buck: 11 Victors "
            "outbound, https://rafstories.org/story/raf-wp-32635). 24 B.2s converted by Hawker "
            "Siddeley; in service to 1993 (https://rafmuseum.org.uk/research/collections/handley-page-victor-k2). "
            "Masses, cruise and ferry are B.2 bomber PROXIES."
        ),
    },
    # ------------------------------------------------------------------ KC-10A
    "KC-10A": {
        "empty_mass": {
            "value": "121,904 kg",
            "source": (
                "PROXY (DC-10-30CF airliner): operating empty weight 121,904 kg: "
                "http://aircraftinvestigation.info/airplanes\\DC-10-30CF.html (weak)"
            ),
            "note": (
                "No KC-10A empty/operating mass found. The KC-10A is a DC-10-30CF with "
                "three extra under-floor tanks, a boom and military kit "
                "(http://www.aerospaceweb.org/aircraft/transport-m/kc10/), so its empty mass "
                "is somewhat higher than this airliner figure."
            ),
        },
        "max_takeoff_mass": {
            "value": "267,619 kg",
            "low": "267,600 kg",
            "high": "268,900 kg",
            "source": (
                "590,000 lb: https://scramble.nl./community/messageboard/topic/168370 (forum quoting "
                "Stars & Stripes / AF fact sheet) [=267,619 kg calc] (weak); ~590,000 lb (267,600 kg): "
                "https://www.rightleadingfuture.com/?p=139307 (weak); 268.9 t: "
                "https://toufexis.info/the-u-s-air-force-has-begun-to-write-off-the-aircraft-refueling-extender/ (weak)"
            ),
        },
        "internal_fuel": {
            "value": "161,478 kg",
            "low": "160,200 kg",
            "high": "165,590 kg",
            "source": (
                "356,000 lb: https://www.airmanmagazine.af.mil/Features/Display/Article/3074805/airframe-kc-10-extender/ "
                "('more than 356,000 lb') [=161,478 kg calc]; 356,000 lb (160,200 kg as printed): "
                "https://www.globalsecurity.org/military/systems/aircraft/kc-10.htm; 365,065 lb: "
                "http://www.aerospaceweb.org/aircraft/transport-m/kc10/ (all transferable; page prints "
                "161,510 kg, conversion is 165,590 kg) [=165,590 kg calc]; 165.5 t: "
                "https://toufexis.info/the-u-s-air-force-has-begun-to-write-off-the-aircraft-refueling-extender/ (weak)"
            ),
            "note": "Six tanks: three wing + three under the cargo floor. Empty proxy + fuel exceeds MTOW by ~16 t: full fuel is MTOW-limited.",
        },
        "max_payload": {
            "value": "77,111 kg",
            "low": "76,560 kg",
            "high": "77,111 kg",
            "source": (
                "170,000 lb: https://www.airmanmagazine.af.mil/Features/Display/Article/3074805/airframe-kc-10-extender/ "
                "('nearly 170,000 lb', ~4,400 mi unrefuelled) [=77,111 kg calc]; 170,000 lb (76,560 kg as printed): "
                "https://www.globalsecurity.org/military/systems/aircraft/kc-10.htm; 77 t over 7,100 km: "
                "https://portalmilitarny.pl/wiadomosci/koniec-wojskowej-sluzby-kc-10-extender/"
            ),
        },
        "cruise_speed": {
            "value": "866 km/h",
            "low": "866 km/h",
            "high": "892 km/h",
            "source": (
                "866 km/h: https://toufexis.info/the-u-s-air-force-has-begun-to-write-off-the-aircraft-refueling-extender/ (weak); "
                "M0.84: https://www.blueskyaa.com/members/mcguire-afb-photos (weak) [=892 km/h calc at 11,000 m]"
            ),
        },
        "ferry_range": {
            "value": "18,507 km",
            "low": "18,000 km",
            "high": "18,507 km",
            "source": (
                ">11,500 mi without cargo: https://www.globalsecurity.org/military/systems/aircraft/kc-10.htm "
                "[=18,507 km calc]; 18,000 km unloaded and fully fuelled: "
                "https://combataircraft.com/en/Military-Aircraft/Boeing/KC-10A-Extender (weak)"
            ),
            "note": "Configuration: internal fuel (no external tanks exist), no cargo.",
        },
        "ferry_tanks": [],
        "max_speed": {
            "value": "982 km/h",
            "source": "~610 mph: https://www.rightleadingfuture.com/?p=139307 (weak) [=982 km/h calc]",
        },
        "aerial_refueling": "boom",
        "refueling_system": "boom and drogue",
        # No offload-vs-distance figure found for the KC-10A (the "200,000 lb at 2,200 mi"
        # point was searched for in several phrasings and not found). aerospaceweb says all
        # 365,065 lb is transferable, which is the zero-distance end point.
        "offload": [],
        "aliases": ["Extender", "KC-10"],
        "role": "tanker",
        "operators": ["US"],
        "note": (
            "Boom (1,500 US gal/min) and centreline hose-and-drogue (600 gal/min); about 20 "
            "aircraft also had wing pods; fitted with its own receptacle "
            "(http://www.aerospaceweb.org/aircraft/transport-m/kc10/). Retired 2024 "
            "(https://portalmilitarny.pl/wiadomosci/koniec-wojskowej-sluzby-kc-10-extender/). "
            "Empty mass is a DC-10-30CF PROXY (weak)."
        ),
    },
    # ------------------------------------------------------------------ A330 MRTT
    "A330 MRTT": {
        "empty_mass": {
            "value": "125,009 kg",
            "low": "125,009 kg",
            "high": "125,102 kg",
            "source": (
                "275,600 lb: https://issuhub.com/view/index/8887?pageIndex=90 (scan of FlyPast "
                "'RAF Centenary', Voyager; page prints 125,102 kg) [=125,009 kg calc] (weak-ish mirror)"
            ),
            "note": "RAF Voyager figure.",
        },
        "max_takeoff_mass": {
            "value": "233,000 kg",
            "low": "233,000 kg",
            "high": "233,150 kg",
            "source": (
                "233,000 kg: http://en.c4defence.com/Archive/multnational-tanker-delivery/10242/1; "
                "514,000 lb 'all-up' (233,150 kg): https://issuhub.com/view/index/8887?pageIndex=90 (weak-ish); "
                "217,000 kg: http://footwww.academickids.com/encyclopedia/index.php/Airbus_A330_MRTT "
                "(early figure, its lb value does not match) (weak) [not in spread]"
            ),
        },
        "internal_fuel": {
            "value": "111,200 kg",
            "low": "109,000 kg",
            "high": "111,200 kg",
            "source": (
                "111,200 kg: http://en.c4defence.com/Archive/multnational-tanker-delivery/10242/1; "
                "111 t: https://www.flightglobal.com/news/articles/australia-accepts-last-kc-30a-tankertransport-379699/ "
                "(RAAF KC-30A maximum fuel); 245,000 lb (111,132 kg): https://issuhub.com/view/index/8887?pageIndex=90 (weak-ish); "
                "111,000 kg: http://footwww.academickids.com/encyclopedia/index.php/Airbus_A330_MRTT (weak); "
                "109 t: http://www.yssyforum.net/board/showpost.php?p=90382&postcount=29 (weak)"
            ),
            "note": "Standard A330-200 tanks; no extra fuel tanks added (https://www.globalsecurity.org/military/world/europe/airtanker.htm).",
        },
        "max_payload": {
            "value": "45,000 kg",
            "low": "44,906 kg",
            "high": "45,000 kg",
            "source": (
                "45,000 kg: http://en.c4defence.com/Archive/multnational-tanker-delivery/10242/1; "
                "99,000 lb (44,906 kg): https://issuhub.com/view/index/8887?pageIndex=90 (weak-ish)"
            ),
        },
        "cruise_speed": {
            "value": "850 km/h",
            "low": "850 km/h",
            "high": "871 km/h",
            "source": (
                "derived, no published cruise speed found: Mach 0.80 (the catalog's lower "
                "best-range cruise bound) to Mach 0.82 (maximum Mach per "
                "http://footwww.academickids.com/encyclopedia/index.php/Airbus_A330_MRTT, weak) "
                "at 11,000 m, ISA speed of sound 1,062 km/h (ICAO Doc 7488/3)"
            ),
            "note": "Kept below the published 880 km/h maximum speed.",
        },
        "ferry_range": {
            "value": "14,800 km",
            "low": "11,945 km",
            "high": "14,805 km",
            "source": (
                "14,800 km: http://en.c4defence.com/Archive/multnational-tanker-delivery/10242/1 ('range'); "
                "9,200 mi: https://issuhub.com/view/index/8887?pageIndex=90 (Voyager 'range') [=14,805 km calc] (weak-ish); "
                "6,450 nmi: http://footwww.academickids.com/encyclopedia/index.php/Airbus_A330_MRTT ('ferry range') "
                "[=11,945 km calc] (weak)"
            ),
            "note": "Configuration: internal fuel (no external tanks); payload for the 14,800 km figure not stated.",
        },
        "ferry_tanks": [],
        "max_speed": {
            "value": "880 km/h",
            "source": "547 mph (880 km/h) at 40,000 ft: https://issuhub.com/view/index/8887?pageIndex=90 (weak-ish)",
        },
        "aerial_refueling": "none",
        "refueling_system": "boom and drogue",
        "offload": [
            {
                "value": "65,000 kg",
                "low": "50,000 kg",
                "high": "70,000 kg",
                "distance": "1,852 km",
                "source": (
                    "65 t: https://jetjournal.net/journal/vermischtes/news/restliche-welt/australien-wird-erster-kunde-des-airbus-tankflugzeuges-a330-200-mrtt "
                    "(EADS 2004 release for the RAAF: 65 t after up to 2 h flight, ~1,000 nm/2,000 km from base); "
                    "50 t: https://theaviationgeekclub.com/first-elephant-walk-for-raaf-kc-30a-multi-role-tanker-transport-aircraft/ "
                    "(RAAF: 50 t available for up to 4 h on station 1,800 km from base); "
                    "70 t / 55 t: https://www.aviationtitans.com/?p=6191 (Airbus brochure as quoted: up to 70 t "
                    "offloaded in 1 h at 1,000 nm; 55 t at 1,000 nm on a towline) (weak)"
                ),
                "note": (
                    "About 1,000 nm from base. The spread is mostly time on station: 70 t "
                    "with 1 h, 65 t just arrived, 50 t with 4 h loiter (RAAF, at 1,800 km)."
                ),
            }
        ],
        "aliases": ["KC-30A", "Voyager", "MRTT", "Airbus A330 MRTT"],
        "role": "tanker transport",
        "operators": ["AU", "GB", "SA", "AE", "SG", "KR"],
        "note": (
            "RAAF KC-30A: boom (ARBS) + two wing hose-and-drogue pods; RAF Voyager: drogue "
            "only, KC2 two points, KC3 three (adds a centreline hose) "
            "(https://www.globalsecurity.org/military/world/europe/airtanker.htm; "
            "https://vc10.net/History/Voyager.html). Set refueling_system to 'drogue' for a "
            "Voyager. Receiver kit: not sourced; the UK chose no receiver capability "
            "(https://www.pprune.org/3336525-post32.html, weak), so 'none' (Voyager). "
            "Operators: https://www.flightglobal.com/news/articles/australia-accepts-last-kc-30a-tankertransport-379699/ "
            "(AU, SA, AE, UK); http://online.flipbuilder.com/YaffaMedia/fjal/files/basic-html/page28.html (SG, KR). "
            "One KC-30A can support the deployment of 4 fighters over 5,000 km "
            "(https://defense.info/partners-corner/2018/08/raaf-kc-30a-hits-100-million-pounds-offload-milestone)."
        ),
    },
    # ------------------------------------------------------------------ Tornado GR4
    "Tornado GR4": {
        "empty_mass": {
            "value": "14,500 kg",
            "low": "14,090 kg",
            "high": "14,500 kg",
            "source": (
                "14,500 kg: https://www.deutsches-museum.de/en/flugwerft-schleissheim/exhibition/military-aviation/tornado "
                "(German IDS built 1985); ~14 t: http://bits-berlin.de/public/stichwort/tornado.htm ('leer rund 14 t'); "
                f"14,090 kg: {DATAMINE} _G/db/Units/Planes/Plane/Tornado GR4.lua (M_empty) {DCS}"
            ),
            "note": "IDS figures; the GR4 is an upgraded RAF IDS (GR1).",
        },
        "max_takeoff_mass": {
            "value": "28,500 kg",
            "low": "26,490 kg",
            "high": "28,500 kg",
            "source": (
                "28,500 kg: https://www.deutsches-museum.de/en/flugwerft-schleissheim/exhibition/military-aviation/tornado; "
                "28.0 t: http://www.modellmarine.de/index.php/fotogalerien/334-marineflieger/6484-jagdbomber-panavia-tornado-ids-in-nordholz; "
                ">28 t: http://bits-berlin.de/public/stichwort/tornado.htm; "
                f"26,490 kg: {DATAMINE} _G/db/Units/Planes/Plane/Tornado GR4.lua (M_max) {DCS}"
            ),
        },
        "internal_fuel": {
            "value": "5,100 kg",
            "low": "4,663 kg",
            "high": "5,100 kg",
            "source": (
                "5,100 kg: http://46.235.172.94/Archive/arch-38000-38499/GN38133T_words_EN.txt "
                "(Graphic News citing AvWeek/FT/GlobalSecurity/RAF); "
                f"4,663 kg: {DATAMINE} _G/db/Units/Planes/Plane/Tornado GR4.lua (M_fuel_max) {DCS}"
            ),
        },
        "max_payload": {
            "value": "9,000 kg",
            "low": "7,250 kg",
            "high": "9,000 kg",
            "source": (
                "9,000 kg: http://46.235.172.94/Archive/arch-38000-38499/GN38133T_words_EN.txt; "
                "9 t external stores: http://www.modellmarine.de/index.php/fotogalerien/334-marineflieger/6484-jagdbomber-panavia-tornado-ids-in-nordholz; "
                "7,250 kg: http://de.slovopedia.com/121/84/1430578.html (Meyers lexicon copy: max weapons load) (weak)"
            ),
        },
        "cruise_speed": _derived_cruise(
            "No Tornado cruise figure found. Low-level penetration: about 1,000 km/h at 30 m "
            "(https://www.abendblatt.de/politik/deutschland/article106780916/Tornado.html), "
            "not a best-range cruise."
        ),
        "ferry_range": {
            "value": "2,780 km",
            "source": f"2,780 km: {DATAMINE} _G/db/Units/Planes/Plane/Tornado GR4.lua ('range') {DCS}",
            "note": (
                "Only game data found; configuration NOT stated. Cross-check: radius "
                "500-1,200 km depending on load (Meyers lexicon copy, "
                "http://de.slovopedia.com/121/84/1430578.html, weak), i.e. a range of at "
                "least 2,400 km. The ADV's 'max range 1,850 km' "
                "(https://lafortalezapuq.cl/tornado-gr1-raf-gulf-war, weak) is another variant."
            ),
        },
        "ferry_tanks": None,  # not stated (game data)
        "max_speed": {
            "value": "2,400 km/h",
            "low": "2,340 km/h",
            "high": "2,414 km/h",
            "source": (
                "2,400 km/h: http://www.sueddeutsche.de/politik/stichwort-kampfflugzeug-tornado-1.313742; "
                "2,400 km/h: https://www.mz.de/deutschland-und-welt/militar-das-aufklarungsflugzeug-tornado-2779018; "
                "1,300 kn (2,414 km/h): http://www.modellmarine.de/index.php/fotogalerien/334-marineflieger/6484-jagdbomber-panavia-tornado-ids-in-nordholz; "
                f"650 m/s: {DATAMINE} _G/db/Units/Planes/Plane/Tornado GR4.lua (V_max_h) {DCS} [=2,340 km/h calc]"
            ),
        },
        "service_ceiling": {
            "value": "15,200 m",
            "source": f"15,200 m: {DATAMINE} _G/db/Units/Planes/Plane/Tornado GR4.lua (H_max) {DCS}",
        },
        "aerial_refueling": "probe",
        "aliases": ["Tornado", "Tornado IDS", "Tonka"],
        "role": "strike aircraft",
        "operators": ["GB"],
        "note": (
            "Ellamy (19/20 Mar 2011): GR4s launched Storm Shadow on a 3,000-mile round trip "
            "from Marham with VC10 and TriStar tankers "
            "(https://www.yorkshirepost.co.uk/news/raf-tornados-join-operation-enforce-no-fly-zone-over-libya-1937433). "
            "Probe receiver [inference: drogue tankers on Ellamy; a Luftwaffe Tornado shown "
            "refuelling from an A400M, https://www.airtattoo.com/riat-2023/aircraft/panavia-tornado-ecr-germany/]. "
            "IDS also flown by DE, IT, SA. Masses are IDS figures; ferry range is game data only."
        ),
    },
    # ------------------------------------------------------------------ B-25B
    "B-25B": {
        "empty_mass": {
            "value": "9,072 kg",
            "low": "9,072 kg",
            "high": "9,210 kg",
            "source": (
                "20,000 lb: http://mile181.blogspot.com/2012/03/doolittle-update-70-years-ago.html "
                "(B-25B; figures look like NMUSAF data) [=9,072 kg calc] (weak); 20,305 lb: "
                "http://www.boeing.com/boeing/history/bna/b25.page (B-25, variant not stated) [=9,210 kg calc]"
            ),
        },
        "max_takeoff_mass": {
            "value": "12,909 kg",
            "low": "12,270 kg",
            "high": "12,909 kg",
            "source": (
                "28,460 lb: http://mile181.blogspot.com/2012/03/doolittle-update-70-years-ago.html "
                "(B-25B max take-off; gross 26,208 lb) [=12,909 kg calc] (weak); 28,460 lb 'loaded': "
                "https://angelfire.com/trek/uss_reliant/commservice/aircraft.html (weak); 27,051 lb: "
                "http://www.boeing.com/boeing/history/bna/b25.page (normal gross) [=12,270 kg calc]"
            ),
        },
        "internal_fuel": {
            "value": "1,889 kg",
            "low": "1,758 kg",
            "high": "1,889 kg",
            "source": (
                "694 US gal: http://mile181.blogspot.com/2012/03/doolittle-update-70-years-ago.html "
                "(standard B-25B tankage) (weak) [=4,164 lb = 1,889 kg calc, AvGas 6.0 lb/gal]; "
                "646 US gal: https://dev.historycollection.co/world-war-ii-facts-that-never-cease-to-amaze/9 "
                "[=1,758 kg calc]"
            ),
            "note": (
                "STANDARD tankage. The raid aircraft carried 1,141 US gal (3,105 kg AvGas "
                "[calc]) after extra bomb-bay, crawlway and rubber rear-fuselage tanks were "
                "fitted (historycollection /9; mile181, weak; "
                "https://www.pprune.org/archive/index.php/t-423019.html, weak), plus ten "
                "5-gal cans (http://www.ww2f.com/topic/23120-the-doolittle-raid/, weak): see "
                "TANKS['B-25B']."
            ),
        },
        "max_payload": {
            "value": "1,361 kg",
            "low": "907 kg",
            "high": "1,361 kg",
            "source": (
                "3,000 lb: http://mile181.blogspot.com/2012/03/doolittle-update-70-years-ago.html "
                "(bombs at the 1,300 mi range) [=1,361 kg calc] (weak); 3,000 lb: "
                "https://dev.historycollection.co/world-war-ii-facts-that-never-cease-to-amaze/8; "
                "2,000 lb: https://whosread.com/492710/12103321 (raid load, book Target Tokyo) [=907 kg calc] (weak mirror)"
            ),
            "note": "Raid load 2,000 lb (4 x 500 lb) per aircraft.",
        },
        "cruise_speed": {
            "value": "322 km/h",
            "low": "322 km/h",
            "high": "370 km/h",
            "source": (
                "200 mph: http://historicflight.org/grumpyreturns/?p=78 (B-25D cruise) [=322 km/h calc]; "
                "230 mph: https://angelfire.com/trek/uss_reliant/commservice/aircraft.html (later model) [=370 km/h calc] (weak)"
            ),
            "note": "No B-25B cruise figure found; B-25D and later-model figures.",
        },
        "ferry_range": {
            "value": "2,092 km",
            "low": "2,092 km",
            "high": "2,173 km",
            "source": (
                "1,300 mi: http://mile181.blogspot.com/2012/03/doolittle-update-70-years-ago.html "
                "(max range with 694 gal and 3,000 lb of bombs) [=2,092 km calc] (weak); 1,350 mi: "
                "https://dev.historycollection.co/world-war-ii-facts-that-never-cease-to-amaze/8 "
                "(delivered design, with 3,000 lb) [=2,173 km calc]; 1,300 mi: https://whosread.com/492710/12103321 "
                "(stock B-25 tops out around 1,300 mi, book Target Tokyo) (weak mirror); "
                ">3,000 mi: http://www.boeing.com/boeing/history/bna/b25.page (with droppable tanks, variant not stated) [not in spread]"
            ),
            "note": (
                "Configuration: standard internal tanks (694 gal) AND 3,000 lb of bombs, so "
                "this is a loaded range, below a true ferry range. Raid requirement: 2,400 mi "
                "with 2,000 lb (Target Tokyo via whosread, weak; another account says 2,400 nmi)."
            ),
        },
        "ferry_tanks": [],
        "max_speed": {
            "value": "483 km/h",
            "source": "~300 mph at 15,000 ft: http://mile181.blogspot.com/2012/03/doolittle-update-70-years-ago.html (B-25B) [=483 km/h calc] (weak)",
        },
        "aerial_refueling": "none",
        "aliases": ["Mitchell", "B-25", "Doolittle B-25"],
        "role": "medium bomber",
        "operators": ["US"],
        "note": (
            "Doolittle raid, 18 Apr 1942: 16 B-25Bs from USS Hornet, launched about 600-650 mi "
            "out instead of the planned ~400 mi (https://www.navy.mil/navydata/nav_legacy.asp?id=5; "
            "https://montanamilitarymuseum.org/?page_id=3169), bound for Chuchow. Lower turret "
            "and liaison radio removed, makeshift bombsight (historycollection /9). Piston "
            "engine: the catalog's jet Breguet calibration is a poor fit; AvGas at 6.0 lb/gal."
        ),
    },
    # ------------------------------------------------------------------ B-52G
    "B-52G": {
        "empty_mass": {
            "value": "83,250 kg",
            "source": (
                "PROXY (B-52H): 185,000 lb (83,250 kg as printed): https://www.boeing.com/defense/b-52; "
                "same figures: https://globeatwar.com/blog-entry/60-years-and-counting-b-52 (USAF characteristics) (weak); "
                "111,350 kg: http://www.kfvs12.com/story/1118587/iraq-war-b-52 (aggregator, variant not stated) (weak) [not in spread]"
            ),
            "note": "No B-52G empty mass found; B-52H figure (same airframe and wet wing, but TF33 turbofans instead of the G's J57 turbojets).",
        },
        "max_takeoff_mass": {
            "value": "221,353 kg",
            "low": "219,600 kg",
            "high": "221,353 kg",
            "source": (
                "PROXY (B-52H): 488,000 lb: https://www.boeing.com/defense/b-52 (page prints 219,600 kg; "
                "488,000 lb = 221,353 kg calc); 488,000 lb: https://wideo.ovh/video/x5eghul/b-52-bomber-a-marathon-aircraft-both-in-time-and-distance-_-las-vegas-review-journal "
                "(LVRJ quoting a crew member, B-52H); 450,000 lb: https://www.pbs.org/battlefieldvietnam/air/b52.html "
                "(B-52D, NMUSAF data) [=204,117 kg calc] [not in spread: B-52D]"
            ),
        },
        "internal_fuel": {
            "value": "141,610 kg",
            "low": "141,610 kg",
            "high": "145,800 kg",
            "source": (
                "PROXY (B-52H): 312,197 lb: https://www.boeing.com/defense/b-52 [=141,610 kg calc]; "
                "312,197 lb (141,610 kg): https://globeatwar.com/blog-entry/60-years-and-counting-b-52 (weak); "
                "47,975 US gal: http://windsorinternationalairshow.blogspot.com/2010/07/lets-get-serious-with-our-extra-special.html "
                "(B-52H) [=145,800 kg calc at 6.7 lb/gal] (weak)"
            ),
            "note": (
                "No B-52G fuel figure found. The G introduced the integral 'wet wing' "
                "(https://visualfoodie.com/interesting-facts-about-the-b-52g-stratofortress, weak); "
                "the H kept it, so the H figure is the closest proxy. G-model external wing "
                "tanks are not included (not sourced)."
            ),
        },
        "max_payload": {
            "value": "31,500 kg",
            "low": "19,504 kg",
            "high": "31,751 kg",
            "source": (
                "PROXY (B-52H): 70,000 lb (31,500 kg as printed): https://www.boeing.com/defense/b-52 "
                "[70,000 lb = 31,751 kg calc]; 43,000 lb conventional: https://www.pbs.org/battlefieldvietnam/air/b52.html "
                "(B-52D) [=19,504 kg calc]"
            ),
        },
        "cruise_speed": {
            "value": "847 km/h",
            "low": "845 km/h",
            "high": "847 km/h",
            "source": (
                "526 mph: https://www.pbs.org/battlefieldvietnam/air/b52.html (B-52D with J57s, NMUSAF data) "
                "[=847 km/h calc]; 526 mph: http://daddybobphotos.com/Aircraft/Manufacturer/Boeing/pages/B52-StratoFortress.html "
                "(NMUSAF B-52D plate) (weak); 845 km/h (525 mph): https://visualfoodie.com/how-fast-is-the-b-52h-stratofortress-bomber (B-52H) (weak)"
            ),
            "note": "J57-engined B-52D figure used as the closest proxy for the J57-engined G.",
        },
        "ferry_range": {
            "value": "13,419 km",
            "low": "13,419 km",
            "high": "14,162 km",
            "source": (
                "8,338 mi unrefuelled: https://www.pbs.org/battlefieldvietnam/air/b52.html (B-52D, NMUSAF) "
                "[=13,419 km calc]; 8,338 mi: http://daddybobphotos.com/Aircraft/Manufacturer/Boeing/pages/B52-StratoFortress.html (weak); "
                "8,800 mi: https://www.boeing.com/defense/b-52 (B-52H, 7,652 nmi) [=14,162 km calc]"
            ),
            "note": (
                "PROXY bracket: B-52D (same J57 engines, less fuel) to B-52H (same wet wing, "
                "TF33 turbofans). Configuration not stated for either (internal fuel). "
                "No B-52G-specific range found."
            ),
        },
        "ferry_tanks": None,  # not stated; G-model external wing tanks not sourced
        "max_speed": {
            "value": "1,027 km/h",
            "low": "1,027 km/h",
            "high": "1,046 km/h",
            "source": (
                "638 mph: https://www.pbs.org/battlefieldvietnam/air/b52.html (B-52D) [=1,027 km/h calc]; "
                "650 mph: https://www.boeing.com/defense/b-52 (B-52H, Mach 0.86) [=1,046 km/h calc]"
            ),
        },
        "service_ceiling": {
            "value": "15,057 m",
            "low": "15,057 m",
            "high": "15,240 m",
            "source": (
                "49,400 ft: https://www.pbs.org/battlefieldvietnam/air/b52.html (B-52D) [=15,057 m calc]; "
                "50,000 ft: https://www.boeing.com/defense/b-52 (B-52H) [=15,240 m calc]"
            ),
        },
        "aerial_refueling": "boom",
        "aliases": ["B-52G Stratofortress"],
        "role": "strategic bomber",
        "operators": ["US"],
        "note": (
            "Senior Surprise (16-17 Jan 1991): 7 B-52Gs from Barksdale, 35 CALCMs launched, "
            "about 35 h and 14,000 statute miles round trip "
            "(https://www.shreveporttimes.com/story/news/military/2016/01/13/desert-storm-operation-senior-surprise-dedication-planned-bafb/78758892/; "
            "https://duotechservices.com/jet-friday-buff-big-ugly-fat-fellow); refuelled seven "
            "times, over 200,000 lb each time "
            "(https://natchitochesparishjournal.com/2016/02/01/fighters-make-movies-bombers-make-history/, weak). "
            "All figures are B-52H or B-52D PROXIES: no G-specific specification page was found."
        ),
    },
}


# =========================================================================== 2. TANKS

_F16_370 = {
    "fuel": {
        "value": "1,121 kg",
        "low": "1,121 kg",
        "high": "1,134 kg",
        "source": (
            "370 US gal [=1,121 kg calc at 0.80 kg/L]; 1,122.6 kg: "
            f"{DATAMINE} _G/launcher/{{F376DBEE-4CAE-41BA-ADD9-B2910AC95DEC}}.lua "
            f"('Fuel tank 370 gal', Weight 1,338.1 - Weight_Empty 215.5) {DCS}; ~2,500 lb each: "
            "http://baconblade.com/news/search?FORM=HDRSC6&q=Airplane+Fuel+Tank+Location "
            "(aggregator quoting the USAF: two wing tanks take an F-16 from 7,000 to 12,000 lb) [=1,134 kg calc] (weak)"
        ),
    },
    "mass": {
        "value": "201 kg",
        "low": "201 kg",
        "high": "215.5 kg",
        "source": (
            "443 lb empty: https://www.f-16.net/f-16-news-article1991.html (18.25 ft, 26.5 in "
            "diameter) [=201 kg calc]; 215.5 kg: "
            f"{DATAMINE} _G/launcher/{{F376DBEE-4CAE-41BA-ADD9-B2910AC95DEC}}.lua (Weight_Empty) {DCS} (weak)"
        ),
    },
    "conformal": False,
    "note": "Underwing drop tank, jettisonable.",
}

_F16_300 = {
    "fuel": {
        "value": "909 kg",
        "low": "909 kg",
        "high": "910 kg",
        "source": (
            "300 US gal [=909 kg calc at 0.80 kg/L]; 909.8 kg: "
            f"{DATAMINE} _G/launcher/{{8A0BE8AE-58D4-4572-9263-3144C0D06364}}.lua "
            f"('Fuel tank 300 gal', Weight 1,083.5 - Weight_Empty 173.7) {DCS}"
        ),
    },
    "mass": {
        "value": "173.7 kg",
        "source": f"173.7 kg: {DATAMINE} _G/launcher/{{8A0BE8AE-58D4-4572-9263-3144C0D06364}}.lua (Weight_Empty) {DCS} (weak)",
    },
    "conformal": False,
    "note": (
        "Centreline drop tank, jettisonable (one fell from an Eglin F-16 onto a Florida "
        "neighbourhood: http://baconblade.com/news/search?FORM=HDRSC6&q=Airplane+Fuel+Tank+Location, weak)."
    ),
}

_F15_610 = {
    "fuel": {
        "value": "1,860 kg",
        "low": "1,798 kg",
        "high": "1,866 kg",
        "source": (
            "4,100 lb (JP-8): https://github.com/deux2k5/Workbooks/blob/master/acg/ACG-3_Fuel_System.txt "
            "(USAF ACC workbook ACG-3, F-15E) [=1,860 kg calc]; 1,798.5 kg: "
            f"{DATAMINE} _G/launcher/{{F15E_EXTTANK_EMPTY}}.lua (F-15E module, Capacity) {DCS}; 1,865.9 kg: "
            f"{DATAMINE} _G/launcher/{{E1F29B21-F291-4589-9FD8-3272EEC69506}}.lua ('Fuel tank 610 gal', "
            f"Weight 2,010.9 - Weight_Empty 145) {DCS}; 610 US gal [=1,847 kg calc at 0.80 kg/L]"
        ),
    },
    "mass": {
        "value": "145 kg",
        "source": (
            f"145 kg: {DATAMINE} _G/launcher/{{E1F29B21-F291-4589-9FD8-3272EEC69506}}.lua (Weight_Empty) {DCS}; "
            f"145 kg: {DATAMINE} _G/launcher/{{F15E_EXTTANK_EMPTY}}.lua {DCS} (weak)"
        ),
    },
    "conformal": False,
    "note": "Wing or centreline; jettisonable whatever its fuel state (ACG-3 workbook).",
}

_F15_CFT = {
    "fuel": {
        "value": "2,223 kg",
        "source": (
            "4,900 lb each (9,800 lb per pair, JP-8): "
            "https://github.com/deux2k5/Workbooks/blob/master/acg/ACG-3_Fuel_System.txt (F-15E) [=2,223 kg calc]"
        ),
        "note": (
            "Per tank; count 2 for the pair. The older F-15C 'FAST pack' was 750 gal each "
            "(https://en.wikipedia.org/wiki/Conformal_fuel_tank), not used here."
        ),
    },
    "conformal": True,
    "note": (
        "Bolted to the engine nacelles, foam-filled, cannot be jettisoned; burned after the "
        "external tanks and before internal fuel (ACG-3 workbook). Mass not sourced."
    ),
}

_PTB_3000 = {
    "fuel": {
        "value": "2,400 kg",
        "low": "2,400 kg",
        "high": "2,500 kg",
        "source": (
            "3,000 L by designation [=2,400 kg calc at 0.80 kg/L]; 2,500 kg: "
            f"{DATAMINE} _G/launcher/{{7D7EC917-05F6-49D4-8045-61FC587DD019}}.lua "
            f"('Fuel tank 3000L', PTB-3000, Weight 2,550 - Weight_Empty 50) {DCS}"
        ),
    },
    "mass": {
        "value": "50 kg",
        "source": f"50 kg: {DATAMINE} _G/launcher/{{7D7EC917-05F6-49D4-8045-61FC587DD019}}.lua (Weight_Empty) {DCS} (weak)",
        "note": "Game value; implausibly light for a 3,000 L tank, use with caution.",
    },
    "conformal": False,
    "note": "Drop tank.",
}

_PTB_2000_DCS = (
    f"{DATAMINE} _G/launcher/{{16602053-4A12-40A2-B214-AB60D481B20E}}.lua "
    f"('Fuel tank 2000L', PTB-2000, Weight 1,700 - Weight_Empty 50) {DCS}"
)

_TORNADO_DCS = (
    f"{DATAMINE} _G/launcher/{{EF124821-F9BB-4314-A153-E0E2FE1162C4}}.lua "
    f"('TORNADO Fuel tank', T-PTB, Weight 1,275 - Weight_Empty 50) {DCS}"
)

TANKS: dict[str, dict[str, dict]] = {
    "F-16A": {
        "370 gal wing": _F16_370,
        "300 gal centreline": _F16_300,
        # "600 gal wing": the Israeli 600 US gal wing tank was NOT found in any source
        # (searched); omitted. By capacity alone it would hold 1,817 kg [calc].
    },
    "F-16C": {
        "370 gal wing": _F16_370,
        "300 gal centreline": _F16_300,
        # "600 gal wing": not sourced, omitted (see F-16A).
    },
    "F-16I": {
        "370 gal wing": _F16_370,
        "300 gal centreline": _F16_300,
        # "600 gal wing": not sourced, omitted (see F-16A).
        "CFT": {
            "fuel": {
                "value": "681 kg",
                "source": (
                    "225 US gal each (450 per pair): DCS community mod file found with "
                    "find_string (code index id 37769233583, 'Left/Right Conformal fuel tank 225 gal') "
                    "[=681 kg calc at 0.80 kg/L] (weak; game mod data)"
                ),
                "note": (
                    "Per tank; count 2 for the pair. The only F-16I-specific figure found "
                    "is that the pair adds about 25 % range (estadao, see TANK_RANGE_PAIRS)."
                ),
            },
            "conformal": True,
            "note": (
                "Conformal tanks on the upper fuselage, not jettisonable in flight (CFTs are "
                "ground-removable only, https://en.wikipedia.org/wiki/Conformal_fuel_tank). "
                "The mod's store mass (703 kg each) is ambiguous (full or empty?) and is not given."
            ),
        },
    },
    "F-15D": {
        "610 gal": _F15_610,
        # No CFT: the Israeli Baz of Wooden Leg is not known to have carried CFTs.
    },
    "F-15E": {
        "610 gal": _F15_610,
        "CFT": _F15_CFT,
    },
    "F-15I": {
        "610 gal": _F15_610,
        "CFT": _F15_CFT,
    },
    "Su-34": {
        "PTB-3000": {
            **_PTB_3000,
            "note": (
                "Drop tank. Su-34 carriage of three PTB-3000: Military Watch Magazine estimate "
                "via https://life.ru/p/1845395 and https://piter.tv/event/MWM_Rossiya_pervoj_v_mire_sozdala_mezhkontinentalnij_istrebitel_bombardirovschik/ (weak). "
                "Tank data from the DCS Su-24M PTB-3000 (DCS has no Su-34 tank loadout)."
            ),
        },
    },
    "Su-35S": {
        "PTB-2000": {
            "fuel": {
                "value": "1,400 kg",
                "low": "1,400 kg",
                "high": "1,650 kg",
                "source": (
                    "(14,300 - 11,500) / 2 = 1,400 kg [calc]: Take-Off magazine Aug-Sep 2007 "
                    "(https://web.archive.org/web/20110728073121/http://www.sukhoi.org/files/su_news_29-08-07_eng.pdf): "
                    "11,500 kg internal, 14,300 kg with two drop tanks (as recorded in the catalog's Su-35S note); "
                    f"2,000 L by designation [=1,600 kg calc]; 1,650 kg: {_PTB_2000_DCS}"
                ),
                "note": "Per tank. The Su-35 sources say 'two drop tanks' without naming the type; PTB-2000 per brief.",
            },
            "mass": {
                "value": "50 kg",
                "source": f"50 kg: {_PTB_2000_DCS} (Weight_Empty) (weak)",
                "note": "Game value; looks too light.",
            },
            "conformal": False,
            "note": "Drop tank; 4,500 km at altitude with two of them (Rostec, https://cn.apdnews.com/article/214d16b).",
        },
    },
    # "Su-30SM": no source says the Su-30SM carries a PTB-2000 (searched; DCS's Su-30 has
    # no tank in its loadouts). Left empty on purpose: the Su-30MKI, from which the SM
    # derives, has no wet hardpoints ('none of its 12 hardpoints had wet hardpoints',
    # http://idrw.org/super-sukhoi-iaf-decides-to-give-more-legs-to-sukhoi-30mki/, weak),
    # and the Su-27/30 family is hardly ever seen with drop tanks
    # (https://www.indomiliter.com/sukhoi-su-27-su-30-tidak-pernah-gunakan-external-fuel-tank-inilah-sebabnya/,
    # weak). MiG-31 (PTB-2500) and F-111F (600 US gal) tanks: their capacities were not
    # found in any stored source (searched in English and Russian), so they are not listed.
    "Su-30SM": {},
    "Su-24M": {
        "PTB-3000": {
            **_PTB_3000,
            "note": (
                f"Drop tank. Su-24M carriage only from game data: the DCS Su-24M loadout lists "
                f"PTB-3000 ({DATAMINE} _G/db/Units/Planes/Plane/Su-24M.lua) {DCS}."
            ),
        },
        "PTB-2000": {
            "fuel": {
                "value": "1,600 kg",
                "low": "1,600 kg",
                "high": "1,650 kg",
                "source": f"2,000 L by designation [=1,600 kg calc at 0.80 kg/L]; 1,650 kg: {_PTB_2000_DCS}",
            },
            "mass": {
                "value": "50 kg",
                "source": f"50 kg: {_PTB_2000_DCS} (Weight_Empty) (weak)",
            },
            "conformal": False,
            "note": (
                f"Drop tank. Su-24M carriage only from game data: the DCS Su-24M loadout lists "
                f"PTB-2000 ({DATAMINE} _G/db/Units/Planes/Plane/Su-24M.lua) {DCS}."
            ),
        },
    },
    # "MiG-31": PTB-2500 not found in any source (searched pages and the DCS database;
    # DCS's MiG-31 carries no tank). Left empty on purpose.
    "MiG-31": {},
    # "F-111F": no F-111 source gives a 600 gal (or any) tank capacity (600 gal was found
    # only as the F-4E centreline tank). The one sourced statement: on the 1973 F-111C
    # delivery ferries the external tanks gave only a marginal range gain once their drag
    # and the cruise-altitude and wing-sweep limits were counted, and the F-111As were
    # delivered without them (http://qldairmuseum.au/qam-content/aircraft/f-111/F-111-deliveries.htm).
    "F-111F": {},
    "Tornado GR4": {
        "1,500 L": {
            "fuel": {
                "value": "1,200 kg",
                "low": "1,200 kg",
                "high": "1,225 kg",
                "source": (
                    "1,200 kg of fuel each: https://air2air.de/nachrichten/verlust-von-zusatztanks-am-tornado-luftwaffe-bestaetigt-pilotenfehler/ "
                    "(Luftwaffe Tornado tanks, 2019 inadvertent release; 5.60 m long, 74 cm diameter); "
                    f"1,225 kg: {_TORNADO_DCS}; 1,500 L [=1,200 kg calc at 0.80 kg/L]"
                ),
                "note": "air2air gives no litre figure; that it is the 1,500 L tank is our inference from the mass.",
            },
            "mass": {
                "value": "130 kg",
                "low": "50 kg",
                "high": "130 kg",
                "source": (
                    "about 130 kg empty: https://air2air.de/nachrichten/verlust-von-zusatztanks-am-tornado-luftwaffe-bestaetigt-pilotenfehler/; "
                    f"50 kg: {_TORNADO_DCS} (Weight_Empty) (weak)"
                ),
            },
            "conformal": False,
            "note": "Underwing drop tank, jettisonable (two were released at 6,000 m in 2019, air2air).",
        },
        "2,250 L": {
            "fuel": {
                "value": "1,800 kg",
                "source": "2,250 L by designation only [=1,800 kg calc at 0.80 kg/L]; no page found for this tank",
                "note": "Capacity from the tank's name in the brief; not confirmed by any source.",
            },
            "conformal": False,
            "note": "The large RAF 'Hindenburger' underwing tank; no source found for its capacity, mass or use. Mass not given.",
        },
    },
    # Not requested, offered for the Doolittle entry: the raid's added internal tanks.
    # Delete if unwanted. Internal (bomb bay, crawlway, rear fuselage): no drag.
    "B-25B": {
        "raid auxiliary tanks": {
            "fuel": {
                "value": "1,216 kg",
                "source": (
                    "1,141 - 694 = 447 US gal [calc]: raid fuel 1,141 gal "
                    "(https://dev.historycollection.co/world-war-ii-facts-that-never-cease-to-amaze/9; "
                    "http://mile181.blogspot.com/2012/03/doolittle-update-70-years-ago.html, weak) less the "
                    "standard 694 gal (mile181, weak) [=2,682 lb = 1,216 kg calc, AvGas 6.0 lb/gal]"
                ),
                "note": "All added cells together, as ONE tank (count 1). The ten 5-gal cans (weak) are not included.",
            },
            "conformal": True,
            "note": "Internal tanks (bomb bay, crawlway, rubber rear-fuselage cell): not jettisonable, no external drag.",
        },
    },
}


# =========================================================================== 3. FERRY

FERRY: dict[str, dict] = {
    # F-15E: the catalog mixed 4,445 km (USAF fact sheet via note, CFT + external tanks),
    # 5,552 km (autoevolution, CFT + 3 tanks, F-15C) and DCS 2,540 km (game 'range',
    # meaning unclear). No clean figure exists: kept the two CFT + 3 x 610 gal figures,
    # dropped DCS. Also: the catalog's internal_fuel high (10,246 kg, DCS) already
    # includes the CFTs - drop it (use 6,101 kg, ACG-3) or CFT fuel is counted twice.
    "F-15E": {
        "ferry_range": {
            "value": "4,445 km",
            "low": "4,445 km",
            "high": "5,552 km",
            "source": (
                "2,762 mi: github research note (find_string id 54219066899) citing the USAF fact sheet "
                "(with CFTs + external tanks) [=4,445 km]; 3,450 mi: "
                "https://www.autoevolution.com/news/f-15-eagle-takes-off-from-nevada-for-the-last-time-packs-tanks-to-last-it-to-florida-187077.html "
                "(F-15 with CFTs and three external tanks, article on F-15Cs) [=5,552 km calc]"
            ),
            "note": "Both: conformal tanks + three 610 gal external tanks. DCS 2,540 km left out.",
        },
        "ferry_tanks": ["2 x CFT", "3 x 610 gal"],
    },
    # F-16C: the catalog mixed pimaair's 2,400 mi (F-16B plate, configuration unknown),
    # diff.wiki's 2,280 "mi" (= the Wikipedia 2,280 nmi figure with the unit slipped) and
    # thisvsthat's 4,220 km. The 2,280 nmi / 4,220 km figure is published "with drop
    # tanks" (forum copy of Wikipedia, weak) - which tanks is NOT stated, hence None. No
    # clean F-16C range was found. If a list is needed, "2 x 370 gal wing" is the normal
    # F-16 fit (baconblade quoting the USAF, weak), but nothing ties it to this figure.
    "F-16C": {
        "ferry_range": {
            "value": "4,220 km",
            "low": "3,669 km",
            "high": "4,223 km",
            "source": (
                "4,220 km: https://thisvsthat.io/f-15-vs-f-16; 2,280 nmi 'with drop tanks': "
                "https://community.infiniteflight.com/t/f-16-fighting-falcon-rework/219451 "
                "(forum copy of the Wikipedia spec) [=4,223 km calc] (weak); 2,280 mi: "
                "https://diff.wiki/index.php/Differences_between_F-15_and_F-16_Fighting_Falcon "
                "('ferry'; likely the same figure with the unit slipped) [=3,669 km calc]"
            ),
            "note": (
                "With drop tanks, number and type not stated. pimaair's 2,400 mi (3,862 km, "
                "F-16B, configuration unknown) left out; ssp_airplane's '~3,700 km with "
                "external tanks' (weak) also not used."
            ),
        },
        "ferry_tanks": None,
    },
    # Su-35S: split 3,400-3,600 km (internal fuel / 'without refuelling') from 4,500 km
    # (two drop tanks, at altitude: Rostec via apdnews; omdertimes). Clean preferred. The
    # ~1,500 km sea-level figures stay out as before.
    "Su-35S": {
        "ferry_range": {
            "value": "3,600 km",
            "low": "3,400 km",
            "high": "3,600 km",
            "source": (
                "3,600 km: https://omdertimes.com/216712 (range 3,600 km, rising to 4,500 km with "
                "external tanks); 3,600 km: https://noticiaslatam.lat/20180327/iturup-flanker-e-maniobras-fronteras-japon-1077390079.html "
                "('without refuelling'); 3,600 km: https://sathiyam.tv/?p=637356; 3,400 km: "
                "https://amp.aereo.jor.br/2018/02/28/caca-sukhoi-su-35-completa-10-anos-do-primeiro-voo; "
                "3,400 km: https://sputniknews.jp/20170202/3301538.html ('without refuelling')"
            ),
            "note": (
                "Clean (internal fuel). omdertimes states it explicitly; the others give an "
                "unqualified range next to separate tank figures elsewhere, so internal fuel is presumed."
            ),
        },
        "ferry_tanks": [],
        # Alternative with tanks (same page family): 4,500 km, ["2 x PTB-2000"],
        # https://cn.apdnews.com/article/214d16b (Rostec: at altitude with two drop tanks);
        # https://omdertimes.com/216712.
    },
    # Su-34: the catalog mixed 4,000 km (Sukhoi press release, TASS), 4,500 km (Vesti,
    # jejaktapak 'without refuelling') and the MWM estimate of 8,000 km with 3 x PTB-3000
    # (already excluded). Kept 4,000-4,500 km. None of these states the configuration;
    # read as internal fuel (the only tanked figure is the MWM one) - PRESUMED, not stated.
    "Su-34": {
        "ferry_range": {
            "value": "4,000 km",
            "low": "4,000 km",
            "high": "4,500 km",
            "source": (
                "4,000 km: http://en.azeridefence.com/sukhoi-fulfilled-the-state-defense-order-2016-for-the-su-34-frontline-bombers/ "
                "(Sukhoi: 'flight range up to 4,000 km'); 4,000 km: https://tass.ru/ural-news/5880021; "
                "4,500 km: https://vesti.ru/article/2475099 (without refuelling); 4,500 km: "
                "https://jejaktapak.com/2016/08/26/su-34-bomber-tempur-canggih-ini-ternyata-dijuluki-si-itik "
                "(without refuelling; 7,000 km with)"
            ),
            "note": "Configuration not stated by these sources; presumed internal fuel only.",
        },
        "ferry_tanks": [],
        # Alternative with tanks: 8,000 km, ["3 x PTB-3000"], Military Watch Magazine
        # estimate, ideal profile, no weapons: https://life.ru/p/1845395 (weak).
    },
    # Su-24M: the catalog has 2,850 km (nighthawk data page) and 3,500 km (TASS 2021,
    # 'ferry range'). Neither states the tanks; a Soviet 'ferry range' usually means with
    # drop tanks but no source says so. Not split: both kept, ferry_tanks None. If a clean
    # figure is wanted, 2,850 km is the more likely candidate (unverified).
    "Su-24M": {
        "ferry_range": {
            "value": "2,850 km",
            "low": "2,850 km",
            "high": "3,500 km",
            "source": (
                "2,850 km: http://nighthawk.o.oo7.jp/aircraft/data/r-su24-data.html; "
                "3,500 km: https://tass.ru/proisshestviya/12239583/amp (TASS 2021: 'ferry range 3,500 km')"
            ),
            "note": "Configuration not stated by either source.",
        },
        "ferry_tanks": None,
    },
    # MiG-31: the catalog mixed 3,300 km ('ferry', israelnoticias via Lenta.ru, tanks not
    # stated), DCS 2,400 km (game 'range') and 1,450 km (gagadget: practical range without
    # refuelling or tanks; tipps-zum-reisen: 900 mi on internal fuel). Clean preferred:
    # 1,450 km. The 3,300 km ferry figure presumably uses drop tanks, but no PTB-2500 data
    # was found, so it cannot be tied to a tank list.
    "MiG-31": {
        "ferry_range": {
            "value": "1,450 km",
            "source": (
                "1,450 km: https://gagadget.com/en/weapons/239257-fourth-generation-mig-31-supersonic-fighter-crashes-in-russia-amp "
                "(practical range without refuelling or drop tanks); 900 mi: "
                "https://www.tipps-zum-reisen.de/travel/die-11-schnellsten-militaerjets-der-welt-2/9 "
                "(internal fuel) [=1,448 km calc]"
            ),
            "note": (
                "Clean (internal fuel, both sources). Probably not at best-range cruise "
                "(the MiG-31 is an interceptor), so conservative."
            ),
        },
        "ferry_tanks": [],
    },
    # F-111F: one source only (military-today 5,190 km, configuration not stated). No F-111
    # tank capacity was found, and the one sourced remark is that tanks gave only a marginal
    # gain on the F-111C ferries (qldairmuseum). Nothing to split; ferry_tanks None.
    "F-111F": {
        "ferry_range": {
            "value": "5,190 km",
            "source": "5,190 km: http://www.military-today.com/aircraft/f_111_aardvark.htm ('ferry range')",
            "note": "Configuration not stated.",
        },
        "ferry_tanks": None,
    },
    # Su-30SM: 3,000 km (komputerswiat 'operating range'; idrw: 3,000 km on internal fuel
    # for the Su-30MKI, from which the SM derives). TASS's 1,500 km stays out as before.
    # No tank source exists for the Su-30SM, so the clean figure is the only one.
    "Su-30SM": {
        "ferry_range": {
            "value": "3,000 km",
            "source": (
                "3,000 km: https://www.komputerswiat.pl/aktualnosci/militaria/katastrofa-rosyjskiego-mysliwca-su-30-zaloga-zginela-na-miejscu/ztct8e9 "
                "(operating range ~3,000 km); 3,000 km on internal fuel for the Su-30MKI (idrw.org, "
                "as recorded in the catalog's Su-30SM entry)"
            ),
            "note": "Internal fuel (stated for the MKI; presumed for the SM).",
        },
        "ferry_tanks": [],
    },
}


# =========================================================================== 4. PAIRS

TANK_RANGE_PAIRS: list[dict] = [
    {
        "airframe": "Su-35S",
        "clean_km": 3600,
        "with_tanks_km": 4500,
        "tanks": ["2 x PTB-2000"],
        "source": (
            "https://omdertimes.com/216712 (both figures in one article: 3,600 km, up to "
            "4,500 km with external tanks); https://cn.apdnews.com/article/214d16b (Rostec: "
            "4,500 km at altitude with two drop tanks)"
        ),
        "note": "+25 % for two tanks [calc]. Tank type not named by the sources. Best pair found.",
    },
    {
        "airframe": "F-15 (C)",
        "clean_km": 4828,
        "with_tanks_km": 5552,
        "tanks": ["2 x CFT"],
        "baseline_tanks": ["3 x 610 gal"],
        "source": (
            "4,828 km: https://sputniknews.jp/amp/20200421/7382390.html (Popular Mechanics: "
            "3,000 mi with three external tanks); 5,552 km: "
            "https://www.autoevolution.com/news/f-15-eagle-takes-off-from-nevada-for-the-last-time-packs-tanks-to-last-it-to-florida-187077.html "
            "(3,450 mi with CFTs and three external tanks)"
        ),
        "note": (
            "NOT a clean pair: the baseline already carries 3 x 610 gal; the difference is "
            "the CFT pair (+15 % [calc]). Two different sources."
        ),
    },
    {
        "airframe": "F-15 (variant not stated)",
        "clean_km": 3971,
        "with_tanks_km": 5750,
        "tanks": ["2 x CFT"],
        "source": (
            "https://milirepo.sabatech.jp/first-squad-of-f-15ex-will-not-be-equipped-with-cft-due-to-budgetary-constraints "
            "(CFTs raise F-15 range from 3,971 km to over 5,750 km) (weak)"
        ),
        "note": "Weak blog; whether external tanks are carried in either case is unclear. +45 % [calc].",
    },
    {
        "airframe": "F-16I",
        "clean_km": None,
        "with_tanks_km": None,
        "ratio": 1.25,
        "tanks": ["2 x CFT"],
        "source": "http://internacional.estadao.com.br/noticias/geral,israel-recebe-novos-cacas-americanos-de-longo-alcance,20040219p25539",
        "note": "Only a ratio: the pair of conformal tanks extends range by 25 %. No km figures published.",
    },
    {
        "airframe": "Su-34",
        "clean_km": 4000,
        "with_tanks_km": 8000,
        "tanks": ["3 x PTB-3000"],
        "source": (
            "4,000 km: http://en.azeridefence.com/sukhoi-fulfilled-the-state-defense-order-2016-for-the-su-34-frontline-bombers/ "
            "(Sukhoi, configuration not stated); 8,000 km: https://life.ru/p/1845395 "
            "(Military Watch Magazine estimate, ideal profile, no weapons) (weak)"
        ),
        "note": (
            "Different sources; the 8,000 km is a magazine estimate and the 4,000 km's "
            "configuration is presumed clean. +100 % for three tanks [calc] looks too high: "
            "use with care or not at all."
        ),
    },
    {
        "airframe": "MiG-31",
        "clean_km": 1450,
        "with_tanks_km": 3300,
        "tanks": None,
        "source": (
            "1,450 km: https://gagadget.com/en/weapons/239257-fourth-generation-mig-31-supersonic-fighter-crashes-in-russia-amp "
            "(without refuelling or tanks); 3,300 km: https://israelnoticias.com/internacional/cazas-mig-31-aeropuerto-civil "
            "('ferry range', tanks not stated)"
        ),
        "note": (
            "Tank fit of the 3,300 km ferry figure not stated (presumably 2 drop tanks), and "
            "the 1,450 km is a practical, not best-cruise, range: unusable for drag as it stands."
        ),
    },
]


# =========================================================================== self-check


def _summary() -> str:
    """Counts, and each new airframe's ferry configuration (build_catalogs.py checks that
    the required figures are there)."""
    lines = [f"EXTRA_AIRFRAMES: {len(EXTRA_AIRFRAMES)}"]
    for name, entry in EXTRA_AIRFRAMES.items():
        lines.append(f"  {name:12s} ferry_tanks={entry.get('ferry_tanks')!r}")
    lines.append(f"TANKS: {sum(len(v) for v in TANKS.values())} tanks on {len(TANKS)} airframes")
    lines.append(f"FERRY: {', '.join(FERRY)}")
    lines.append(f"TANK_RANGE_PAIRS: {len(TANK_RANGE_PAIRS)}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(_summary())
