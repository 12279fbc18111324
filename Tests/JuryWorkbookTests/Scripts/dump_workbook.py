"""Prints a workbook as openpyxl reads it, as JSON: per sheet, its name, frozen panes, merged
ranges, column widths, and every non-empty cell with its type (s string, n number, f formula,
b bool, d date) and value; plus the document title and whether A1 of the first sheet is bold.

usage: dump_workbook.py IN.xlsx
"""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"title": wb.properties.title, "sheets": []}
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                cells[c.coordinate] = [c.data_type, c.value if not hasattr(c.value, "isoformat") else c.value.isoformat()]
    out["sheets"].append({
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
        "boldA1": bool(ws["A1"].font and ws["A1"].font.b),
        "cells": cells,
    })
print(json.dumps(out, ensure_ascii=False))
