"""Join tagged PDFs into one, keeping a single structure tree, outline and form.

A plain page-level merge drops the structure tree and leaves a packet untagged
for screen readers. Here each joined part's tree becomes a ``/Part`` under one
``/Document``; page and annotation ``StructParent(s)`` keys are renumbered into
one ``ParentTree``; bookmarks and form fields are carried over. pikepdf (qpdf)
copies objects between files quickly, which is what makes per-participant
packets cheap.
"""

from __future__ import annotations

import hashlib
import io

import pikepdf
from pikepdf import Array, Dictionary, Name, OutlineItem, PageLocation


def open_pdf(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def save_pdf(pdf: pikepdf.Pdf) -> bytes:
    """Serialise deterministically (no random file identifier)."""
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


def _copy(pdf: pikepdf.Pdf, obj):
    """Copy an object from another file; direct containers are rebuilt around copied refs."""
    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        return pdf.copy_foreign(obj)
    if isinstance(obj, pikepdf.Array):
        return Array([_copy(pdf, item) for item in obj])
    if isinstance(obj, pikepdf.Dictionary):
        return Dictionary({key: _copy(pdf, value) for key, value in obj.items()})
    return obj


def _nums(pdf: pikepdf.Pdf) -> pikepdf.Array:
    return pdf.Root.StructTreeRoot.ParentTree.Nums


def _next_key(nums: pikepdf.Array) -> int:
    return max((int(nums[i]) for i in range(0, len(nums), 2)), default=-1) + 1


def _document_element(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    kids = pdf.Root.StructTreeRoot.K
    return kids[0] if isinstance(kids, pikepdf.Array) else kids


def _top_elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    kids = pdf.Root.StructTreeRoot.K
    elements = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    for element in elements:
        # Detach from the source's tree root, so copying does not drag it along.
        if "/P" in element:
            del element.P
    return elements


def append_tagged(pdf: pikepdf.Pdf, part: pikepdf.Pdf, at_start: bool = False) -> None:
    """Add every page of ``part`` to ``pdf`` (at the end, or before page 1), merging tags."""
    nums = _nums(pdf)
    offset = _next_key(nums)
    first_index = 0 if at_start else len(pdf.pages)
    for i, page in enumerate(part.pages):
        pdf.pages.insert(first_index + i, page)
        new = pdf.pages[first_index + i]
        if "/StructParents" in page.obj:
            new.obj.StructParents = int(page.obj.StructParents) + offset
        for annot in new.obj.get("/Annots", []):
            if "/StructParent" in annot:
                annot.StructParent = int(annot.StructParent) + offset
    their_nums = _nums(part)
    for i in range(0, len(their_nums), 2):
        nums.append(int(their_nums[i]) + offset)
        nums.append(_copy(pdf, their_nums[i + 1]))
    pdf.Root.StructTreeRoot.ParentTreeNextKey = _next_key(nums)
    document = _document_element(pdf)
    copies = []
    for element in _top_elements(part):
        copy = _copy(pdf, element)
        copy.S = Name.Part
        copy.P = document
        copies.append(copy)
    kids = document.K if isinstance(document.K, pikepdf.Array) else Array([document.K])
    document.K = Array(copies + list(kids)) if at_start else Array(list(kids) + copies)
    _merge_form(pdf, part)
    _merge_outline(pdf, part, first_index, at_start)


def _merge_form(pdf: pikepdf.Pdf, part: pikepdf.Pdf) -> None:
    if "/AcroForm" not in part.Root:
        return
    theirs = part.Root.AcroForm
    if "/AcroForm" not in pdf.Root:
        pdf.Root.AcroForm = pdf.make_indirect(Dictionary(Fields=Array(), DR=Dictionary(Font=Dictionary())))
    ours = pdf.Root.AcroForm
    for field in theirs.get("/Fields", []):
        ours.Fields.append(_copy(pdf, field))
    if "/DR" not in ours:
        ours.DR = Dictionary()
    if "/Font" not in ours.DR:
        ours.DR.Font = Dictionary()
    fonts = ours.DR.Font
    their_dr = theirs.get("/DR", Dictionary())
    for name, font in their_dr.get("/Font", Dictionary()).items():
        if name not in fonts:
            fonts[name] = _copy(pdf, font)
    ours.NeedAppearances = theirs.get("/NeedAppearances", True)


def _merge_outline(pdf: pikepdf.Pdf, part: pikepdf.Pdf, first_index: int, at_start: bool) -> None:
    index_of = {page.objgen: i for i, page in enumerate(part.pages)}
    with part.open_outline() as theirs:
        items = [_copy_item(item, index_of, first_index) for item in theirs.root]
    with pdf.open_outline() as ours:
        if at_start:
            for item in reversed(items):
                ours.root.insert(0, item)
        else:
            ours.root.extend(items)


def _copy_item(item: OutlineItem, index_of: dict, first_index: int) -> OutlineItem:
    destination = item.destination
    page_number, left, top = first_index, None, None
    if isinstance(destination, pikepdf.Array) and len(destination) >= 2:
        page_number = first_index + index_of.get(destination[0].objgen, 0)
        if len(destination) >= 4 and str(destination[1]) == "/XYZ":
            left, top = destination[2], destination[3]
    copy = OutlineItem(item.title, page_number, PageLocation.XYZ, left=left, top=top)
    copy.children.extend(_copy_item(child, index_of, first_index) for child in item.children)
    return copy


def nest_fields(pdf: pikepdf.Pdf, name: str) -> None:
    """Put every form field under one parent field called ``name``.

    In a file that joins several people's packets, each person's fields are
    then their own ("ana-souza.name", not one "name" shared by everyone):
    typing into one packet never changes another.
    """
    if "/AcroForm" not in pdf.Root or not pdf.Root.AcroForm.get("/Fields"):
        return
    fields = pdf.Root.AcroForm.Fields
    parent = pdf.make_indirect(Dictionary(T=pikepdf.String(name), Kids=Array(list(fields))))
    for field in fields:
        field.Parent = parent
    pdf.Root.AcroForm.Fields = Array([parent])


FIELD_KEYS = ("/T", "/FT", "/V", "/Ff", "/TU")  # what belongs to a field, not to each of its widgets


def merge_same_named_fields(pdf: pikepdf.Pdf) -> None:
    """Make fields that share a name one field with several widgets (the name on every cover page).

    Viewers keep same-named fields in step anyway; one field with kids says so in the file, and
    the name is typed once for the whole packet.
    """
    if "/AcroForm" not in pdf.Root:
        return
    groups: dict[str, list] = {}
    for field in pdf.Root.AcroForm.get("/Fields", []):
        groups.setdefault(str(field.get("/T", "")), []).append(field)
    fields = []
    for name, widgets in groups.items():
        if len(widgets) == 1 or not name or any("/Kids" in w for w in widgets):
            fields.extend(widgets)
            continue
        parent = pdf.make_indirect(Dictionary({k: widgets[0][k] for k in FIELD_KEYS if k in widgets[0]}))
        for widget in widgets:
            for key in FIELD_KEYS:
                if key in widget:
                    del widget[key]
            widget.Parent = parent
        parent.Kids = Array(widgets)
        fields.append(parent)
    pdf.Root.AcroForm.Fields = Array(fields)


def nest_outline(pdf: pikepdf.Pdf, title: str) -> None:
    """Put every bookmark under one entry called ``title`` that opens the first page."""
    with pdf.open_outline() as outline:
        items = list(outline.root)
        top = OutlineItem(title, 0)
        top.children.extend(items)
        outline.root.clear()
        outline.root.append(top)


def share_streams(pdf: pikepdf.Pdf) -> None:
    """Point every copy of the same stream (font program, page content, drawn field) at one.

    Joined packets each carry their own copies of the same shared pages' streams;
    shared, the copies are no longer referenced and are left out when the file is
    saved. The structure tree stays each person's own.
    """
    canonical: dict[bytes, pikepdf.Object] = {}
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream) and obj.get("/Type") not in ("/Metadata", "/XRef", "/ObjStm"):
            canonical.setdefault(_digest(obj), obj)
    replace = {}
    for stream in canonical.values():
        replace[stream.objgen] = stream
    for obj in list(pdf.objects):
        if isinstance(obj, (Dictionary, Array)) and not isinstance(obj, pikepdf.Stream):
            _point_at(obj, canonical)
        elif isinstance(obj, pikepdf.Stream):
            _point_at(obj.stream_dict, canonical)


def _digest(stream: pikepdf.Stream) -> bytes:
    header = repr(sorted((str(k), repr(v)) for k, v in stream.stream_dict.items() if k != "/Length"))
    return hashlib.sha256(stream.read_raw_bytes() + header.encode()).digest()


def _point_at(container, canonical: dict[bytes, pikepdf.Object]) -> None:
    """Replace references to duplicate streams inside ``container`` (and its direct children)."""
    keys = list(container.keys()) if isinstance(container, Dictionary) else range(len(container))
    for key in keys:
        value = container[key]
        if isinstance(value, pikepdf.Stream) and value.is_indirect:
            if value.get("/Type") in ("/Metadata",):
                continue
            first = canonical.get(_digest(value))
            if first is not None and first.objgen != value.objgen:
                container[key] = first
        elif isinstance(value, (Dictionary, Array)) and not value.is_indirect:
            _point_at(value, canonical)


def join_tagged(parts: list[bytes]) -> pikepdf.Pdf:
    """Return one tagged PDF made of ``parts`` in order."""
    pdf = open_pdf(parts[0])
    for data in parts[1:]:
        append_tagged(pdf, open_pdf(data))
    return pdf
