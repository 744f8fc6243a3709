"""Extraction rules as data: general French word classes the dependency rules consult.

Each table covers a grammatical or semantic class of French as a whole (reporting
verbs, light verbs, quantity nouns, role nouns…), never words picked from a corpus.
Entries are lemmas as the French spaCy model emits them.
"""

from __future__ import annotations

# Dependency labels (Universal Dependencies, French model).
SUBJECT_DEPS = frozenset({"nsubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass"})
AGENT_DEPS = frozenset({"obl:agent"})
OBJECT_DEPS = frozenset({"obj"})
RECIPIENT_DEPS = frozenset({"iobj"})
OBLIQUE_DEPS = frozenset({"obl:arg", "obl:mod", "obl"})

# Prepositions under which an oblique entity is an argument of the verb worth an edge
# (destination, partner, opponent, source, recipient). Time and manner obliques are
# not entities and drop out by themselves.
ARGUMENT_PREPOSITIONS = frozenset(
    {"à", "au", "aux", "de", "du", "des", "en", "avec", "contre", "vers", "sur", "pour", "chez",
     "auprès", "envers", "dans", "face à"}
)
# Prepositions under which a common-noun oblique is still the verb's argument (« lutter
# contre les sites », « appeler à la formation », « se baser sur des témoignages »); under
# the others (« pour », « dans », « en »…) it is a circumstance.
CONCEPT_ARGUMENT_PREPOSITIONS = frozenset({"contre", "avec", "à", "sur", "envers", "vers",
                                           "auprès"})
# Clitic pronouns that stand for a verb's patient or recipient (« l'a conduit », « lui a
# résisté »), not its subject; the recipient's alone.
PATIENT_CLITICS = frozenset({"le", "la", "les", "l'", "l’", "lui", "leur"})
RECIPIENT_CLITICS = frozenset({"lui", "leur"})
# Verbs of justice and policing whose « pour » + noun is the charge (« condamné pour
# corruption », « recherché par la police pour escroquerie », « poursuivi pour
# fraude »): an argument, where after other verbs « pour » + noun is a circumstance.
CHARGE_VERBS = frozenset(
    {"condamner", "inculper", "poursuivre", "juger", "arrêter", "interpeller", "écrouer",
     "incarcérer", "emprisonner", "accuser", "soupçonner", "rechercher", "sanctionner",
     "punir", "verbaliser", "mettre"})
# Prepositions joining a named thing to the place it is in (« la RN 12 à Rennes », « le
# syndicat X de Lyon » — "de" only for organisations).
LOCATED_PREPOSITIONS = frozenset({"à", "en", "dans", "de"})
# Prepositions that make an oblique an agent, source or circumstance, never an argument.
NON_ARGUMENT_PREPOSITIONS = frozenset(
    {"selon", "d'après", "d’après", "depuis", "pendant", "après", "avant", "lors", "malgré",
     "parmi", "sans", "sous", "dès", "durant", "par"}
)
# The words French writes elided before a vowel (Grevisse, « Le Bon Usage », §44–45): a
# tokenizer keeps each one whole even where a quote, not a letter, follows it
# (« l'"Union », « qu'« il »).
ELIDED_WORDS = ("l'", "d'", "j'", "m'", "t'", "s'", "n'", "c'", "qu'", "jusqu'",
                "lorsqu'", "puisqu'", "quoiqu'")
# Contracted forms → the preposition shown in a relation label.
PREPOSITION_FORMS = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de", "d’": "de"}

# Verbs that carry no relation of their own: auxiliaries, copulas, light "support" verbs.
SKIP_VERBS = frozenset({"être", "avoir", "devenir", "sembler", "paraître", "rester"})

# Verbs whose compound tenses take "être" (« il est arrivé »): with that auxiliary alone
# and no agent they are active, whatever the parser's "aux:pass" says.
ETRE_VERBS = frozenset(
    {"aller", "venir", "arriver", "partir", "entrer", "naître", "mourir", "rester", "tomber",
     "retourner", "revenir", "devenir", "parvenir", "intervenir", "survenir", "décéder",
     "repartir", "redevenir", "accourir", "advenir", "provenir", "monter", "descendre",
     "sortir", "passer", "rentrer", "apparaître", "disparaître", "ressortir", "remonter",
     "redescendre", "retomber", "repasser", "réapparaître", "éclore"}
)

# The longest common-noun object (in words) named in the relation of a verb's other
# arguments (« céder siège à X »): a longer one would make the label a sentence.
OBJECT_IN_RELATION_WORDS = 3

# Light (support) verbs: the relation is the verb plus its noun ("utiliser veto").
LIGHT_VERBS = frozenset(
    {"utiliser", "opposer", "exercer", "apporter", "donner", "faire", "mettre", "porter",
     "lancer", "mener", "prendre", "rendre", "passer", "poser", "tenir", "effectuer", "émettre",
     "adresser", "accorder", "conclure", "exprimer", "formuler", "infliger", "imposer",
     "signer", "opérer", "engager", "livrer", "déclarer", "affirmer", "réaffirmer", "offrir",
     "promettre", "annoncer", "proposer", "manifester", "témoigner", "assurer", "garantir"}
)
# Verbs whose subject does what the action noun they govern names (« X envisage une attaque
# contre Y », « X multiplie les sanctions contre Y », « X n'exclut pas la coopération avec
# Y »): planning, deciding, wanting, doing, keeping up and stepping up. Not the verbs that
# judge it, ask for it, stop it or undergo it (« X condamne l'attaque contre Y », « X a
# suspendu son aide à Y »), whose subject is not its doer.
AGENT_OBJECT_VERBS = frozenset(
    {"envisager", "préparer", "planifier", "projeter", "prévoir", "exclure", "décider",
     "décréter", "ordonner", "vouloir", "souhaiter", "chercher", "rechercher", "poursuivre",
     "continuer", "intensifier", "multiplier", "renforcer", "durcir", "prolonger",
     "reprendre", "commencer", "entamer", "accroître", "étendre", "élargir", "maintenir",
     "appliquer", "organiser", "orchestrer", "coordonner", "revendiquer", "approfondir",
     "développer", "accélérer", "relancer", "amplifier", "accentuer", "redoubler",
     "perpétrer", "commettre", "conduire", "confirmer", "renouveler", "réitérer"}
)
# Nouns that, as object of a light verb, name the action itself (a closed, general class
# of French predicate nouns: acts of speech, decision, aid, force, visit, agreement).
PREDICATE_NOUNS = frozenset(
    {"veto", "véto", "visite", "appel", "soutien", "aide", "attaque", "offensive", "frappe",
     "pression", "menace", "sanction", "accord", "promesse", "discours", "déclaration",
     "demande", "proposition", "avertissement", "ultimatum", "hommage", "campagne",
     "guerre", "assaut", "raid", "opération", "enquête", "plainte", "recours", "référence",
     "allusion", "critique", "éloge", "solidarité", "accueil", "réception", "escale",
     "condamnation", "reconnaissance", "tribune", "annonce", "confiance", "défi", "face",
     "contrôle", "tête", "commandement", "direction", "défense", "libération", "retrait",
     "promotion", "accent", "part", "cause", "question", "influence", "rappel"}
)
# Predicate nouns whose "de X" is the target ("prendre le contrôle de X", "faire l'éloge
# de X", "assurer la défense de X"), not the doer.
DE_TARGET_NOUNS = frozenset(
    {"contrôle", "tête", "commandement", "direction", "défense", "libération", "retrait",
     "promotion", "éloge", "critique", "condamnation", "reconnaissance"}
)

# Verbs introducing reported speech or thought: the clause they govern is attributed to
# their subject. (The class of French verba dicendi et sentiendi.)
REPORTING_VERBS = frozenset(
    {"dire", "déclarer", "affirmer", "annoncer", "assurer", "expliquer", "indiquer", "préciser",
     "ajouter", "souligner", "rapporter", "raconter", "confirmer", "estimer", "juger",
     "considérer", "penser", "croire", "prétendre", "soutenir", "répéter", "rappeler",
     "révéler", "signaler", "noter", "observer", "constater", "reconnaître", "admettre",
     "avouer", "écrire", "publier", "relater", "témoigner", "certifier", "garantir",
     "insister", "marteler", "répondre", "expliciter", "commenter", "mentionner", "avertir",
     "prévenir", "alerter", "dénoncer", "accuser", "reprocher", "soupçonner", "alléguer",
     "suggérer", "laisser entendre", "faire savoir", "qualifier", "présenter", "décrire",
     "évoquer", "montrer", "démontrer", "prouver", "conclure", "informer", "citer", "relever"}
)
# Verbs of what a speaker feels as they speak, in the incise after a quotation (« « … »,
# s'est réjoui X », « regrette Y », « s'inquiète Z »): who speaks the quotation, like the
# reporting verbs; only there (« X s'inquiète de la hausse » reports nothing).
INCISE_VERBS = frozenset(
    {"réjouir", "féliciter", "regretter", "déplorer", "inquiéter", "indigner", "plaindre",
     "alarmer", "emporter", "exclamer", "écrier", "enthousiasmer", "désoler", "lamenter",
     "renchérir", "rétorquer", "répliquer", "ironiser", "nuancer", "tempérer", "lancer",
     "poursuivre", "résumer", "trancher", "lâcher", "glisser", "souffler", "confier"}
)
# Reporting verbs whose « sur » or « à » complement is what is said or thought of
# (« insister sur le bilan », « penser à une fuite », « répondre à une lettre », « estimer à
# 3 % la hausse »), not where or to whom.
ARGUMENT_REPORTING_VERBS = frozenset({"insister", "témoigner", "commenter", "dénoncer",
                                      "accuser", "reprocher", "alerter", "penser",
                                      "répondre", "estimer"})
