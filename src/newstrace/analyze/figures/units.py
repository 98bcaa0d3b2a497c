"""Units written beside a number, normalised: "$", "US$" and "dollars" -> ``USD``.

`currency_before` reads a currency symbol or code in front of a number,
`unit_after` a unit after it ("per cent", "km", "barrels a day", "bcm",
"pound-feet"), including rates ("$52 a barrel" -> ``USD/barrel``). Currencies
come out as ISO 4217 codes; other units as short symbols (``%``, ``km``,
``bcm``, ``°C``).
"""

from __future__ import annotations

import re

__all__ = ["currency_before", "unit_after"]

_CURRENCY_SYMBOLS = {
    "us$": "USD",
    "$us": "USD",
    "$a": "AUD",
    "$c": "CAD",
    "us $": "USD",
    "$": "USD",
    "c$": "CAD",
    "c $": "CAD",
    "a$": "AUD",
    "a $": "AUD",
    "au$": "AUD",
    "hk$": "HKD",
    "hk $": "HKD",
    "s$": "SGD",
    "s $": "SGD",
    "nz$": "NZD",
    "nz $": "NZD",
    "€": "EUR",
    "£": "GBP",
    "ps": "GBP",  # "£" lost to a bad encoding, as in many crawled texts
    "¥": "JPY",
    "y=": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "₽": "RUB",
    "₴": "UAH",
    "₪": "ILS",
    "rm": "MYR",
    "r$": "BRL",
}
_CURRENCY_CODES = (
    "USD EUR GBP JPY CNY RMB AUD CAD CHF HKD SGD NZD INR RUB UAH ILS MYR BRL KRW ZAR TRY"
)
_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?P<symbol>\$US|\$A|\$C|US\s?\$|C\s?\$|A\s?\$|AU\$|HK\s?\$|S\s?\$|NZ\s?\$|R\$|[$€£¥₹₽₴₪]"
    r"|Y=|RM|Rs\.?|PS)"
    rf"|\b(?P<code>{_CURRENCY_CODES.replace(' ', '|')}))\s?-?$",
)

