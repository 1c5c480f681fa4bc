"""Build a personalised packet for every participant on a roster.

The documents in a packet are the same for everyone but the name, so each
distinct document is laid out once per (language, paper, documents) group,
with page numbers that continue across the packet. Each participant then only
costs a one-page cover, their name drawn into the name fields, and a fast
PDF-level join that keeps one structure tree (see ``joining.py``).

- ``plan.py``: which rows to build, their files and input hashes (pure functions);
- ``tasks.py``: what a worker does, given everything it needs as arguments;
- ``pool.py``: worker processes (fork or spawn) and stopping them on Ctrl-C;
- ``manifest.py``: the manifest and the combined file;
- ``run.py``: the whole run.
"""

from worksheets.batch.plan import Outcome
from worksheets.batch.run import BatchOptions, BatchResult, default_jobs, run_batch

__all__ = ["BatchOptions", "BatchResult", "Outcome", "default_jobs", "run_batch"]
