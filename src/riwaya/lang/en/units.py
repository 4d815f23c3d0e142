"""English counted nouns, mapped to the Arabic family of the same referent (``lang/ar/units``):
"vehicles" and «آليات» count one kind of thing, so reports in the two languages compare."""

from __future__ import annotations

from functools import cache

from ..ar.clitics import fold_word
from ..ar.units import listed_family

# English nouns, singular and plural, -> the Arabic head of their family.
FAMILIES = {
    "آلية": ("vehicle", "vehicles", "armored vehicles", "armoured vehicles", "truck", "trucks"),
    "جندي": ("soldier", "soldiers", "troop", "troops", "servicemen", "serviceman", "personnel"),
    "مقاتل": ("fighter", "fighters", "militant", "militants", "gunman", "gunmen", "combatants"),
    "شخص": ("person", "persons", "people", "individual", "individuals", "citizen", "citizens",
             "inhabitants", "residents", "civilians", "civilian"),
    "قتيل": ("dead", "fatalities", "deaths", "body", "bodies", "corpse", "corpses"),
    "جريح": ("wounded", "injured", "injuries"),
    "طائرة": ("aircraft", "plane", "planes", "helicopter", "helicopters", "jet", "jets",
              "drone", "drones"),
    "دبابة": ("tank", "tanks"), "صاروخ": ("missile", "missiles", "rocket", "rockets"),
    "يوم": ("day", "days"), "شهر": ("month", "months"), "عام": ("year", "years"),
    "دولار": ("dollar", "dollars", "$", "us$", "usd"), "معتقل": ("detainee", "detainees"),
    "أسير": ("prisoner", "prisoners", "captive", "captives"), "منزل": ("house", "houses", "home", "homes"),
    "قرية": ("village", "villages"), "رجل": ("man", "men"), "طفل": ("child", "children"),
    "طالب": ("student", "students"), "عامل": ("worker", "workers"), "مدرسة": ("school", "schools"),
    "مشروع": ("project", "projects"), "لاجئ": ("refugee", "refugees"),
    "يورو": ("euro", "euros", "€", "eur"), "ريال": ("riyal", "riyals", "rial", "rials"),
    "دينار": ("dinar", "dinars"), "ليرة": ("lira", "liras", "pound", "pounds"),
    "درهم": ("dirham", "dirhams"), "جنيه": ("£", "gbp", "sterling"),
}
# Words of death beside a count of people, which make it a count of the dead (the Arabic
# family «قتيل»): "killed five people", "five people have died", "a fire that left 12 dead".
DEATH_WORDS = ("killed", "kill", "kills", "killing", "died", "die", "dies", "dead", "deaths",
               "death", "lives")
# Words of wounds beside a count of people: "12 people were injured", "wounding five".
INJURY_WORDS = ("injured", "injuring", "wounded", "wounding", "hurt", "injuries", "wounds")
CASUALTY_NOUNS = ("patient", "passenger", "victim")
CURRENCY_SIGNS = ("$", "US$", "€", "£")
PERCENT_WORDS = ("percent", "per cent", "%")


@cache
def english_family(noun: str) -> str | None:
    """The Arabic family key of an English counted noun ("troops" → the key of «جندي»), None
    for a noun the table does not list."""
    head = _HEAD_OF.get(noun.lower())
    return (listed_family(fold_word(head)) or fold_word(head)) if head else None


_HEAD_OF = {noun: head for head, nouns in FAMILIES.items() for noun in nouns}
