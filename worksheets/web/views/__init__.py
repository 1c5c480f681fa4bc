"""The pages: one blueprint per thing a person does."""

from worksheets.web.views.fill import fill
from worksheets.web.views.library import library
from worksheets.web.views.making import making
from worksheets.web.views.practice import practice
from worksheets.web.views.workshop import workshop

BLUEPRINTS = [library, making, practice, workshop, fill]
