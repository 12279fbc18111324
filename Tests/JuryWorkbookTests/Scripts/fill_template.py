"""Fills JuryDesk's 推荐表 template as an office would in Excel: the unit after the colon on the unit
line, three people in the numbered rows (phones typed as numbers), the 填表人 lines.

usage: fill_template.py TEMPLATE.xlsx OUT.xlsx
"""
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
ws["A3"] = "推荐单位（盖章）：汉中市总工会"
people = [
    ("刘洋", "汉中市供电公司", "抖音", "电力刘洋", 15029876543),
    ("陈静", "汉中市中心医院", "微信公众号", "陈护士的日常", 15029876544),
    ("周强", "汉中钢铁集团", "快手", "钢铁周强", 15029876545),
]
for i, (name, employer, platform, nickname, phone) in enumerate(people):
    r = 5 + i
    ws.cell(r, 2, name)
    ws.cell(r, 3, employer)
    ws.cell(r, 4, platform)
    ws.cell(r, 5, nickname)
    ws.cell(r, 6, phone)
for row in ws.iter_rows():
    for c in row:
        if c.value == "填表人姓名：":
            c.value = "填表人姓名：孙丽"
wb.save(sys.argv[2])
