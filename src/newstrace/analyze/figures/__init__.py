"""Figures: every number in an article, with what it counts and on whose authority."""

from newstrace.analyze.figures.find import find_figures
from newstrace.analyze.figures.step import FindFigures

__all__ = ["FindFigures", "find_figures"]
