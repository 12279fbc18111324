"""Workbooks made to hurt a reader, built from a real openpyxl workbook.

usage: make_hostile.py KIND OUT.xlsx
  bomb     the sheet XML padded with 20 MB of spaces (compresses about 1000:1)
  liar     a small sheet whose zip directory claims fewer bytes than it unpacks to
  laughs   the sheet XML with a DOCTYPE defining nested entities (billion laughs) used in a cell
  sheets   a workbook listing 300 sheets
"""
import struct
import sys
import zipfile

import openpyxl

kind, out = sys.argv[1], sys.argv[2]
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["姓名", "角色"])
ws.append(["李慧敏", "评委"])
wb.save(out)
with zipfile.ZipFile(out) as z:
    parts = {name: z.read(name) for name in z.namelist()}

if kind == "bomb":
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"<sheetData>", b"<sheetData>" + b" " * (20 << 20), 1)
elif kind == "laughs":
    lol = ['<!ENTITY lol "lol">'] + ['<!ENTITY lol%d "%s">' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10)
                                     for i in range(1, 10)]
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace("<worksheet", "<!DOCTYPE worksheet [" + "".join(lol) + "]><worksheet", 1)
    sheet = sheet.replace("</sheetData>", '<row r="3"><c r="A3" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>')
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
elif kind == "sheets":
    book = parts["xl/workbook.xml"].decode()
    extra = "".join('<sheet name="S%d" sheetId="%d" r:id="rId1"/>' % (i, i + 10) for i in range(300))
    parts["xl/workbook.xml"] = book.replace("</sheets>", extra + "</sheets>").encode()

with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)

if kind == "liar":
    # Patch the central directory's uncompressed size of the sheet to 100 bytes.
    data = bytearray(open(out, "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        n = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + n] == name:
            struct.pack_into("<I", data, at + 24, 100)
        at = data.find(b"PK\x01\x02", at + 4)
    open(out, "wb").write(bytes(data))