# The stems of the verbs in « -aître » (the whole class: connaître, paraître, naître and
# their compounds), whose present « il reconnait » the 1990 spelling writes without the
# circumflex and the lemmatizer then misreads.
AITRE_STEMS = frozenset(
    {"conn", "reconn", "méconn", "par", "appar", "dispar", "compar", "repar", "transpar",
     "n", "ren", "rep"}
)
# Reporting verbs that themselves present the clause as an accusation.
ACCUSATION_VERBS = frozenset({"accuser", "soupçonner", "alléguer", "reprocher", "dénoncer"})
# Verbs of calling someone or something something (« qualifier la décision de trahison »,
# « traiter X de menteur »): the « de » noun is what the object is called, in the relation.
QUALIFYING_VERBS = frozenset({"qualifier", "traiter"})
# Verbs that deny or reject what they govern or refer to ("ce que … nient").
DENIAL_VERBS = frozenset(
    {"nier", "démentir", "rejeter", "réfuter", "contester", "récuser", "dénier", "infirmer"}
)
# Verbs of hope, fear, intention, possibility, request and promise: what they govern has not
# happened ("X espère signer", "X a invité Y à venir", "X appelle Y à rejeter …", "X a
# promis de …").
HYPOTHETICAL_VERBS = frozenset(
    {"espérer", "souhaiter", "vouloir", "désirer", "craindre", "redouter", "envisager",
     "projeter", "compter", "prévoir", "pouvoir", "devoir", "risquer", "menacer", "tenter",
     "chercher", "viser", "exclure", "imaginer", "proposer", "s'inquiéter", "inquiéter",
     "inviter", "appeler", "exhorter", "inciter", "encourager", "demander", "conseiller",
     "supplier", "presser", "enjoindre", "recommander", "sommer", "implorer", "autoriser",
     "habiliter", "exiger", "réclamer", "ordonner", "solliciter", "promettre", "jurer",
     "s'engager"}
)
# Verbs of sentencing and compelling by law: the act of their « à » infinitive is ordered,
# not done (« X a été condamné à payer une amende »). Their object alone is a fact
# (« X a condamné l'attaque »), so they are no `HYPOTHETICAL_VERBS`.
SENTENCE_VERBS = frozenset({"condamner", "astreindre"})
# Pronominal verbs that take « en » as part of their meaning (« s'en prendre à X »: attack
# X; « s'en tenir à », « s'en remettre à »).
EN_PRONOMINAL_VERBS = frozenset({"prendre", "tenir", "remettre", "sortir"})
# Nouns for a person by what they do (beyond `ROLE_NOUNS`): set after a thing, they say
# who, they are no second thing (« le titre, le maire de X et son rival »).
PERSON_NOUNS = frozenset(
    {"candidat", "candidate", "député", "députée", "sénateur", "sénatrice", "militant",
     "militante", "avocat", "avocate", "journaliste", "opposant", "opposante", "rival",
     "rivale", "adversaire", "héritier", "héritière", "fondateur", "fondatrice"})
# Participles of origin or link whose complement says what a thing is (« la panne née de
# l'orage », « les violences liées au scrutin », « les fonds issus de la vente »).
ORIGIN_PARTICIPLES = frozenset(
    {"né", "née", "nés", "nées", "lié", "liée", "liés", "liées", "issu", "issue", "issus",
     "issues", "dû", "due", "dus", "dues", "consécutif", "consécutive", "consécutifs",
     "consécutives"})
# Adverbs that make « de » + noun an amount (« plus de personnes », « moins de postes »).
AMOUNT_ADVERBS = frozenset({"plus", "moins", "près", "autant", "beaucoup", "peu", "trop",
                            "davantage", "tant", "assez"})
# Verbs of commitment whose infinitive is the news as committed, not as done: the relation
# is the whole (« X menace de frapper Y » → X –menacer de frapper→ Y, as stated).
COMMITMENT_VERBS = frozenset({"menacer", "promettre", "jurer"})
# Verbs of stopping: the act of their « de » infinitive is what stops, so the relation says
# it whole (« cesser de soutenir X » is no support of X: X –cesser de soutenir→).
STOP_VERBS = frozenset({"cesser", "arrêter"})
# Nouns of fear, hope, suspicion and duty that make the clause they govern hypothetical
# (« l'obligation de déclarer … »: a duty, not the act done).
HYPOTHETICAL_NOUNS = frozenset(
    {"inquiétude", "crainte", "peur", "espoir", "risque", "possibilité", "hypothèse",
     "soupçon", "rumeur", "perspective", "éventualité", "menace", "obligation"}
)
# Modal verbs that, in the passé composé, the plus-que-parfait or the passé simple, tell
# their infinitive as done (« la police a pu arrêter X », « X avait dû rappeler Y »); in
# the present, the imperfect or the conditional, a possibility or duty.
REALIZED_MODALS = frozenset({"pouvoir", "devoir", "parvenir", "réussir"})
# Verbs of liking that make a wish in the conditional (« elle aimerait racheter le port »,
# « elle préférerait négocier »): what they govern is hoped for, not done.
WISH_VERBS = frozenset({"aimer", "préférer", "adorer"})
# Nouns of a text or measure proposed or voted: what one of them would do, in the
# conditional, is its effect if applied, not a rumour (« ce décret ferait fermer trois
# ports », « la réforme permettrait de … »).
PROPOSAL_NOUNS = frozenset(
    {"amendement", "projet", "proposition", "réforme", "loi", "texte", "mesure", "plan",
     "décret", "directive", "règlement"})
# Adjectives of readiness and ability: the infinitive they govern is not done (« X est prêt
# à intervenir », « X est susceptible de céder »).
READINESS_ADJECTIVES = frozenset(
    {"prêt", "disposé", "décidé", "déterminé", "résolu", "susceptible", "enclin", "apte",
     "capable"}
)
# Adjectives of liability: what their « de » complement names may befall, it has not
# (« X est passible d'une amende infligée par Y »).
LIABILITY_ADJECTIVES = frozenset({"passible", "susceptible", "exposé", "menacé"})
# Adjectives of inability: the act their « de » infinitive names is not done (« l'UE,
# incapable d'adopter des sanctions, … », « impuissant à enrayer la crue »).
INABILITY_ADJECTIVES = frozenset({"incapable", "impuissant", "inapte"})
# Verbs of failing and refusing: the act their infinitive names is not done (« les Vingt-Sept
# ont échoué à adopter X », « X a refusé de signer », « X a renoncé à briguer Y »).
FAILURE_VERBS = frozenset({"échouer", "refuser", "renoncer", "omettre", "s'abstenir",
                           "négliger"})
# Nouns of will, plan and attempt: the act their « de » infinitive names is aimed at, not
# done (« la volonté de la société de fermer deux ateliers », « son intention de
# vendre le port », « la tentative de Y de racheter X »).
INTENTION_NOUNS = frozenset(
    {"volonté", "intention", "projet", "plan", "souhait", "désir", "envie", "ambition",
     "objectif", "promesse", "engagement", "tentative", "proposition", "résolution"}
)
# Adverbs and adjectives that hedge a claim.
HEDGES = frozenset(
    {"apparemment", "probablement", "peut-être", "possiblement", "vraisemblablement",
     "potentiel", "présumé", "supposé", "éventuel", "prétendu"}
)
# Nouns that take up a claim just made ("…, des accusations que X rejette").
CLAIM_NOUNS = frozenset(
    {"accusation", "allégation", "affirmation", "information", "rumeur", "assertion",
     "version", "thèse", "propos", "déclaration", "révélation", "soupçon", "explication",
     "hypothèse", "piste", "interprétation"}
)
# Claim nouns that give the account of a fact rather than a contested claim: « l'explication
# donnée est que X » tells X as the writer's fact, where « la thèse retenue est que X »
# puts X forward.
ACCOUNT_NOUNS = frozenset({"explication"})
# Sources introduced by a preposition: "selon X", "d'après X".
SOURCE_MARKERS = frozenset({"selon", "d'après", "d’après", "suivant"})
# The irregular stems of the French future and conditional (a closed list of the grammar:
# every other verb builds them on its infinitive, less the « e » of « -re »), by the
# infinitive or its ending for the compounds (« devenir », « maintenir », « refaire »).
FUTURE_STEMS = {"être": "ser", "avoir": "aur", "faire": "fer", "aller": "ir",
                "pouvoir": "pourr", "devoir": "devr", "vouloir": "voudr", "savoir": "saur",
                "falloir": "faudr", "valoir": "vaudr", "venir": "viendr", "tenir": "tiendr",
                "voir": "verr", "envoyer": "enverr", "mourir": "mourr", "courir": "courr",
                "recevoir": "recevr", "apercevoir": "apercevr", "asseoir": "assiér",
                "pleuvoir": "pleuvr", "cueillir": "cueiller", "acquérir": "acquerr",
                "conquérir": "conquerr"}
# Words by which a negated verb's object is without equal, not denied (« n'avait jamais
# connu une pareille crue », « jamais vu une telle foule »).
UNMATCHED_WORDS = frozenset({"pareil", "pareille", "pareils", "pareilles", "tel", "telle",
                             "tels", "telles", "semblable", "semblables"})
NEGATION_WORDS = frozenset({"pas", "jamais", "plus", "aucun", "aucune", "nullement", "guère"})
# With « ne », the determiners and pronouns that negate the clause from one of its
# arguments (« n'a remporté aucun match », « aucun pays n'a signé », « personne n'a
# voté », « n'a rien dit »), as the French grammars list the negative words.
NEGATIVE_DETERMINERS = frozenset({"aucun", "aucune", "nul", "nulle"})
NEGATIVE_PRONOUNS = frozenset({"rien", "personne", "aucun", "aucune", "nul", "nulle"})

