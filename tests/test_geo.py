"""Tests of the general state and organisation knowledge (graph.geo and its tables)."""

from __future__ import annotations

import gettext
from importlib import resources

import babel
import pycountry
import pytest

from graph import geo
from graph.text import fold

# The 193 member states of the United Nations (ISO 3166-1 alpha-2).
UN_MEMBERS = frozenset(
    """
    AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD
    CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA
    GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI
    KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU
    MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA
    SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA
    UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
    """.split()
)
# Observer states and states or territories commonly named as states.
OTHERS = frozenset({"PS", "VA", "XK", "TW", "HK"})

# Forms given to several states: documented in graph.geo, they map to no state.
AMBIGUOUS = {
    "name": {"congo": ("CD", "CG"), "coree": ("KP", "KR")},
    "capital": {},
    "demonym": {
        **dict.fromkeys(["congolais", "congolaise", "congolaises"], ("CD", "CG")),
        **dict.fromkeys(["coreen", "coreenne", "coreens", "coreennes"], ("KP", "KR")),
    },
    "organisation": {},
}

STATES = geo.all_states()
ORGS = geo.all_organisations()


def _ambiguous(kind: str, form: str) -> bool:
    return fold(form) in AMBIGUOUS[kind]


# --- tables -----------------------------------------------------------------------------


@pytest.mark.parametrize("filename", ["states.tsv", "organisations.tsv"])
def test_tables_name_their_sources(filename):
    text = resources.files("graph").joinpath("data", filename).read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    assert comments and text.startswith("#")
    assert any("Source" in line for line in comments)


def test_every_un_member_and_observer_is_present():
    assert len(UN_MEMBERS) == 193
    codes = [s.iso2 for s in STATES]
    assert len(codes) == len(set(codes)), "duplicate iso2"
    assert set(codes) == UN_MEMBERS | OTHERS
    assert len(STATES) >= 195


def test_un_members_are_iso_countries():
    for code in UN_MEMBERS:
        assert pycountry.countries.get(alpha_2=code) is not None, code


@pytest.mark.parametrize("state", STATES, ids=lambda s: s.iso2)
def test_every_row_is_complete(state):
    assert state.name and state.name == state.name.strip()
    assert state.gender_number in {"m", "f", "mp", "fp"}
    assert state.capitals, "no capital"
    assert state.demonyms, "no demonym"
    assert all(d == d.lower() for d in state.demonyms), "demonyms are lower case"
    assert geo.state_by_iso(state.iso2) is state


def test_state_names_are_unique():
    names = [fold(s.name) for s in STATES]
    assert len(names) == len(set(names))


# --- state lookups ------------------------------------------------------------------------


@pytest.mark.parametrize("state", STATES, ids=lambda s: s.iso2)
def test_name_and_other_names_round_trip(state):
    assert geo.state_by_name(state.name) is state
    for other in state.other_names:
        if _ambiguous("name", other):
            assert geo.state_by_name(other) is None
        else:
            assert geo.state_by_name(other) is state, other


@pytest.mark.parametrize("state", STATES, ids=lambda s: s.iso2)
def test_capitals_round_trip(state):
    for capital in state.capitals:
        assert geo.state_by_capital(capital) is state, capital


@pytest.mark.parametrize("state", STATES, ids=lambda s: s.iso2)
def test_demonym_forms_round_trip(state):
    for form in state.demonyms:
        assert geo.is_demonym(form)
        assert geo.is_demonym(form.capitalize())  # nouns: "les Russes"
        if _ambiguous("demonym", form):
            assert geo.state_by_demonym(form) is None
        else:
            assert geo.state_by_demonym(form) is state, form
            assert geo.state_by_demonym(form.capitalize()) is state, form


def _pycountry_names() -> list[tuple[str, str]]:
    """(iso2, French name) pairs from pycountry and CLDR for the states of the table."""
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    territories = babel.Locale("fr").territories
    pairs = []
    for state in STATES:
        country = pycountry.countries.get(alpha_2=state.iso2)
        names = [territories.get(state.iso2)]
        if country is not None:
            names.append(fr.gettext(country.name))
            if getattr(country, "official_name", None):
                names.append(fr.gettext(country.official_name))
        # pycountry inverts some names ("Corée, République de"): not running text.
        pairs += [(state.iso2, n) for n in dict.fromkeys(names) if n and "," not in n]
    return pairs


