"""Places as the governments they stand for: "Moscow" -> "the Russian government"."""

from __future__ import annotations

from typing import Final

__all__ = ["government_of"]

# Country -> adjective, for the countries most often named as actors in news.
_ADJECTIVES: Final = {
    "Russia": "Russian", "Ukraine": "Ukrainian", "China": "Chinese", "United States": "US",
    "US": "US", "U.S.": "US", "America": "US", "Britain": "British", "UK": "British",
    "United Kingdom": "British", "France": "French", "Germany": "German", "Japan": "Japanese",
    "India": "Indian", "Iran": "Iranian", "Israel": "Israeli", "Turkey": "Turkish",
    "Italy": "Italian", "Spain": "Spanish", "Poland": "Polish", "Canada": "Canadian",
    "Australia": "Australian", "Pakistan": "Pakistani", "North Korea": "North Korean",
    "South Korea": "South Korean", "Syria": "Syrian", "Saudi Arabia": "Saudi",
    "Egypt": "Egyptian", "Brazil": "Brazilian", "Mexico": "Mexican", "Belarus": "Belarusian",
    "Taiwan": "Taiwanese", "Afghanistan": "Afghan", "Iraq": "Iraqi", "Qatar": "Qatari",
}  # fmt: skip
# Capital -> country.
_CAPITALS: Final = {
    "Moscow": "Russia", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Beijing": "China",
    "Washington": "United States", "London": "Britain", "Paris": "France", "Berlin": "Germany",
    "Tokyo": "Japan", "New Delhi": "India", "Delhi": "India", "Tehran": "Iran",
    "Jerusalem": "Israel", "Ankara": "Turkey", "Rome": "Italy", "Madrid": "Spain",
    "Warsaw": "Poland", "Ottawa": "Canada", "Canberra": "Australia", "Islamabad": "Pakistan",
    "Pyongyang": "North Korea", "Seoul": "South Korea", "Damascus": "Syria",
    "Riyadh": "Saudi Arabia", "Cairo": "Egypt", "Brasilia": "Brazil", "Minsk": "Belarus",
    "Taipei": "Taiwan", "Kabul": "Afghanistan", "Baghdad": "Iraq", "Doha": "Qatar",
}  # fmt: skip


def government_of(place: str) -> str:
    """The government a country or capital's name stands for when it acts."""
    country = _CAPITALS.get(place, place)
    adjective = _ADJECTIVES.get(country)
    return f"the {adjective} government" if adjective else f"the government of {country}"