# Nouns naming an amount of something: the argument is their "de" complement
# ("des dizaines de missiles" → missiles).
# Quantity nouns that count in figures: the amount stays with what it counts (« 3,5
# milliards d'euros », « des milliers de grévistes »).
COUNTING_NOUNS = frozenset(
    {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
     "cinquantaine", "soixantaine", "centaine", "millier", "million", "milliard", "tonne",
     "kilo", "litre", "baril"}
)
QUANTITY_NOUNS = frozenset(
    {"dizaine", "douzaine", "quinzaine", "vingtaine", "soixantaine", "huitaine", "trentaine",
     "quarantaine", "cinquantaine",
     "centaine", "millier", "million", "milliard", "nombre", "quantité", "tonne", "lot",
     "série", "partie", "majorité", "ensemble", "total", "plupart", "reste", "stock",
     "cargaison", "livraison", "conteneur", "caisse", "type", "sorte", "forme", "genre",
     "volume", "masse", "foule", "flux", "tas", "paquet", "kilo", "litre", "baril",
     "pourcentage", "moitié", "tiers", "quart", "part", "somme", "montant"}
)
# Nouns that measure or part what their « de » complement names: a relative clause right
# after that complement is about it (« le bilan du cyclone qui a frappé X », « une partie
# des manifestants qui ont … »), whatever the parser hung it on. Not the counting nouns,
# whose phrase names the things counted (« des centaines de grévistes qui … »).
MEASURE_NOUNS = (QUANTITY_NOUNS - COUNTING_NOUNS) | frozenset(
    {"bilan", "montant", "coût", "chiffre"})  # (« nombre » is a quantity noun)
# Nouns for the people or bodies acting for a state: with a demonym adjective they stand
# for the state ("les responsables américains" → États-Unis).
GROUP_NOUNS = frozenset(
    {"responsable", "autorité", "administration", "gouvernement", "officiel", "dirigeant",
     "diplomate", "diplomatie", "ministère", "armée", "force", "militaire", "soldat",
     "troupe", "pouvoir", "régime", "état", "état-major", "renseignement", "service",
     "exécutif", "présidence", "parlement", "député", "sénateur", "élu", "négociateur",
     "ambassade", "ambassadeur", "délégation", "porte-parole", "média", "agence", "presse",
     "télévision", "chancellerie", "marine", "aviation"}
)
# Plural common nouns that name people, by their ending (« les manifestants », « les
# employés », « les islamistes », « les ouvriers »; French agent and membership suffixes) or
# as words (« les citoyens », « les parents »): what a plural « ils » may stand for.
PEOPLE_SUFFIXES = ("eurs", "euses", "rices", "ants", "antes", "istes", "iens", "iennes", "iers",
                   "ières", "aires", "és", "ées", "ais", "aises", "ois", "oises")
NOT_PEOPLE_PLURALS = frozenset(
    {"secteurs", "facteurs", "moteurs", "valeurs", "couleurs", "erreurs", "rumeurs", "malheurs",
     "montants", "carburants", "restaurants", "salaires", "commentaires", "affaires",
     "horaires", "anniversaires", "marchés", "quartiers", "papiers", "dossiers", "frontières",
     "matières", "rivières", "prières", "années", "journées", "données", "idées", "armées",
     "entrées", "arrivées", "pays", "relais", "mois", "fois", "bois", "droits"})
PEOPLE_PLURALS = frozenset(
    {"citoyens", "parents", "gens", "hommes", "femmes", "enfants", "jeunes", "soldats",
     "rebelles", "otages", "victimes", "membres", "agents", "élus", "candidats", "juges",
     "pirates", "voyous", "internautes", "médecins", "avocats", "touristes", "civils",
     "voisins", "élèves", "clients", "passagers", "témoins", "suspects", "détenus",
     "prisonniers", "fidèles", "paysans", "patients", "experts", "chefs", "dirigeants",
     "ministres", "diplomates", "militaires", "policiers", "gendarmes", "sauveteurs",
     "secours", "syndicats", "partis", "autorités", "forces", "troupes", "équipes",
     "individus", "personnes", "malfrats", "hackers", "salariés", "partisans"})

# Nouns naming a role held by one person: with a demonym or "de <entity>" they name a
# person ("le président brésilien", "la dirigeante danoise", "le ministre de la Défense").
ROLE_NOUNS = frozenset(
    {"président", "présidente", "dirigeant", "dirigeante", "leader", "chef", "premier",
     "ministre", "roi", "reine", "prince", "princesse", "empereur", "chancelier",
     "chancelière", "pape", "secrétaire", "porte-parole", "ambassadeur", "ambassadrice",
     "conseiller", "conseillère", "directeur", "directrice", "gouverneur", "maire",
     "commandant", "général", "amiral", "émir", "sultan", "monarque", "souverain", "tsar",
     "vice-président", "vice-présidente", "numéro", "patron", "patronne", "guide", "pdg",
     "p-dg", "ceo",
     "père", "mère", "fils", "fille", "frère", "sœur", "époux", "épouse", "oncle", "neveu",
     "nièce", "tante", "cousin", "cousine", "veuf", "veuve", "mari", "petit-fils",
     "petite-fille", "grand-père", "grand-mère", "gendre", "belle-fille", "beau-père",
     "belle-mère", "beau-frère", "belle-sœur", "demi-frère", "demi-sœur",
     "colonel", "lieutenant-colonel", "capitaine", "lieutenant", "maréchal",
     "sergent", "caporal", "adjudant", "brigadier", "major", "chef d'état-major"}
)
# Role nouns only a person holds: a body set against one (« … a déclaré à l'AFP un
# délégué de X, Y » with the role hung on the agency) holds none of them; a body may lead,
# preside, be a member or a partner.
PERSONAL_ROLE_NOUNS = (ROLE_NOUNS - {"leader", "numéro", "guide", "patron", "patronne",
                                     "président", "présidente", "premier"}) | frozenset(
    {"délégué", "déléguée", "procureur", "procureure", "trésorier", "trésorière", "recteur",
     "rectrice", "proviseur", "doyen", "doyenne", "porte-parole"})
# Offices held in a body that are not among the role nouns (« responsable », « membre »):
# an NER span opening with one of them capitalised and « de » (« Responsable du Syndicat
# X ») holds the body's name after it.
OFFICE_NOUNS = frozenset(
    {"responsable", "membre", "fondateur", "fondatrice", "cofondateur", "cofondatrice",
     "délégué", "déléguée", "représentant", "représentante", "coordinateur",
     "coordinatrice", "trésorier", "trésorière", "administrateur", "administratrice",
     "gérant", "gérante", "présidente-directrice", "président-directeur", "doyen", "doyenne",
     "recteur", "rectrice", "proviseur", "procureur", "procureure"}
)
# Verbs whose negation negates the infinitive they govern (« ne vont pas sauver », « ne
# peut pas financer », « ne sait pas nager »).
NEGATED_AUXILIARY_VERBS = frozenset({"aller", "pouvoir", "devoir", "savoir", "venir"})

# Nouns that make the surname after them a family, not one of its members (« la famille
# Martin », « les frères Valet », « les époux Ribot »).
FAMILY_NOUNS = frozenset({"famille", "frères", "sœurs", "époux", "clan", "dynastie",
                          "cousins", "enfants"})

# Nouns of the streets and squares a town's places are named with, which belong to the name
# (« la place Rivemont », « la rue Valbrune », « le boulevard des Tilleuls »): French usage for
# odonyms (Lexique des règles typographiques en usage à l'Imprimerie nationale, « Voies »).
STREET_NOUNS = frozenset({"place", "rue", "avenue", "boulevard", "quai", "square", "allée",
                          "impasse", "esplanade", "parvis", "cours", "chaussée", "pont",
                          "passage", "promenade", "jardin", "parc"})

# Nouns a military or police operation is named with, which belong to its name (« l'opération
# Vexor », « la mission Rivemont »), as the operations are cited.
OPERATION_NOUNS = frozenset({"opération", "mission"})

# Verbal locutions with a prepositional noun: the relation is the whole locution (« mettre
# en cause X », « mettre en examen X », « prendre à partie X »), the noun is no argument.
PP_LOCUTIONS = frozenset(
    {("mettre", "en", "cause"), ("remettre", "en", "cause"), ("mettre", "en", "doute"),
     ("mettre", "en", "garde"), ("mettre", "en", "examen"), ("mettre", "en", "place"),
     ("mettre", "en", "œuvre"), ("mettre", "en", "demeure"), ("mettre", "en", "accusation"),
     ("mettre", "en", "échec"), ("mettre", "en", "question"), ("mettre", "en", "danger"),
     ("mettre", "en", "évidence"), ("mettre", "en", "scène"), ("mettre", "en", "service"),
     ("mettre", "en", "vente"), ("mettre", "en", "liberté"), ("mettre", "à", "jour"),
     ("mettre", "à", "mal"), ("mettre", "à", "pied"), ("prendre", "à", "partie"),
     ("prendre", "en", "charge"), ("prendre", "en", "compte"), ("prendre", "en", "otage"),
     ("tenir", "en", "échec"), ("tenir", "à", "distance"), ("remettre", "en", "liberté"),
     ("placer", "en", "détention"), ("placer", "en", "garde"), ("porter", "à", "connaissance"),
     ("mettre", "entre", "parenthèses"), ("vouer", "à", "gémonies"), ("mettre", "à", "pas"),
     ("traduire", "en", "justice"), ("prendre", "en", "main"), ("mettre", "en", "lumière")}
)