@pytest.mark.parametrize(("iso2", "name"), _pycountry_names())
def test_pycountry_and_cldr_french_names_resolve(iso2, name):
    assert geo.state_by_name(name) is geo.state_by_iso(iso2)


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("etats-unis", "US"),
        ("ÉTATS-UNIS", "US"),
        ("Etats Unis", "US"),
        ("états unis d'amérique", "US"),
        ("Afrique du sud", "ZA"),
        ("COREE DU SUD", "KR"),
        ("Cote d’Ivoire", "CI"),
        ("cote d ivoire", "CI"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Bielorussie", "BY"),
        ("Guinee-Bissau", "GW"),
        ("guinée équatoriale", "GQ"),
        ("Bosnie Herzegovine", "BA"),
        ("Papouasie Nouvelle Guinée", "PG"),
        ("sao tome et principe", "ST"),
        ("Timor-Oriental", "TL"),
        ("Türkiye", "TR"),
    ],
)
def test_names_fold_accents_case_and_hyphens(text, iso2):
    assert geo.state_by_name(text).iso2 == iso2


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("la Suisse", "CH"),
        ("La Confédération suisse", "CH"),
        ("les États-Unis", "US"),
        ("Les Pays-Bas", "NL"),
        ("l'Iran", "IR"),
        ("l’Allemagne", "DE"),
        ("L'Union des Comores", "KM"),
        ("le Canada", "CA"),
        ("le Royaume-Uni", "GB"),
        ("les Philippines", "PH"),
        ("la RDC", "CD"),
        ("l'Afrique du Sud", "ZA"),
    ],
)
def test_names_tolerate_a_leading_article(text, iso2):
    assert geo.state_by_name(text).iso2 == iso2


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("République fédérative du Brésil", "BR"),
        ("République arabe d'Égypte", "EG"),
        ("République française", "FR"),
        ("République populaire de Chine", "CN"),
        ("République de Chine", "TW"),
        ("République démocratique du Congo", "CD"),
        ("République du Congo", "CG"),
        ("République islamique d'Iran", "IR"),
        ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "GB"),
        ("République arabe syrienne", "SY"),
        ("Royaume hachémite de Jordanie", "JO"),
        ("République fédérale d'Allemagne", "DE"),
        ("Confédération suisse", "CH"),
        ("République algérienne démocratique et populaire", "DZ"),
        ("État plurinational de Bolivie", "BO"),
        ("République bolivarienne du Venezuela", "VE"),
        ("République unie de Tanzanie", "TZ"),
        ("Saint-Siège", "VA"),
        ("État de Palestine", "PS"),
        ("Myanmar", "MM"),
        ("Bélarus", "BY"),
        ("Swaziland", "SZ"),
        ("Tchéquie", "CZ"),
        ("République tchèque", "CZ"),
        ("Macédoine", "MK"),
        ("Grande-Bretagne", "GB"),
        ("Moldova", "MD"),
        ("Cabo Verde", "CV"),
    ],
)
def test_official_long_forms_and_variants(text, iso2):
    assert geo.state_by_name(text).iso2 == iso2


@pytest.mark.parametrize(
    ("text", "iso2"),
    [("RPDC", "KP"), ("RDC", "CD"), ("USA", "US"), ("US", "US"), ("EAU", "AE"), ("RCA", "CF")],
)
def test_acronyms_match_only_in_capitals(text, iso2):
    assert geo.state_by_name(text).iso2 == iso2
    assert geo.state_by_name(text.lower()) is None


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("Oslo", "NO"),
        ("Kyiv", "UA"),
        ("Pékin", "CN"),
        ("Beijing", "CN"),
        ("pekin", "CN"),
        ("Canberra", "AU"),
        ("Washington", "US"),
        ("Nairobi", "KE"),
        ("Séoul", "KR"),
        ("Téhéran", "IR"),
        ("Le Caire", "EG"),
        ("La Havane", "CU"),
        ("Addis Abeba", "ET"),
        ("Oulan Bator", "MN"),
        ("N'Djamena", "TD"),
        ("Port-au-Prince", "HT"),
        ("Buenos Aires", "AR"),
        ("Nouakchott", "MR"),
        ("Canberra", "AU"),
        ("Brasília", "BR"),
        ("Bogotá", "CO"),
        ("Asunción", "PY"),
        ("Chișinău", "MD"),
        ("Taipei", "TW"),
        ("Ramallah", "PS"),
    ],
)
def test_capitals(text, iso2):
    assert geo.state_by_capital(text).iso2 == iso2


