"""Turn attachment-style content into printable handouts and worksheets.

The pipeline::

    YAML files --load+validate--> models --Jinja2--> HTML --WeasyPrint--> PDF

``content.py`` loads and validates the YAML, ``catalog.py`` names the
documents, ``templating.py`` fills the templates, ``pdf.py`` renders them and
``build.py`` writes the files. ``cli.py`` is the thin Click layer on top.
"""

__version__ = "0.1.0"