# Lemmas the lemmatizer gives for a rarer homograph: « traite », « traité » are forms of
# « traiter » far more often than of « traire » in the news.
LEMMA_FIXES = {"traire": "traiter"}
# … and for one form only: « vit » is « vivre » (« il vit en exil ») far more often than
# the passé simple of « voir » in the news.
FORM_LEMMA_FIXES = {("vit", "voir"): "vivre"}

# Kinship nouns among the role nouns: with a possessive (« son fils X ») they relate X to
# the possessor, the person the clause or the coordination is about.
KINSHIP_NOUNS = frozenset(
    {"père", "mère", "fils", "fille", "frère", "sœur", "époux", "épouse", "oncle", "neveu",
     "nièce", "tante", "cousin", "cousine", "veuf", "veuve", "mari", "petit-fils",
     "petite-fille", "grand-père", "grand-mère", "gendre", "belle-fille", "beau-père",
     "belle-mère", "beau-frère", "belle-sœur", "demi-frère", "demi-sœur", "femme",
     "compagnon", "compagne", "enfant"}
)
# Nouns of a person's associates (a French dictionary's words for them; lemmas): with a
# possessive they relate the person they name to the possessor as kinship nouns do (« X et
# son collègue Y » → Y –collègue de→ X, « X a rencontré son avocat, Y »).
ASSOCIATE_NOUNS = frozenset(
    {"collègue", "ami", "amie", "voisin", "voisine", "avocat", "avocate", "associé",
     "associée", "adjoint", "adjointe", "conseiller", "conseillère", "partenaire",
     "camarade", "coéquipier", "coéquipière", "collaborateur", "collaboratrice",
     "assistant", "assistante", "garde", "médecin", "successeur",
     "prédécesseur", "mentor", "protégé", "protégée", "patron", "patronne", "employeur",
     "employé", "employée", "élève", "professeur", "entraîneur", "entraîneuse", "manager",
     "imprésario"}
)
# Roles that, with a demonym, name the head of that state; they are one role for
# resolving "le chef d'État brésilien" to the person introduced as "le président brésilien X".
HEAD_OF_STATE_ROLES = frozenset(
    {"président", "présidente", "dirigeant", "dirigeante", "leader", "chef", "roi", "reine",
     "empereur", "monarque", "souverain", "guide", "numéro", "tsar", "émir", "sultan"}
)

# Nouns whose "de la X" names a portfolio, not an entity ("le ministre de la Défense",
# "le ministère des Affaires étrangères").
PORTFOLIO_HEADS = frozenset(
    {"ministre", "ministère", "secrétaire", "secrétariat", "portefeuille", "commissaire"}
)

# Nouns whose own complement « à » introduces (« le recours à la force », « l'accès aux
# archives », « l'appel à la grève »): a bare one takes it into its phrase. Other nouns'
# « à » is most often the verb's, hung on its object (« fournir des armes aux rebelles »).
A_COMPLEMENT_NOUNS = frozenset(
    {"recours", "accès", "appel", "atteinte", "droit", "réponse", "réaction", "participation",
     "contribution", "adhésion", "opposition", "hostilité", "résistance", "allégeance",
     "attachement", "hommage", "référence", "retour", "accession", "candidature", "exposition",
     "rappel", "chasse", "lutte", "préparation", "incitation", "appartenance", "obstacle"}
)

# Nouns whose « de » complement makes one name with them, determiner or capital and all
# (« les forces de l'ordre », « un coup d'État », « les droits de l'homme »; lemmas, the
# complement folded to lower case): a phrase on such a complement keeps the whole
# locution (« l'action des forces de l'ordre », « un projet de coup d'État »).
NOUN_LOCUTIONS = frozenset(
    {("force", "ordre"), ("coup", "état"), ("droit", "homme"), ("chef", "état"),
     ("chef", "gouvernement"), ("état", "urgence"), ("garde", "vue"), ("mise", "examen"),
     ("prise", "otage"), ("gardien", "paix"), ("maintien", "ordre"), ("homme", "affaires"),
     ("chiffre", "affaires"), ("mandat", "arrêt"), ("état", "siège"), ("cessez", "feu"),
     ("ministre", "intérieur"), ("crime", "guerre"), ("crime", "humanité")}
)

# Bodies named by their cause (« une ONG pour la paix »): the cause names the body and
# follows its adjectives too (« une ONG rurale pour la paix »).
CAUSE_NAMED_BODIES = frozenset(
    {"ong", "association", "comité", "fondation", "mouvement", "ligue", "collectif",
     "coalition", "alliance", "front", "organisation"})

# Nouns whose own complement « sur », « contre » or « pour » introduces (« un rapport sur la
# torture », « une plainte contre X », « la campagne pour le climat »): a bare one takes it
# into its phrase.
OWN_COMPLEMENT_NOUNS = {
    **dict.fromkeys(
        ("rapport", "enquête", "étude", "débat", "accord", "loi", "projet", "remarque",
         "commentaire", "déclaration", "discours", "information", "avis", "référendum",
         "moratoire", "embargo", "consultation", "négociation", "pourparlers", "interdiction",
         "taxe", "impôt", "restriction", "frappe", "bombardement", "contrôle", "enquêteur",
         "dossier", "documentaire", "reportage", "conférence", "sommet",
         # putting on a list (« l'inscription sur la liste des fraudeurs »)
         "inscription", "apposition", "placement", "maintien",
         # what is told, asked or thought about something (« des détails sur l'enquête »,
         # « le doute sur sa mort », « des questions sur le budget »)
         "détail", "précision", "explication", "éclaircissement", "renseignement", "donnée",
         "question", "interrogation", "doute", "soupçon", "inquiétude", "crainte", "réserve",
         "polémique", "controverse", "réflexion", "opinion", "position", "silence",
         # hold and weight on something (« la pression sur Rivemont », « son emprise sur le
         # port »)
         "pression", "emprise", "mainmise", "influence", "impact", "effet", "souveraineté",
         "autorité", "pouvoir", "droit", "monopole",
         # what is claimed or disputed about something (« ses revendications sur la réforme
         # agraire », « le différend sur la frontière »)
         "revendication", "exigence", "différend", "désaccord", "divergence", "litige",
         "compromis", "consensus", "vote"),
        frozenset({"sur"})),
    **dict.fromkeys(
        ("sanction", "lutte", "plainte", "attaque", "offensive", "manifestation", "guerre",
         "combat", "grève", "procédure", "poursuite", "mandat", "accusation", "violence",
         "menace", "veto", "résolution", "recours", "représaille", "riposte", "boycott",
         "embargo", "mesure", "campagne", "mobilisation"),
        frozenset({"contre"})),
    **dict.fromkeys(
        ("campagne", "mobilisation", "aide", "soutien", "fonds", "candidature", "plaidoyer",
         "budget", "crédit", "enveloppe", "subvention"),
        frozenset({"pour"})),
    # bodies named by their cause (« une ONG pour la paix », « l'association contre le
    # racisme »): the cause names the body, even after its adjectives
    **dict.fromkeys(sorted(CAUSE_NAMED_BODIES), frozenset({"pour", "contre"})),
}
OWN_COMPLEMENT_NOUNS["campagne"] = OWN_COMPLEMENT_NOUNS["mobilisation"] = frozenset(
    {"contre", "pour"})
OWN_COMPLEMENT_NOUNS["embargo"] = frozenset({"sur", "contre"})

# The nouns of « de son côté », « pour sa part », « de leur côté »: a name the parser hangs
# on them as an apposition (« De son côté, X, … a annoncé ») is the clause's subject.
ASIDE_NOUNS = frozenset({"côté", "part"})

# Nouns a ministry is named by, before its portfolio (« le ministère de l'Agriculture »).
MINISTRY_NOUNS = frozenset({"ministère", "ministères", "secrétariat"})

# Institutions named by a capitalised head and a common-noun complement (« la Cour des
# comptes », « la Chambre des métiers », « la Cour de cassation », « la Commission des
# lois »): the capital marks the name, which runs to the end of the complement. French
# typography for institutions (Lexique des règles typographiques en usage à l'Imprimerie
# nationale: the first word of an institution's name takes the capital, not the rest).
INSTITUTION_NOUNS = frozenset(
    {"conseil", "chambre", "cour", "commission", "comité", "assemblée", "tribunal",
     "bureau", "office", "haut-commissariat", "parquet", "direction", "délégation",
     "inspection", "caisse", "banque", "agence", "autorité", "observatoire", "institut"}
)

# Small words an acronym leaves out of its letters (« Organisation du traité de
# l'Atlantique Nord » → OTAN).
ACRONYM_PARTICLES = frozenset(
    {"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "à", "au", "aux", "et",
     "en", "pour", "sur", "contre", "un", "une", "of", "the", "and", "for"})

# Prepositions an NER span may run over from one name into the next (« le Vexa FC pour
# l'AS Valbrune »): a name that is no body's descriptive title ends before them.
NAME_SPLITTING_PREPOSITIONS = frozenset(
    {"pour", "contre", "avec", "par", "chez", "vers", "face", "entre", "sans", "après",
     "avant"})

# Forms of address before a name, not part of it ("Maître Paul Girard", "M. Dupont").
HONORIFICS = frozenset(
    {"m", "mm", "mme", "mmes", "mlle", "me", "maître", "monsieur", "madame", "mademoiselle",
     "dr", "docteur", "pr", "professeur", "mgr", "monseigneur", "sir", "lord", "dame"}
)

