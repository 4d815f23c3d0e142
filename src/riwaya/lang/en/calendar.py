"""English calendar words: months (with wire abbreviations), weekdays, the day words and the
words that point back or ahead ("last week", "next Monday")."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
# Days counted from publication.
DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
             "the day before yesterday": -2, "the day after tomorrow": 2}
# A part of a day written before or after it: "this morning", "Saturday evening".
DAY_PARTS = ("morning", "afternoon", "evening", "night")
PERIOD_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
                "months": "month", "year": "year", "years": "year"}
BACK_WORDS = ("last", "past", "previous")
AHEAD_WORDS = ("next", "coming")
THIS_WORDS = ("this",)
AGO_WORDS = ("ago", "earlier")
# A verb form that tells of what is still to come, shortly before a bare weekday.
FUTURE_WORDS = ("will", "would", "due", "scheduled", "expected", "plans", "planned", "set")
