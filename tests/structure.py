"""Check that a PDF's structure tree is whole: what a screen reader relies on."""

from __future__ import annotations

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject


def structure_problems(reader: PdfReader) -> list[str]:
    """Return what is wrong with the tagging (empty when every page is covered)."""
    root = reader.trailer["/Root"]
    if "/StructTreeRoot" not in root:
        return ["no structure tree"]
    tree = root["/StructTreeRoot"]
    pages = {p.indirect_reference.idnum: i for i, p in enumerate(reader.pages)}
    reachable: set[int] = set()

    def walk(node, depth=0):
        if depth > 200 or not isinstance(node, (DictionaryObject, IndirectObject, ArrayObject)):
            return
        if isinstance(node, ArrayObject):
            for kid in node:
                walk(kid, depth + 1)
            return
        if isinstance(node, IndirectObject):
            if node.idnum in reachable:
                return
            reachable.add(node.idnum)
        node = node.get_object()
        if isinstance(node, DictionaryObject) and "/K" in node and node.get("/Type") != "/MCR":
            walk(node["/K"], depth + 1)

    walk(tree["/K"])
    problems = []
    nums = tree["/ParentTree"].get_object()["/Nums"]
    entries = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for number, page in enumerate(reader.pages, start=1):
        key = page.get("/StructParents")
        if key is None or int(key) not in entries:
            problems.append(f"page {number}: not in the structure tree")
            continue
        entry = entries[int(key)]
        if not any(isinstance(e, IndirectObject) and e.idnum in reachable for e in entry):
            problems.append(f"page {number}: none of its tagged content is reachable from the root")
        for element in entry:
            if isinstance(element, IndirectObject):
                pg = element.get_object().get("/Pg")
                if pg is not None and pg.idnum not in pages:
                    problems.append(f"page {number}: an element points at a page that is not in the file")
                    break
    top = tree["/K"]
    top = top if isinstance(top, ArrayObject) else [top]
    if len(top) != 1:
        problems.append(f"{len(top)} top-level elements; expected one Document")
    return problems