# The gender a form of address gives the person it names (« Madame X » is a woman: « elle »
# may stand for her), whatever the tagger made of the given name.
HONORIFIC_GENDERS = {"m": "m", "mm": "m", "monsieur": "m", "messieurs": "m", "mme": "f",
                     "mmes": "f", "madame": "f", "mesdames": "f", "mlle": "f",
                     "mademoiselle": "f", "mesdemoiselles": "f"}

# Common nouns that announce the kind of the name right after them
# ("la société Bati-Rhône", "le journal Le Monde", "la ville de Lyon").
KIND_NOUNS = {
    **dict.fromkeys(
        ("société", "entreprise", "groupe", "compagnie", "firme", "banque", "journal",
         "quotidien", "hebdomadaire", "magazine", "agence", "parti", "association", "syndicat",
         "organisation", "fondation", "club", "équipe", "université", "institut", "ong",
         "constructeur", "laboratoire", "chaîne", "radio", "fonds", "cabinet", "mouvement",
         "milice", "coalition", "alliance", "fédération", "confédération", "opérateur",
         "conglomérat", "fabricant", "multinationale", "holding", "assureur", "enseigne",
         "ministère", "usine"),
        "ORG"),
    **dict.fromkeys(
        ("ville", "village", "commune", "région", "province", "département", "île", "fleuve",
         "rivière", "quartier", "capitale", "pays", "territoire", "mont", "lac"), "LOC"),
    # named operations, storms, flights and craft (« l'opération Vexor », « l'ouragan
    # Zélie », « le vol VX 512 », « la frégate X »)
    **dict.fromkeys(
        ("opération", "ouragan", "tempête", "cyclone", "typhon", "vol", "navire", "frégate",
         "sous-marin", "porte-avions", "satellite", "fusée", "sonde"), "MISC"),
}

# The feminine nouns of `KIND_NOUNS` (their grammatical gender, as any French dictionary
# gives it; the others are masculine): a body introduced as « l'agence X » may later be
# « elle », though the tagger gave the elided noun no gender.
FEMININE_KIND_NOUNS = frozenset(
    {"société", "entreprise", "compagnie", "firme", "banque", "agence", "association",
     "organisation", "fondation", "équipe", "université", "ong", "chaîne", "radio", "milice",
     "coalition", "alliance", "fédération", "confédération", "multinationale", "holding",
     "enseigne", "usine", "ville", "commune", "région", "province", "île", "rivière", "capitale",
     "opération", "tempête", "frégate", "fusée", "sonde"}
)

# Kind nouns that can name the same thing: "la société X" may later be "l'entreprise",
# never "le syndicat". Nouns missing here form a family of their own.
# Kind nouns of a facility, not of a body that acts: « l'usine » stands for the factory
# the article named as such (« l'usine X »), never for a body named without that noun.
FACILITY_KIND_NOUNS = frozenset({"usine"})

KIND_FAMILIES = {
    **dict.fromkeys(("société", "entreprise", "groupe", "compagnie", "firme", "banque",
                     "constructeur", "laboratoire", "fonds", "cabinet", "conglomérat",
                     "fabricant", "multinationale", "holding", "assureur", "enseigne",
                     "opérateur"), "company"),
    **dict.fromkeys(("journal", "quotidien", "hebdomadaire", "magazine", "agence", "chaîne",
                     "radio"), "media"),
    **dict.fromkeys(("association", "syndicat", "organisation", "fondation", "ong"),
                    "association"),
    **dict.fromkeys(("parti", "mouvement", "milice", "coalition"), "movement"),
    **dict.fromkeys(("club", "équipe"), "team"),
    **dict.fromkeys(("université", "institut"), "school"),
    **dict.fromkeys(("ville", "village", "commune", "capitale"), "town"),
}

# Nouns that open the name of an event held in a place (« les Jeux nautiques de Valbrune », « le
# Festival de Rivemont », « le Sommet de Valbrune »): the place closing the name is where it is.
EVENT_NAME_NOUNS = frozenset(
    {"jeux", "marathon", "festival", "sommet", "conférence", "forum", "salon", "championnat",
     "championnats", "coupe", "tournoi", "exposition", "biennale", "foire", "rencontres",
     "congrès", "carnaval", "semaine", "journées", "assises", "open", "grand"}
)

# Bodies and communities of a place (« la police municipale de Valbrune », « la communauté
# portuaire de Rivemont »): with the place's name in their phrase, they are linked to that place.
LOCAL_BODY_NOUNS = frozenset(
    {"police", "gendarmerie", "communauté", "population", "municipalité", "mairie",
     "préfecture", "tribunal", "parquet", "hôpital", "port", "aéroport", "diocèse",
     "paroisse", "conseil", "université", "école", "lycée", "prison", "garnison",
     "chambre", "barreau", "église", "mosquée", "synagogue", "pompier", "caserne"}
)

# Means of transport and of communication: behind « à », « en » or « par » they say how,
# not where or to whom (« arrivés à moto », « s'est entretenu au téléphone avec X », « vu à
# la télévision »), and are no edge end.
MEANS_NOUNS = frozenset(
    {"téléphone", "visioconférence", "vidéoconférence", "radio", "télévision", "courrier",
     "moto", "pied", "cheval", "vélo", "voiture", "bus", "autobus", "autocar", "avion",
     "train", "bateau", "taxi", "camion", "hélicoptère", "scooter", "métro", "tramway",
     "navette", "ambulance"})
MEANS_PREPOSITIONS = frozenset({"à", "au", "aux", "en", "par"})

# Nouns that make « par » a locution of manner, not an agent (« condamné par contumace »,
# « tué par erreur », « désigné par défaut »), when they have no article.
MANNER_PAR_NOUNS = frozenset(
    {"contumace", "défaut", "erreur", "hasard", "accident", "mégarde", "inadvertance",
     "surprise", "précaution", "principe", "ailleurs", "endroits", "moments", "écrit",
     "téléphone", "courrier", "visioconférence", "vidéoconférence", "voie", "ordonnance",
     "décret", "référendum", "consensus", "acclamation", "intérim"})

# News agencies whose name in brackets after a place opens a dispatch (« Ljubljana (AFP) -
# »): the world's agencies and the national agencies of the French-speaking press, by
# their usual acronyms (Wikipédia, « Agence de presse », liste des agences).
NEWS_AGENCIES = frozenset(
    {"AFP", "REUTERS", "AP", "ASSOCIATED PRESS", "BELGA", "ATS", "ATS-SDA", "KEYSTONE-ATS",
     "DPA", "ANSA", "EFE", "XINHUA", "TASS", "RIA NOVOSTI", "INTERFAX", "KYODO", "YONHAP",
     "APS", "MAP", "TAP", "ANADOLU", "AA", "IRNA", "WAFA", "MENA", "PANA", "APA", "ANP", "CNA",
     "PTI", "UPI", "BLOOMBERG", "AFP/REUTERS", "LUSA", "NTB", "TT", "STT", "PAP", "CTK", "MTI",
     "APP", "BERNAMA", "ANTARA", "KUNA", "WAM", "SPA", "QNA", "PRESSE CANADIENNE", "PC"})

# Prepositions of where a thing is or goes (« dans la capitale de X »: in X).
PLACE_PREPOSITIONS = frozenset({"à", "au", "aux", "dans", "en", "vers", "sur"})

# Nouns that place a thing beside, around or off a named place rather than in it (« au
# nord de Valbrune », « à la frontière de X », « au large de Y »): the named place is not
# where it happened, so no « à »/« dans » edge is drawn to it.
OFF_PLACE_NOUNS = frozenset(
    {"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
     "large", "frontière", "frontières", "porte", "portes", "abord", "abords", "limite",
     "lisière", "extérieur", "distance", "km", "kilomètre", "mètre", "mille", "direction",
     "route", "chemin", "encontre", "face"}
)

# Nouns of time: days, months, seasons, parts of the day ("a lancé lundi …" is not an
# object, nor « la saison dernière » in « X a marqué 18 buts la saison dernière »).
TIME_NOUNS = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
     "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
     "novembre", "décembre", "matin", "soir", "nuit", "veille", "lendemain", "hier",
     "aujourd'hui", "demain", "midi", "minuit", "après-midi", "soirée", "matinée", "jour",
     "semaine", "mois", "an", "année", "heure", "week-end", "week", "minute", "trimestre",
     "semestre", "décennie", "siècle", "fois", "reprises",  # (« à plusieurs reprises »)
     "saison", "printemps", "été", "automne", "hiver"}
)
# Adjectives that make a description point to something else than what was just named
# ("l'autre entreprise", "le nouveau parti", "l'ancienne société").
OTHER_ADJECTIVES = frozenset(
    {"autre", "nouveau", "ancien", "premier", "dernier", "seul", "tel", "futur", "second",
     "deuxième", "prochain", "rival", "concurrent", "différent", "certain", "quelque"}
)
# Adjectives that stand before a noun as determiners do (« la même conclusion », « un
# pareille crue », « d'autres pays »): they say nothing of the thing itself. Not
# « nouveau », which does (« un nouveau départ » is no leaving, « une nouvelle grève » one
# more).
DETERMINER_ADJECTIVES = (OTHER_ADJECTIVES - {"nouveau"}) | frozenset(
    {"même", "pareil", "tel", "autre", "certain", "quelque", "divers", "différent",
     "nombreux", "maint", "quelconque", "susdit", "précité"}
)
# Adjectives of the political families, which with « parti », « groupe », « mouvement »
# name a body of their own (« le groupe socialiste », « le parti communiste »), not the one
# just named. The families of the French and European party systems.
PARTY_FAMILY_ADJECTIVES = frozenset(
    {"socialiste", "communiste", "écologiste", "républicain", "démocrate", "centriste",
     "libéral", "conservateur", "travailliste", "gaulliste", "radical", "nationaliste",
     "souverainiste", "trotskiste", "anarchiste", "populiste", "social-démocrate",
     "chrétien-démocrate", "démocrate-chrétien", "vert", "insoumis"}
)