@pytest.mark.parametrize(
    ("word", "iso2"),
    [
        ("russe", "RU"),
        ("russes", "RU"),
        ("Russes", "RU"),
        ("sud-africain", "ZA"),
        ("sud-africaine", "ZA"),
        ("Sud-Africains", "ZA"),
        ("sud africaines", "ZA"),
        ("néo-zélandaise", "NZ"),
        ("américain", "US"),
        ("américaine", "US"),
        ("Américains", "US"),
        ("étasunienne", "US"),
        ("péruviens", "PE"),
        ("péruvienne", "PE"),
        ("chinois", "CN"),
        ("chinoise", "CN"),
        ("chinoises", "CN"),
        ("iranien", "IR"),
        ("français", "FR"),
        ("française", "FR"),
        ("Françaises", "FR"),
        ("britanniques", "GB"),
        ("allemande", "DE"),
        ("espagnoles", "ES"),
        ("israélienne", "IL"),
        ("palestiniens", "PS"),
        ("grecque", "GR"),
        ("grecs", "GR"),
        ("turque", "TR"),
        ("turcs", "TR"),
        ("suissesse", "CH"),
        ("lettone", "LV"),
        ("nipponne", "JP"),
        ("ouzbèke", "UZ"),
        ("kirghize", "KG"),
        ("burkinabée", "BF"),
        ("sénégalaises", "SN"),
        ("népalais", "NP"),
        ("brésilienne", "BR"),
        ("nigérienne", "NE"),
        ("nigériane", "NG"),
        ("soudanais", "SD"),
        ("sud-soudanaise", "SS"),
        ("guinéenne", "GN"),
        ("bissau-guinéens", "GW"),
        ("équato-guinéenne", "GQ"),
        ("dominicaine", "DO"),
        ("néo-zélandaise", "NZ"),
        ("saoudienne", "SA"),
        ("émiratis", "AE"),
        ("kényane", "KE"),
        ("malgaches", "MG"),
        ("vietnamiens", "VN"),
        ("taïwanaise", "TW"),
        ("kosovars", "XK"),
    ],
)
def test_demonym_inflections(word, iso2):
    assert geo.state_by_demonym(word).iso2 == iso2
    assert geo.is_demonym(word)


@pytest.mark.parametrize("word", ["maison", "président", "Paris", "Chili", "", "nord", "sud"])
def test_not_demonyms(word):
    assert not geo.is_demonym(word)
    assert geo.state_by_demonym(word) is None


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("russe", ("russe", "russes")),
        ("péruvien", ("péruvien", "péruvienne", "péruviens", "péruviennes")),
        ("nippon", ("nippon", "nipponne", "nippons", "nipponnes")),
        ("américain", ("américain", "américaine", "américains", "américaines")),
        ("espagnol", ("espagnol", "espagnole", "espagnols", "espagnoles")),
        ("français", ("français", "française", "françaises")),
        ("kirghiz", ("kirghiz", "kirghize", "kirghizes")),
        ("national", ("national", "nationale", "nationaux", "nationales")),
    ],
)
def test_demonym_inflection_rules(base, forms):
    assert geo.demonym_forms(base) == forms


# --- ambiguity ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["name", "capital", "demonym", "organisation"])
def test_ambiguous_forms_are_exactly_the_documented_ones(kind):
    assert geo.ambiguous_forms(kind) == AMBIGUOUS[kind]


def test_ambiguous_forms_map_to_no_state():
    assert geo.state_by_name("Congo") is None
    assert geo.state_by_name("le Congo") is None
    assert geo.state_by_name("Corée") is None
    assert geo.state_by_demonym("congolais") is None
    assert geo.state_by_demonym("Coréens") is None
    assert geo.is_demonym("congolaise") and geo.is_demonym("coréenne")