_WORD_UNITS: list[tuple[str, str]] = [
    (r"(?-i:USD|US\s?dollars?)|usd", "USD"),
    (r"(?-i:EUR)|eur|€", "EUR"),
    (r"(?-i:GBP)|£", "GBP"),
    (r"(?-i:JPY)|¥", "JPY"),
    (r"(?-i:CNY|RMB)", "CNY"),
    (r"percentage[\s-]points?|pp", "percentage point"),
    (r"basis[\s-]points?|bps?", "basis point"),
    (r"%|per\s?cent|percent|pct|pc", "%"),
    (
        r"(?:US|U\.S\.|American|Canadian|Australian|Hong\s+Kong|Singapore|New\s+Zealand)?\s*dollars?",
        "$",
    ),
    (r"euros?", "EUR"),
    (r"pounds?\s+sterling|sterling", "GBP"),
    (r"yen", "JPY"),
    (r"yuan|renminbi", "CNY"),
    (r"rupees?", "INR"),
    (r"roubles?|rubles?", "RUB"),
    (r"hryvnias?|hryvnia", "UAH"),
    (r"shekels?", "ILS"),
    (r"ringgit", "MYR"),
    (r"(?:Swiss\s+)?francs?", "CHF"),
    (r"won", "KRW"),
    (r"lira|liras", "TRY"),
    (r"rand", "ZAR"),
    (r"cents?", "cent"),
    (r"pence|p", "pence"),
    (r"sen", "sen"),
    (r"bcm|billion\s+cubic\s+met(?:re|er)s", "bcm"),
    (r"barrels?", "barrel"),
    (r"square\s+(?:kilomet(?:re|er)s?|km)|sq\.?\s?km|km2|km²", "km²"),
    (r"square\s+met(?:re|er)s?|sq\.?\s?m|m2|m²", "m²"),
    (r"square\s+(?:feet|foot)|sq\.?\s?ft", "sq ft"),
    (r"square\s+miles?", "sq mi"),
    (r"cubic\s+(?:feet|foot)", "cu ft"),
    (r"hectares?|ha", "ha"),
    (r"acres?", "acre"),
    (r"kilomet(?:re|er)s?\s+(?:per|an|a)\s+hour|km/h|kph|kmh|km/hr", "km/h"),
    (r"miles?\s+(?:per|an|a)\s+hour|mph", "mph"),
    (r"miles?\s+per\s+gallon|mpg", "mpg"),
    (r"met(?:re|er)s\s+per\s+second|m/s", "m/s"),
    (r"kilomet(?:re|er)s?|km", "km"),
    (r"centimet(?:re|er)s?|cm", "cm"),
    (r"millimet(?:re|er)s?|mm", "mm"),
    (r"micromet(?:re|er)s?|μm|microns?", "μm"),
    (r"nanomet(?:re|er)s?|nm", "nm"),
    (r"met(?:re|er)s?|m", "m"),
    (r"miles?|mi", "mi"),
    (r"yards?|yds?", "yd"),
    (r"pound-f(?:ee|oo)t|lb-ft", "lb-ft"),
    (r"feet|foot|ft", "ft"),
    (r"inch(?:es)?|in\.|\"|″|-inch", "in"),
    (r"kilograms?|kilos?|kg", "kg"),
    (r"milligrams?|mg", "mg"),
    (r"(?-i:G)", "G"),  # "5G": a generation of mobile networks
    (r"grams?|(?-i:g)", "g"),
    (r"pounds?|lbs?", "lb"),
    (r"ounces?|oz", "oz"),
    (r"gigatonnes?|gigatons?|Gt", "Gt"),
    (r"megatonnes?|megatons?|Mt", "Mt"),
    (r"tonnes?|metric\s+tons?", "t"),
    (r"tons?", "ton"),
    (r"lit(?:re|er)s?|l", "l"),
    (r"millilit(?:re|er)s?|ml", "ml"),
    (r"gallons?|gal", "gal"),
    (r"degrees?\s+(?:Celsius|centigrade|C)|°C|ºC|deg\s?C|Celsius", "°C"),
    (r"degrees?\s+(?:Fahrenheit|F)|°F|ºF|deg\s?F|Fahrenheit", "°F"),
    (r"degrees?|°", "°"),
    (r"(?-i:C)", "°C"),
    (r"horsepower|hp|bhp|PS", "hp"),
    (r"kilowatt[\s-]hours?|kWh", "kWh"),
    (r"megawatt[\s-]hours?|MWh", "MWh"),
    (r"gigawatt[\s-]hours?|GWh", "GWh"),
    (r"terawatt[\s-]hours?|TWh", "TWh"),
    (r"kilowatts?|kW", "kW"),
    (r"megawatts?|MW", "MW"),
    (r"gigawatts?|GW", "GW"),
    (r"watts?|W", "W"),
    (r"volts?|V", "V"),
    (r"milliampere[\s-]hours?|mAh", "mAh"),
    (r"gigahertz|GHz", "GHz"),
    (r"megahertz|MHz", "MHz"),
    (r"kilohertz|kHz", "kHz"),
    (r"hertz|Hz", "Hz"),
    (r"terabytes?|TB", "TB"),
    (r"gigabytes?|GB", "GB"),
    (r"megabytes?|MB", "MB"),
    (r"megabits?\s+per\s+second|Mbps", "Mbit/s"),
    (r"parts[\s-]per[\s-]billion|ppb", "ppb"),
    (r"parts[\s-]per[\s-]million|ppm", "ppm"),
    (r"decibels?|dB", "dB"),
    (r"rpm|revolutions\s+per\s+minute", "rpm"),
    (r"knots?|kt", "kn"),
    (r"newton[\s-]met(?:re|er)s?|Nm", "N·m"),
    (r"points?\s+per\s+game|ppg", "point/game"),
    (r"kilopounds?\s+per\s+square\s+inch|ksi", "ksi"),
    (r"(?-i:WAR)|wins?\s+above\s+replacement", "WAR"),
    (r"points?|pts?", "point"),
    (r"years?[\s-]old|-year-old|year-olds?", "years old"),
    (r"months?[\s-]old", "months old"),
    (r"years?|yrs?", "year"),
    (r"months?", "month"),
    (r"weeks?", "week"),
    (r"days?", "day"),
    (r"hours?|hrs?|h", "hour"),
    (r"minutes?|mins?", "minute"),
    (r"seconds?|secs?|s", "second"),
    (r"times|fold|-fold", "times"),
]
_UNIT_AFTER = [
    (
        re.compile(rf"[\s-]?(?:{pattern})(?![\w%°])", re.IGNORECASE if pattern[0].islower() else 0),
        code,
    )
    for pattern, code in _WORD_UNITS
]
_RATE = re.compile(
    r"(?:\s*(?:per|a|an|each)\s+|\s*/\s*)(?P<per>day|week|month|year|annum|hour|minute|second|barrel|ounce"
    r"|gallon|litre|liter|share|gram|kilogram|kg|tonne|ton|person|head|capita|square\s+foot"
    r"|square\s+metre|sq\s?ft|d|yr|mo)\b",
    re.IGNORECASE,
)
_RATE_SYMBOLS = {"d": "day", "yr": "year", "mo": "month", "annum": "year", "kilogram": "kg"}


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """The currency written just before `start` and where its symbol starts."""
    match = _CURRENCY_BEFORE.search(text, max(0, start - 6), start)
    if not match:
        return None
    written = (match["symbol"] or match["code"] or "").lower()
    code = _CURRENCY_SYMBOLS.get(written)
    if code is None:
        code = written.upper()
        code = "CNY" if code == "RMB" else code
    return code, match.start()


def unit_after(text: str, end: int, currency: str | None = None) -> tuple[str, int] | None:
    """The unit written from `end` on (and where it ends); a rate adds "/day" and the like."""
    for pattern, code in _UNIT_AFTER:
        match = pattern.match(text, end)
        if match is None:
            continue
        if code == "$":
            code = currency or _dollar_of(match.group())
        if currency and code in ("$", "USD"):
            code = currency
        unit_end = match.end()
        rate = _RATE.match(text, unit_end)
        if rate and code not in ("years old", "months old", "times"):
            per = rate["per"].lower()
            code = f"{code}/{_RATE_SYMBOLS.get(per, per)}"
            unit_end = rate.end()
        return code, unit_end
    if currency:
        rate = _RATE.match(text, end)
        if rate:
            per = rate["per"].lower()
            return f"{currency}/{_RATE_SYMBOLS.get(per, per)}", rate.end()
        return currency, end
    return None


def _dollar_of(written: str) -> str:
    words = written.lower()
    for name, code in (
        ("canad", "CAD"),
        ("austral", "AUD"),
        ("hong kong", "HKD"),
        ("singapore", "SGD"),
        ("new zealand", "NZD"),
    ):
        if name in words:
            return code
    return "USD"