# Adverbs that single out one of the things just named (« les groupes armés, notamment les
# milices, … »): the noun phrase they open, set between commas, is an example inserted in
# the sentence, never its clause's subject.
FOCUS_ADVERBS = frozenset(
    {"notamment", "particulièrement", "surtout", "principalement", "essentiellement",
     "spécialement", "singulièrement"}
)

# Nouns too general to be a node of their own.
LIGHT_NOUNS = TIME_NOUNS | frozenset(
    {"chose", "fois", "cas", "fait", "façon", "manière", "moment", "temps", "jour", "an",
     "année", "mois", "semaine", "heure", "part", "côté", "lieu", "point", "sujet", "question",
     "mesure", "cadre", "niveau", "terme", "suite", "rapport", "égard", "fin", "début", "place",
     "personne", "gens", "ce", "cela", "ceci", "tout", "rien", "quelque", "autre", "même",
     "besoin", "barre", "face", "compte", "rythme", "propos", "mot", "exemple", "raison",
     "situation", "monde", "scène", "travers", "domaine", "matière", "sein", "décennie",
     "siècle", "période", "époque", "instant", "date", "doute", "tour"}
)

# Nouns that say nothing on their own as an edge end (« la position de X », « le retour
# des sanctions », « l'absence de preuves »): they take their "de" complement with them,
# or the edge goes to the named complement, or there is no edge end.
GENERIC_NOUNS = frozenset(
    {"absence", "retour", "décision", "intégralité", "objet", "position", "ensemble",
     "partie", "reste", "totalité", "quasi-totalité", "quasi-intégralité", "plupart",
     "majorité", "nombre", "série", "liste",
     "cas", "état", "situation", "question", "problème", "affaire", "aspect", "élément",
     "point", "niveau", "rôle", "statut", "avenir", "sort", "fin", "début", "suite", "objectif",
     "but", "idée", "chose", "nature", "origine", "présence", "existence", "possibilité",
     "capacité", "volonté", "besoin", "intention", "façon", "forme", "type", "genre",
     "sorte", "moyen", "ordre", "pays", "auteur", "membre", "groupe", "côté", "cadre"}
)

# Nouns that say little without whose they are (« son poste », « sa campagne », « ses
# chances »): with a possessive naming the clause's subject, the end is that subject's
# (« X a quitté son poste » → X –quitter→ poste de X); so are the generic nouns above.
OWNED_NOUNS = frozenset(
    {"poste", "choix", "chance", "mission", "campagne", "carrière", "mandat", "programme",
     "bilan", "stratégie", "politique", "projet", "plan", "démission", "candidature",
     "engagement", "promesse", "soutien", "victoire", "défaite", "place", "siège"}
)

# Nouns of a company's or body's own people and organs, which « chez X » set before the
# clause makes X's (« Chez Vexor, la direction a annoncé … », « chez X, les syndicats
# craignent … »).
STAFF_NOUNS = frozenset(
    {"direction", "syndicat", "salarié", "employé", "personnel", "dirigeant", "actionnaire",
     "conseil", "administration", "encadrement", "intersyndicale", "comité", "effectif"}
)

# Of those, the ones whose named "de" complement is the one who holds them, and so the
# edge end (« la position de Washington » → Washington; not « l'affaire de X »).
HOLDER_NOUNS = frozenset(
    {"position", "décision", "intention", "volonté", "rôle", "présence", "membre", "groupe",
     "statut", "avenir", "sort", "existence", "capacité", "objectif", "besoin", "côté"}
)
# Nouns of the power and forces of a state: with the state as their « de » complement
# they are that state acting (« le régime de Damas a rejeté … », « l'armée du Mali a
# repris … »); not the places it owns (« l'ambassade des États-Unis »).
STATE_POWER_NOUNS = frozenset(
    {"régime", "gouvernement", "pouvoir", "autorité", "armée", "force", "diplomatie",
     "administration", "exécutif", "dirigeant", "responsable", "troupe", "soldat",
     "militaire", "état-major", "officiel", "diplomate", "négociateur"}
)
# Nouns of the members of a militant or armed body: the plural with the body's name as
# its « de » complement is that body acting (« les militants de X ont bloqué … »,
# « les combattants du groupe X »), as « les responsables américains » is their state.
MEMBER_NOUNS = frozenset(
    {"membre", "militant", "combattant", "milicien", "islamiste", "djihadiste", "jihadiste",
     "rebelle", "insurgé", "activiste", "guérillero"}
)
# Nouns whose plural « de » complement can only be a body, never a person (« les membres
# de X », « les djihadistes de X »): a name there is a body's, whatever the NER said.
# (Not « partisans » or « militants », which a person has too.)
BODY_MEMBER_NOUNS = frozenset({"membre", "adhérent", "islamiste", "djihadiste", "jihadiste"})
# Documents and reports whose author speaks through them: « selon un communiqué de la
# police », « d'après un rapport de l'ONG X » → the police, the ONG X is the source.
DOCUMENT_NOUNS = frozenset(
    {"communiqué", "rapport", "reportage", "documentaire", "étude", "enquête", "analyse",
     "conclusion", "déclaration", "note", "lettre", "courrier", "message", "bilan",
     "estimation", "chiffre", "statistique", "sondage", "source", "article", "éditorial",
     "témoignage", "porte-parole", "site", "compte", "journal", "édition"}
)
# Nouns a proper name commonly follows as an eponym, not as what the noun is (« l'affaire
# X », « la loi X », « le procès X », « la famille X »): the name is not the noun's
# referent (unlike « l'école X », « l'opération X », whose name is theirs).
EPONYM_NOUNS = frozenset(
    {"affaire", "procès", "loi", "plan", "dossier", "réforme", "rapport", "méthode", "effet",
     "doctrine", "ère", "époque", "clan", "famille", "prix", "stratégie", "camp"}
)

# Light nouns that are things in the plural (« les mesures », « les rapports », « les termes
# de l'accord », « des milliers de personnes »; « personne » alone is « nobody »).
SINGULAR_LIGHT_NOUNS = frozenset(
    {"mesure", "rapport", "terme", "point", "fin", "cadre", "personne", "compte", "question",
     "sujet", "date", "exemple", "place"})

# Verbs whose noun object names an act their subject does (« X a l'intention de partir »,
# « X a pris la décision de signer », « X court le risque de perdre »): not object control.
SUBJECT_CONTROL_VERBS = frozenset({"avoir", "prendre", "courir"})

# Verbs that set their object to act: in "X mobilise Y pour faire Z" it is Y that does Z.
CAUSATIVE_VERBS = frozenset(
    {"mobiliser", "pousser", "inciter", "encourager", "appeler", "exhorter", "convaincre",
     "persuader", "forcer", "obliger", "contraindre", "engager", "inviter", "autoriser",
     "charger", "mandater", "former", "entraîner", "armer", "financer", "recruter", "envoyer"}
)

# Verbs of calling to act (« appeler à boycotter X »): with nobody named to act, the caller
# is related to what the act is about.
CALL_VERBS = frozenset({"appeler", "exhorter", "inciter", "inviter", "encourager", "pousser"})
# Verbs of asking for something: a purpose set on them (« X demande des fonds pour
# sauver Y ») is the thing asked for's, not the asker's.
REQUEST_VERBS = frozenset({"demander", "réclamer", "exiger", "solliciter", "revendiquer"})

# Verbs of estimating a figure (« X estime à 500 le nombre de Y »): the figure is the
# subject's claim, which speaks it.
ESTIMATE_VERBS = frozenset({"estimer", "évaluer", "chiffrer"})

# Verbs of naming someone something (« appeler X « le roi » », « surnommer X « le
# sage » »): with a person and a quoted phrase as objects, the phrase is what X is called.
NAMING_VERBS = frozenset({"appeler", "surnommer", "baptiser", "traiter"})

# Verbs of perception whose object does what their bare infinitive says (« voir des
# détenus mourir », « entendre la foule crier »).
PERCEPTION_VERBS = frozenset({"voir", "entendre", "regarder", "sentir", "apercevoir", "écouter"})

# The marks of the act a verb of control asks of its object (« exhorter Y à signer »,
# « accuser Y de mentir »).
CONTROL_MARKS = frozenset({"à", "de", "d'", "d’"})

# Verbs whose "à X" decides who does their "de + infinitive" ("demander à X de venir":
# X comes), unlike "promettre à X de venir".
DATIVE_CONTROL_VERBS = frozenset(
    {"demander", "conseiller", "ordonner", "permettre", "interdire", "proposer", "suggérer",
     "recommander", "reprocher", "enjoindre", "imposer", "dire", "écrire",
     "signifier", "rappeler", "commander", "déconseiller"}
)

# Dative clitics: set right before a verb of control, the one its infinitive is asked of
# or allowed (« pour leur permettre de rentrer chez eux »).
DATIVE_CLITICS = frozenset({"lui", "leur", "me", "m'", "te", "t'", "nous", "vous"})

# Verbs that make an act possible (« X permet de comprendre Y »): with no one named to
# whom, the act has no known doer when it is one of understanding, which a thing does not
# do (an inquiry may still establish or find: « l'enquête a permis de retrouver X »).
ENABLING_VERBS = frozenset({"permettre"})
KNOWING_VERBS = frozenset(
    {"comprendre", "savoir", "connaître", "apprendre", "saisir", "cerner", "prévoir",
     "anticiper"}
)

