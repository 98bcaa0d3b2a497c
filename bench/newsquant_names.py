"""Unit names in NewsQuant's vocabulary, for scoring (see bench_figures).

`UNIT_NAMES` maps our unit codes to the names the set's `normalized_unit`
uses; `quantulum_name` does the same for quantulum3's unit names.
"""

from __future__ import annotations

__all__ = ["UNIT_NAMES", "quantulum_name"]

UNIT_NAMES = {
    "%": "percentage",
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "NZD": "new zealand dollar",
    "MYR": "malaysian ringgit",
    "ILS": "shekel",
    "INR": "indian rupee",
    "CHF": "swiss franc",
    "RUB": "russian ruble",
    "cent": "cent",
    "pence": "point",
    "sen": "sen",
    "km": "kilometre",
    "m": "metre",
    "cm": "centimetre",
    "mm": "millimetre",
    "μm": "micrometre",
    "nm": "nanometre",
    "mi": "mile",
    "yd": "yard",
    "ft": "foot",
    "in": "inch",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "lb": "pound-mass",
    "oz": "ounce",
    "t": "metric ton",
    "ton": "ton",
    "Gt": "gigaton",
    "l": "litre",
    "ml": "millilitre",
    "gal": "gallon",
    "°C": "celsius",
    "°F": "fahrenheit",
    "°": "degree",
    "hp": "horsepower",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "W": "watt",
    "V": "volt",
    "kWh": "kilowatt hour",
    "GWh": "gigawatt hour",
    "mAh": "milliampere-hour",
    "Hz": "hertz",
    "GHz": "gigahertz",
    "kHz": "kilohertz",
    "MHz": "megahertz",
    "GB": "gigabyte",
    "TB": "terabyte",
    "MB": "megabyte",
    "ppb": "parts-per-billion",
    "ppm": "part per million",
    "dB": "decibel",
    "rpm": "revolutions per minute",
    "kn": "knot",
    "N·m": "newton metre",
    "lb-ft": "pound-foot",
    "Mbit/s": "megabit per second",
    "point": "point",
    "basis point": "basis point",
    "percentage point": "percentage point",
    "years old": "year of age",
    "months old": "month of age",
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
    "times": "count",
    "mph": "mile per hour",
    "km/h": "kilometre per hour",
    "mpg": "mile per gallon",
    "m/s": "metre per second",
    "m²": "square metre",
    "km²": "square kilometre",
    "sq ft": "square foot",
    "cu ft": "cubic foot",
    "ha": "hectare",
    "barrel": "barrel",
    "bcm": "billion cubic metre",
    "G": "generation wireless",
    "point/game": "point per game",
    "ksi": "kilopound per square inch",
    "WAR": "win above replacement",
}


def quantulum_name(name: str) -> str:
    """quantulum3's unit name in the set's vocabulary, by a few rules of our own."""
    name = name.lower()
    if name in ("dimensionless", "unk"):
        return "-"
    if name in ("per cent", "percentage drop"):
        return "percentage"
    if "dollar" in name and name.startswith(("united states", "dollar")):
        return "dollar"
    if name == "tonne":
        return "metric ton"
    if name == "degree angle":
        return "degree"
    if name.startswith("degree "):
        return name.removeprefix("degree ")  # "degree celsius" -> "celsius"
    if name.endswith((" of arc",)):
        return name.split(" of ")[0]
    return name
