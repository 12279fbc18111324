"""A sign-up platform export as .xlsx made by openpyxl: dates as serial numbers with date formats
(开通时间 as a date, 报名时间 as a date and time), 原创占比 as 0.9 shown 90%, phones and follower
counts as numbers, a string formula with its cached value, on a sheet named 报名 after a notes sheet.

usage: make_registrations.py OUT.xlsx
"""
import datetime
import re
import sys
import zipfile

import openpyxl

out = sys.argv[1]
wb = openpyxl.Workbook()
notes = wb.active
notes.title = "说明"
notes["A1"] = "报名数据导出，第二个工作表为数据"
ws = wb.create_sheet("报名")
ws.append(["报名编号", "姓名", "手机号", "所在工会", "是否工会会员", "平台1", "昵称1", "粉丝数1", "开通时间1",
           "原创占比1", "报名时间"])
ws.append(["BM2023-0001", "王建军", 13812345678, "西安市总工会", "是", "抖音", "公交王师傅", 12000,
           datetime.date(2021, 3, 5), 0.9, datetime.datetime(2023, 8, 15, 14, 3)])
ws.append(["BM2023-0002", "李娟", 13912345678, "宝鸡市总工会", True, "快手", "PLACEHOLDER", 8600,
           datetime.date(2022, 5, 1), 0.75, datetime.datetime(2023, 8, 16, 9, 30, 15)])
ws["I2"].number_format = "yyyy-mm-dd"
ws["I3"].number_format = 'yyyy"年"m"月"d"日"'
ws["J2"].number_format = "0%"
ws["J3"].number_format = "0.0%"
ws["K2"].number_format = "yyyy-mm-dd hh:mm"
ws["K3"].number_format = "yyyy/m/d h:mm:ss"
wb.save(out)

# G3 becomes a string formula with its cached result, as Excel writes =CONCAT(...).
with zipfile.ZipFile(out) as z:
    parts = {name: z.read(name) for name in z.namelist()}
sheet = parts["xl/worksheets/sheet2.xml"].decode()
sheet, n = re.subn(r'<c r="G3"[^>]*>.*?</c>',
                   '<c r="G3" t="str"><f>CONCAT("李娟","的工地日记")</f><v>李娟的工地日记</v></c>', sheet)
assert n == 1
parts["xl/worksheets/sheet2.xml"] = sheet.encode()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