# Verbs whose object or « à » complement does what their « de » infinitive says (« accuser X
# de mentir », « dissuader X de partir », « convaincre X de venir », « demander à X de
# venir »): an infinitive the parser hangs on that noun is the verb's, not the noun's own.
OBJECT_CONTROL_VERBS = CAUSATIVE_VERBS | DATIVE_CONTROL_VERBS | frozenset(
    {"accuser", "soupçonner", "dissuader", "empêcher", "prier", "sommer", "menacer"})

# Verbs that join or part two things: in the passive with coordinated subjects they
# relate those to each other ("X et Y ont été liés par un traité").
RECIPROCAL_VERBS = frozenset(
    {"lier", "unir", "relier", "rapprocher", "réunir", "associer", "allier", "opposer",
     "séparer", "diviser", "brouiller", "réconcilier", "jumeler"}
)

# Verbs whose "il" is impersonal ("il faut", "il ne fait aucun doute", "il s'agit").
IMPERSONAL_VERBS = frozenset(
    {"falloir", "agir", "faire", "sembler", "paraître", "exister", "manquer", "suffire",
     "rester", "arriver", "valoir", "pleuvoir", "neiger", "importer", "convenir", "apparaître",
     "appartenir"}
)

# Nouns that, definite and otherwise unqualified, refer back to a state already named
# ("le pays", "les deux pays", "ces deux nations", "les deux puissances nucléaires").
STATE_DESCRIPTION_NOUNS = frozenset(
    {"pays", "nation", "puissance", "état", "royaume", "émirat", "principauté", "sultanat"}
)
# The counts a description may give ("les deux pays", "les trois pays").
SMALL_NUMBERS = {"deux": 2, "2": 2, "trois": 3, "3": 3, "quatre": 4, "4": 4}
DEFINITE_DETERMINERS = frozenset({"le", "la", "les", "l'", "ce", "cet", "cette", "ces"})

# Personal pronouns a coreference rule may resolve, with (gender, number).
# Subordinators whose clause states a fact (« bien que », « parce que », « puisque »,
# « alors que », « tandis que », « quoique »): the status of the clause above (a request, a
# condition) does not reach it. Marked by their first word.
# Marks of a clause of purpose (« afin que », « afin de »): what it says is aimed at, not
# done. (« pour » is left out: « pour avoir défendu » gives a cause, and the goals of « se
# rendre à X pour rencontrer Y » are reported as what happens.)
PURPOSE_MARKS = frozenset({"afin"})
FACT_MARKERS = frozenset({"bien", "parce", "puisque", "quoique", "alors", "tandis"})

# Verbs of will and ability: negated, what they govern is not done (« ne veut pas signer »,
# « ne peut pas venir »); not « n'exclut pas de », « ne menace pas de » (still possible).
INTENTION_VERBS = frozenset(
    {"vouloir", "pouvoir", "devoir", "souhaiter", "désirer", "compter", "envisager",
     "projeter", "prévoir", "chercher", "tenter", "viser", "espérer", "parvenir", "réussir"}
)

# Verbs that tell why or how a fact is (« X explique pourquoi Y a fait … »): the question
# they govern is the fact's, not an open one.
EXPLAINING_VERBS = frozenset(
    {"expliquer", "comprendre", "montrer", "révéler", "raconter", "découvrir", "apprendre",
     "détailler", "décrire", "illustrer", "rappeler", "dévoiler", "démontrer", "justifier"}
)

# Nouns that make « à/au/en … de » a prepositional locution of circumstance, not an argument
# (« au titre de la loi », « à l'occasion du sommet », « à l'issue de la réunion », « au
# cours de l'été », « à hauteur de 10 % », « à l'instar de », « à la lumière de », « en
# raison de », « à la suite de », « en référence à », « en marge de », « en vertu de », « à
# l'appel de »…).
# The French prepositional locutions of cause, time, manner and reference; not those that
# bring an argument (« en faveur de », « au profit de », « à l'encontre de »).
LOCUTION_NOUNS = frozenset(
    {"titre", "occasion", "issue", "cours", "hauteur", "instar", "lumière", "raison",
     "cause", "suite", "vue", "regard", "hommage", "mémoire", "honneur", "réponse",
     "réaction", "échange", "signe", "référence", "fonction", "lieu", "moyen", "vertu",
     "dépit", "marge", "matière", "terme", "présence", "attente", "veille",
     "lendemain", "prétexte", "défaut", "mesure", "appel"}
)

# Nouns that make « à/au/en … de » a prepositional locution bringing an argument, with the
# locution as the relation says it (« parler au nom de X », « voter en faveur de X », « se
# battre aux côtés de X », « une plainte à l'encontre de X »): the « de » complement is
# the argument, not the noun. As written (« à côté de X » is where, « aux côtés de X » with).
ARGUMENT_LOCUTION_NOUNS = {
    "nom": "au nom de", "faveur": "en faveur de", "profit": "au profit de",
    "encontre": "à l'encontre de", "côtés": "aux côtés de", "égard": "à l'égard de",
    "détriment": "au détriment de", "insu": "à l'insu de", "intention": "à l'intention de",
    "adresse": "à l'adresse de", "destination": "à destination de", "rang": "au rang de",
}

# Third-person possessive determiners and the number of their possessor (« son », « sa »,
# « ses »: one; « leur », « leurs »: several).
POSSESSIVE_DETERMINERS = {"son": "s", "sa": "s", "ses": "s", "leur": "p", "leurs": "p"}

# Demonstrative pronouns (« celui-ci », « celle-là »), capitalised at a sentence's start.
DEMONSTRATIVE_PRONOUNS = frozenset({"celui", "celle", "ceux", "celles", "ceci", "cela"})
PRONOUNS = {
    "il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"), "elles": ("f", "p"),
    "lui": ("", "s"), "leur": ("", "p"),
}
# Object clitics (« la justice l'accuse de … », « le tribunal les a condamnés »): pronouns
# too, standing for someone named in an earlier sentence (never for their own clause's
# subject).
OBJECT_CLITICS = {"le": ("m", "s"), "la": ("f", "s"), "l'": ("", "s"), "l’": ("", "s"),
                  "les": ("", "p")}
# Verbs of speech whose object is a person (« X l'a informé », « Y l'a cité »): with the
# other reporting verbs « le » is what is said (« comme l'a précisé X »).
PERSON_OBJECT_SPEECH_VERBS = frozenset(
    {"informer", "prévenir", "avertir", "alerter", "citer", "soutenir", "présenter",
     "décrire", "qualifier", "rappeler", "accuser", "dénoncer", "soupçonner", "reprocher"})

# Relation classes: verbs that mean the same relation share one label, each quote keeps
# its own verb. General French synonyms of common news predicates.
PREDICATE_CLASSES = {
    "fournir": {"fournir", "livrer", "approvisionner", "procurer", "vendre", "transférer",
                "expédier", "ravitailler", "équiper", "armer"},
    "soutenir": {"soutenir", "appuyer", "épauler", "secourir",
                 "apporter soutien", "apporter aide", "exprimer soutien"},
    "rencontrer": {"rencontrer", "retrouver", "s'entretenir", "se entretenir",
                   "s'entretenir avec", "se entretenir avec", "se réunir avec",
                   "s'entretenir par", "se entretenir par"},
    "accueillir": {"accueillir", "recevoir"},
    "signer": {"signer", "conclure", "parapher", "ratifier"},
    "sanctionner": {"sanctionner", "punir", "imposer sanction", "infliger sanction"},
    "attaquer": {"attaquer", "frapper", "bombarder", "envahir", "agresser", "lancer offensive",
                 "lancer attaque", "mener offensive", "mener attaque"},
    "critiquer": {"critiquer", "condamner", "dénoncer", "blâmer", "fustiger"},
    "se rendre": {"se rendre", "visiter", "aller", "se déplacer", "effectuer visite",
                  "rendre visite"},
    "offrir": {"offrir", "donner", "remettre", "faire cadeau", "faire don"},
    "menacer": {"menacer", "intimider"},
}
# The prepositions with which a class's verbs still mean the class: « transférer des
# fonds vers un compte » moves money, it supplies no one (« transférer des armes à X »).
CLASS_PREPOSITIONS = {"fournir": frozenset({"à", "en"})}
# The classes whose verbs keep their shared sense with a thing as their object, so that a
# relation naming the object takes the class's name (« livrer des drones à X » → *fournir
# drones à*); « recevoir des lettres à X », « retrouver un sac sur X », « dénoncer un
# voisin à X » keep their own verb (not *accueillir*, *rencontrer*, *critiquer*).
OBJECT_CLASSES = frozenset({"fournir", "offrir", "signer", "sanctionner", "attaquer",
                            "soutenir", "menacer"})

# Classes whose verb takes its target directly: a light verb's noun phrase in them leaves its
# preposition (« apporter soutien à X » → soutenir X, « lancer offensive contre X » →
# attaquer X); « rendre visite à X » → se rendre à X, « faire don à X » → offrir à X keep it.
DIRECT_CLASSES = frozenset({"soutenir", "attaquer", "sanctionner", "critiquer", "menacer",
                            "accueillir", "rencontrer", "signer"})

# Classes that hold only between actors: with a thing as object the verb keeps its own
# sense and label ("recevoir des avions" is not a welcome, "rencontrer des difficultés"
# not a meeting).
ACTOR_ONLY_CLASSES = frozenset({"accueillir", "rencontrer"})