def test_no_form_names_two_states_across_kinds():
    """A folded name, capital or demonym belongs to one state, unless documented."""
    owner: dict[str, set[str]] = {}
    for state in STATES:
        for form in (state.name, *state.other_names, *state.capitals, *state.demonyms):
            owner.setdefault(fold(form), set()).add(state.iso2)
    documented = {k for forms in AMBIGUOUS.values() for k in forms}
    clashes = {k: v for k, v in owner.items() if len(v) > 1 and k not in documented}
    assert not clashes


# --- organisations ------------------------------------------------------------------------


def test_organisation_table():
    assert 60 <= len(ORGS) <= 150
    acronyms = [o.acronym for o in ORGS]
    assert len(acronyms) == len(set(acronyms)), "duplicate acronym"
    for org in ORGS:
        assert org.name
        assert org.parent != org.acronym
        if org.parent is not None:
            assert geo.organisation_by_acronym(org.parent) is not None, org.parent


def test_organisation_parents_have_no_cycle():
    for org in ORGS:
        seen = {org.acronym}
        parent = org.parent
        while parent is not None:
            assert parent not in seen, org.acronym
            seen.add(parent)
            parent = geo.organisation_by_acronym(parent).parent


@pytest.mark.parametrize(
    "acronym",
    [
        "ONU",
        "CSNU",
        "AGNU",
        "CIJ",
        "OTAN",
        "UE",
        "Commission européenne",
        "Parlement européen",
        "BCE",
        "UA",
        "ANASE",
        "OPEP",
        "OMS",
        "FMI",
        "Banque mondiale",
        "OMC",
        "G7",
        "G20",
        "BRICS",
        "Interpol",
        "CPI",
        "OSCE",
        "Conseil de l'Europe",
        "LEA",
        "OEA",
        "CEDEAO",
        "AIEA",
        "HCR",
        "UNESCO",
        "OCDE",
    ],
)
def test_major_organisations_are_present(acronym):
    assert geo.organisation_by_acronym(acronym) is not None


@pytest.mark.parametrize("org", ORGS, ids=lambda o: o.acronym)
def test_organisation_names_round_trip(org):
    for form in (org.acronym, org.name, *org.other_names):
        assert geo.organisation_by_name(form) is org, form


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("l'ONU", "ONU"),
        ("L'ONU", "ONU"),
        ("l’OMS", "OMS"),
        ("l'Unesco", "UNESCO"),
        ("WHO", "OMS"),
        ("Nations unies", "ONU"),
        ("les Nations Unies", "ONU"),
        ("l'Organisation mondiale de la santé", "OMS"),
        ("l'Union européenne", "UE"),
        ("la Banque mondiale", "Banque mondiale"),
        ("le Conseil de sécurité", "CSNU"),
        ("la Cour pénale internationale", "CPI"),
        ("l'Unesco", "UNESCO"),
        ("la Cédéao", "CEDEAO"),
        ("ASEAN", "ANASE"),
        ("la Ligue arabe", "LEA"),
        ("le G7", "G7"),
    ],
)
def test_organisation_lookup(text, acronym):
    assert geo.organisation_by_name(text).acronym == acronym


@pytest.mark.parametrize(
    ("text"), ["ue", "ua", "pam", "Pam", "bad", "eau", "Banque", "Conseil", ""]
)
def test_organisation_non_matches(text):
    assert geo.organisation_by_name(text) is None


def test_parents_of_bodies():
    assert geo.organisation_by_name("Conseil de sécurité des Nations unies").parent == "ONU"
    assert geo.organisation_by_name("Commission européenne").parent == "UE"
    assert geo.organisation_by_name("CEDH").parent == "Conseil de l'Europe"
    assert geo.organisation_by_name("ONU").parent is None


def test_a_long_organisation_name_is_found_written_with_other_articles():
    # the table writes « Bureau de la coordination … »; articles also drop the « la »
    assert geo.organisation_by_name("Bureau de coordination des affaires humanitaires des "
                                    "Nations unies").acronym == "OCHA"
    assert geo.organisation_by_name("le Bureau de la coordination des affaires humanitaires "
                                    "des Nations unies").acronym == "OCHA"


def test_short_names_are_not_looked_up_without_their_articles():
    # « Banque de France » must not be « Banque France »: two words are too few to loosen
    assert geo.organisation_by_name("Nations de unies") is None
