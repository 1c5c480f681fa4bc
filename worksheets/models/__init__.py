"""Pydantic models for every input the tool reads, one module per kind of input.

Every model forbids unknown keys, so a typo is an error with a suggestion
instead of a silently ignored field; input rules (names, notes, dates) live
here and nowhere else.
"""

from worksheets.models.base import PATTERN_HINTS, Model, Name, Slug, Text, one_line
from worksheets.models.blocks import ExerciseText, ExerciseTopic, GuideTopic, ProfessionalGuideTopic
from worksheets.models.brand import Brand, Clinician, Colors, Contact, CrisisLine, FontFiles, Fonts, Logo
from worksheets.models.content import (
    BulletList,
    Checklist,
    Examples,
    HandoutText,
    HealingPath,
    HealingTopic,
    Labels,
    OverviewTopic,
    PartnersTopic,
    Passage,
    PracticeLog,
    Prompt,
    Site,
    SituationTable,
    Source,
    Step,
    StepList,
    StyleTopic,
    Summary,
    WorksheetText,
)
from worksheets.models.settings import PaperName, Personal, PrintSettings
from worksheets.models.workshop import Packet, Participant

__all__ = [
    "PATTERN_HINTS", "Model", "Name", "Slug", "Text", "one_line",
    "Brand", "Clinician", "Colors", "Contact", "CrisisLine", "FontFiles", "Fonts", "Logo",
    "BulletList", "Checklist", "Examples", "HandoutText", "HealingPath", "HealingTopic", "Labels",
    "OverviewTopic", "PartnersTopic", "Passage", "PracticeLog", "Prompt", "Site", "SituationTable",
    "Source", "Step", "StepList", "StyleTopic", "Summary", "WorksheetText",
    "ExerciseText", "ExerciseTopic", "GuideTopic", "ProfessionalGuideTopic",
    "PaperName", "Personal", "PrintSettings", "Packet", "Participant",
]  # fmt: skip

# One public home for every model: messages and pickles name worksheets.models.X.
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        _obj.__module__ = __name__