# Action nouns and the verb they nominalise, with their frame:
# "transfer": "de N" is the thing moved, "à X" the recipient, a demonym the agent
#             ("les livraisons d'armes françaises au Mali" → France –livrer→ armes);
# "act":      "de X" (a named entity) or a demonym is the agent, "à/en/contre X" the target
#             ("la visite du ministre en Chine", "l'offensive turque en Syrie").
# Action nouns whose « de » complement, once a demonym has named who acts, is where from
# (« le retrait américain d'Afghanistan »): the relation they give it.
SOURCE_NOMINALS = {"retrait": "se retirer de", "sortie": "sortir de", "départ": "partir de"}
NOMINALIZATIONS = {
    "livraison": ("livrer", "transfer"), "fourniture": ("fournir", "transfer"),
    "envoi": ("envoyer", "transfer"), "vente": ("vendre", "transfer"),
    "transfert": ("transférer", "transfer"), "exportation": ("exporter", "transfer"),
    "don": ("donner", "transfer"), "aide": ("aider", "act"), "soutien": ("soutenir", "act"),
    "visite": ("visiter", "act"), "voyage": ("se rendre", "act"),
    "déplacement": ("se rendre", "act"), "offensive": ("attaquer", "act"),
    "attaque": ("attaquer", "act"), "invasion": ("envahir", "act"), "guerre": ("guerre", "act"),
    "frappe": ("frapper", "act"), "agression": ("agresser", "act"),
    "sanction": ("sanctionner", "act"), "accueil": ("accueillir", "act"),
    "reconnaissance": ("reconnaître", "act"), "condamnation": ("condamner", "act"),
    "menace": ("menacer", "act"), "coopération": ("coopérer", "act"),
    "arrivée": ("arriver", "act"), "venue": ("venir", "act"), "retour": ("revenir", "act"),
    "séjour": ("séjourner", "act"), "félicitation": ("féliciter", "act"),
    "remerciement": ("remercier", "act"), "invitation": ("inviter", "act"),
    "rencontre": ("rencontrer", "act"), "entretien": ("s'entretenir", "act"),
    "négociation": ("négocier", "act"), "rupture": ("rompre", "act"),
    "dialogue": ("dialoguer", "act"),
}
# Nouns whose « de » complement, when it is a capital, is the state that holds or does
# what they name (« la position de Washington », « le régime de Damas », « un allié de
# Moscou », « le soutien de Pékin »): a state's stance, power, body acting for it, partner
# or foe, and the acts it does. The other nouns keep the city (« la ville de X », « les
# habitants de X », « la police de X », « la visite de X »).
STATE_HOLDER_NOUNS = HOLDER_NOUNS | (GROUP_NOUNS - {
    "agence", "presse", "télévision", "média", "service", "marine", "aviation"}) | frozenset(
    {"allié", "alliée", "partenaire", "ennemi", "adversaire", "rival", "soutien", "refus",
     "réponse", "demande", "exigence", "accusation", "menace", "offre", "proposition",
     "stratégie", "politique", "attitude", "réaction", "appel", "émissaire", "envoyé",
     "représentant", "camp", "feu vert", "veto", "véto", "riposte", "ingérence"}
) | {noun for noun, (_, frame) in NOMINALIZATIONS.items() if frame == "act"} - {
    "visite", "voyage", "déplacement", "arrivée", "venue", "retour", "séjour", "accueil"}
# Action nouns and their verb, for « N de Y par X » → X –verb→ Y (« la destruction des
# mausolées par les islamistes », « la publication du rapport par le bureau »): with its
# agent behind « par », an action noun's « de » is what is done.
DEVERBAL_NOUNS = {
    "publication": "publier", "destruction": "détruire", "libération": "libérer",
    "arrestation": "arrêter", "interpellation": "interpeller", "suppression": "supprimer",
    "création": "créer", "utilisation": "utiliser", "nomination": "nommer",
    "élection": "élire", "adoption": "adopter", "signature": "signer",
    "construction": "construire", "fermeture": "fermer", "ouverture": "ouvrir",
    "annulation": "annuler", "organisation": "organiser", "réalisation": "réaliser",
    "diffusion": "diffuser", "ratification": "ratifier", "exécution": "exécuter",
    "enlèvement": "enlever", "assassinat": "assassiner", "meurtre": "tuer",
    "occupation": "occuper", "annexion": "annexer", "rachat": "racheter",
    "acquisition": "acquérir", "interdiction": "interdire", "dissolution": "dissoudre",
    "expulsion": "expulser", "exclusion": "exclure", "lancement": "lancer",
    "déploiement": "déployer", "retrait": "retirer", "abandon": "abandonner",
    "capture": "capturer", "prise": "prendre", "saisie": "saisir", "vol": "voler",
    "agression": "agresser", "attaque": "attaquer", "condamnation": "condamner",
    "reconnaissance": "reconnaître", "rejet": "rejeter", "approbation": "approuver",
    "validation": "valider", "vente": "vendre", "livraison": "livrer",
    "fourniture": "fournir", "envoi": "envoyer", "financement": "financer",
    "invasion": "envahir", "bombardement": "bombarder", "contrôle": "contrôler",
    "gestion": "gérer", "surveillance": "surveiller", "découverte": "découvrir",
    "révélation": "révéler", "dénonciation": "dénoncer", "critique": "critiquer",
    "rédaction": "rédiger", "mise": "mettre", "levée": "lever", "imposition": "imposer",
    "tentative": "tenter", "menace": "menacer", "harcèlement": "harceler",
    "viol": "violer", "escroquerie": "escroquer",
}

# Copular verbs: with an adjective they say what their subject is, as « être » does
# (« X restent majoritaires au conseil », « X est devenu dépendant de Y »).
COPULAR_VERBS = frozenset(
    {"rester", "devenir", "demeurer", "redevenir", "paraître", "sembler", "apparaître"})
# Verbs whose noun complement says what their object or subject is, not what they act on
# (« X a été nommé le président du comité », « X est considéré le meilleur »): the
# copulas, and the modals the parser may take for one (« pourrait être une aubaine »).
PREDICATIVE_VERBS = COPULAR_VERBS | frozenset(
    {"être", "nommer", "élire", "désigner", "considérer", "juger", "qualifier", "proclamer",
     "déclarer", "appeler", "baptiser", "surnommer", "choisir", "pouvoir", "devoir", "faire",
     "laisser"})

# Predicates whose subject undergoes the act of their « de » complement (« X a été victime
# d'une agression de Y », « X est la cible de tirs de Y »).
VICTIM_WORDS = frozenset({"victime", "victimes", "cible", "cibles"})

# Converse support verbs: their subject *undergoes* the action their noun names, done by
# the noun's "de X" ("X a reçu le soutien de Y", "X a subi une attaque de Y", "X bénéficie
# de l'aide de Y" → Y –soutenir/attaquer/aider→ X).
CONVERSE_VERBS = frozenset(
    {"recevoir", "obtenir", "bénéficier", "recueillir", "subir", "essuyer", "endurer",
     "solliciter", "réclamer"}
)
# Verbs of giving: their "à X" is a recipient, so a capital there stands for its state
# ("livrer des armes à Moscou"), unlike a place ("arriver à Moscou").
GIVING_VERBS = frozenset(
    {"fournir", "livrer", "approvisionner", "procurer", "vendre", "transférer", "expédier",
     "envoyer", "offrir", "donner", "remettre", "accorder", "octroyer", "verser", "prêter",
     "céder", "exporter", "transmettre", "promettre", "apporter", "adresser", "confier",
     "restituer", "payer", "rembourser", "destiner", "réserver", "garantir", "présenter",
     "soumettre", "proposer", "tendre", "léguer", "allouer", "attribuer", "décerner",
     "concéder", "abandonner", "rétrocéder"}
)
# Verbs with a direct object whose "à X" is a second argument (a recipient or addressee:
# "vendre des armes à X", "demander des comptes à X", "annoncer sa décision à X"); after
# other verbs with a direct object, "à X" is where it happened ("défendre sa position à
# l'ONU").
DATIVE_VERBS = GIVING_VERBS | DATIVE_CONTROL_VERBS | REPORTING_VERBS | frozenset(
    {"infliger", "opposer", "adresser", "lancer", "envoyer", "livrer", "montrer", "exposer",
     "transmettre", "rendre", "devoir", "emprunter", "acheter", "prendre", "arracher",
     "voler", "réclamer", "refuser", "retirer", "enlever", "préférer", "associer", "lier",
     "relier", "comparer", "appliquer", "ajouter", "consacrer", "dédier", "exporter",
     "exprimer", "témoigner", "manifester", "présenter", "souhaiter"}
)

# Nouns of aid whose "à X" is a recipient ("l'aide à Kiev").
AID_NOUNS = frozenset({"aide", "soutien", "assistance", "appui"})
# Prepositions that introduce the target of an action noun.
NOMINAL_TARGET_PREPOSITIONS = frozenset({"à", "en", "contre", "envers", "vers", "avec"})
# The verbs of `NOMINALIZATIONS` that take their target behind a preposition: the edge
# keeps it (« son voyage à X » → –se rendre à→ X, « la coopération avec Y » → –coopérer
# avec→ Y; « la visite en X » → –visiter→ X).
PREPOSITIONAL_NOMINAL_VERBS = frozenset(
    {"se rendre", "arriver", "venir", "revenir", "coopérer", "guerre", "séjourner",
     "s'entretenir", "négocier", "rompre", "dialoguer"})
# Prepositions by which an action noun sets a clause's time (« pendant son séjour à X,
# Y a … », « au cours de sa visite »): whoever the clause is about does what it names.
ADJUNCT_PREPOSITIONS = frozenset(
    {"pendant", "durant", "lors de", "au cours de", "à l'occasion de", "avant", "après"})
