"""English units of physical measure, each written form mapped to its dimension and its size in that
dimension's base unit (weave/measured.py).

Only units that measure a thing (a length, a weight, a speed, an area, a volume): two reports that give one
fall as "60 metres" and "200m" give two heights, while "60 metres" and "200 feet" give one. Units of time,
money and share are left out: one statement often gives several of them for different things ("a 12-year
sentence, two years after the 2010 trial").
"""

from __future__ import annotations

# (dimension, size in the dimension's base unit: metre, kilogram, km/h, square metre, litre, written forms)
_UNITS: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("length", 1.0, ("m", "metre", "metres", "meter", "meters")),
    ("length", 1000.0, ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")),
    ("length", 0.01, ("cm", "centimetre", "centimetres", "centimeter", "centimeters")),
    ("length", 0.001, ("mm", "millimetre", "millimetres", "millimeter", "millimeters")),
    ("length", 0.3048, ("ft", "foot", "feet")),
    ("length", 0.0254, ("in", "inch", "inches")),
    ("length", 0.9144, ("yd", "yds", "yard", "yards")),
    ("length", 1609.344, ("mi", "mile", "miles")),
    ("speed", 1.609344, ("mph",)),
    ("speed", 1.0, ("kph", "km/h", "kmh", "kmph")),
    ("speed", 1.852, ("knot", "knots")),
    ("weight", 1.0, ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes")),
    ("weight", 0.001, ("g", "gram", "grams", "gramme", "grammes")),
    ("weight", 0.45359237, ("lb", "lbs", "pound", "pounds")),
    ("weight", 0.028349523, ("oz", "ounce", "ounces")),
    ("weight", 1000.0, ("t", "ton", "tons", "tonne", "tonnes")),
    ("area", 4046.8564, ("acre", "acres")),
    ("area", 10000.0, ("ha", "hectare", "hectares")),
    ("volume", 1.0, ("l", "litre", "litres", "liter", "liters")),
    ("volume", 3.785411784, ("gal", "gallon", "gallons")),
)
# Each form glued to a figure ("200m", "6ft", "90kg") and its (dimension, size); written apart, the one-letter
# forms, "in", "ha" and "mi" are left out: "5 m" may be millions and "3 in" a preposition.
GLUED_FORMS: dict[str, tuple[str, float]] = {
    form: (dimension, size) for dimension, size, forms in _UNITS for form in forms}
_LOOSE_FORMS = frozenset({"m", "g", "t", "l", "in", "ha", "mi"})
APART_FORMS: dict[str, tuple[str, float]] = {f: u for f, u in GLUED_FORMS.items() if f not in _LOOSE_FORMS}
