"""A unit's 推荐表 as an office fills it in Excel, made by openpyxl: 附件1 and a merged title above the
header, the unit on the 推荐单位（盖章）： line, 序号 stored as 1.0, phones stored as numbers, a vertically
merged 单位 cell, the footer lines, an empty second sheet; then 序号 cells of rows 2-3 turned into
formulas with cached values the way Excel saves them (openpyxl cannot write cached values).

usage: make_office_form.py OUT.xlsx [bad]   ("bad": the phone in F7 is 1389123456, one digit short)
"""
import re
import sys
import zipfile

import openpyxl

out = sys.argv[1]
bad = len(sys.argv) > 2 and sys.argv[2] == "bad"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "推荐表"
ws["A1"] = "附件1"
ws["A2"] = "“正能量职工网络达人征集”推荐表"
ws.merge_cells("A2:G2")
ws["A3"] = "推荐单位（盖章）：宝鸡市总工会"
ws.merge_cells("A3:G3")
ws.append(["序号", "达人姓名", "单位", "参赛平台", "账号昵称", "手机号", "备注"])
rows = [
    (1.0, "王建军", "宝鸡市公交集团", "抖音", "公交王师傅", 13891234567, None),
    (2.0, "李娟", None, "快手", "李娟的工地日记", 13891234568, "优先"),
    (3.0, "张伟", "宝鸡石油机械有限责任公司", "B站", "老张说机械", 1389123456 if bad else 13891234569, None),
]
for r in rows:
    ws.append(list(r))
# 李娟 works where 王建军 does: the office merged the 单位 cells of rows 5-6.
ws.merge_cells("C5:C6")
for n in range(4, 11):
    ws.append([n])
ws.append([])
ws.append(["填表人姓名：赵敏"])
ws.append(["职务：办公室主任"])
ws.append(["联系方式：029-12345678"])
ws.append(["注：1. 经组织推荐的创作者仍需按规定程序报送征集内容"])
wb.create_sheet("空白")
wb.save(out)

# Excel keeps a formula's last result in <v>; give 序号 of rows 6-7 formulas with their values.
with zipfile.ZipFile(out) as z:
    parts = {name: z.read(name) for name in z.namelist()}
sheet = parts["xl/worksheets/sheet1.xml"].decode()
for ref, formula in (("A6", "A5+1"), ("A7", "A6+1")):
    sheet, n = re.subn(r'<c r="%s"([^>]*)><v>' % ref, r'<c r="%s"\1><f>%s</f><v>' % (ref, formula), sheet)
    assert n == 1, ref
parts["xl/worksheets/sheet1.xml"] = sheet.encode()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
