#!/usr/bin/env python3
"""Generates the reader's xlsx fixtures. Run once from this folder: python3 make_fixtures.py

Needs: pip install xlsxwriter==3.3.1 openpyxl==3.1.5, and LibreOffice (soffice) on PATH.
The tests never run this script; they read the files it wrote, which are committed.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile

import openpyxl
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def nfd(text):
    return unicodedata.normalize("NFD", text)


def xlsxwriter_fixture(name, options):
    """The same content written by XlsxWriter, with shared strings (normal) or inline strings (constant_memory)."""
    wb = xlsxwriter.Workbook(path(name), options)
    # Fixed document properties so the file is reproducible.
    wb.set_properties({"created": datetime.datetime(2021, 6, 30, 8, 0, 0)})
    bold = wb.add_format({"bold": True})
    ws = wb.add_worksheet("Tổng hợp")
    ws.write_row(0, 0, ["Mã chỉ tiêu", "Chỉ tiêu", "Số lượng"], bold)
    ws.write_row(1, 0, ["members", nfd("Công đoàn viên")])   # decomposed on purpose: the reader returns NFC
    ws.write_number(1, 2, 2686)
    ws.write_row(2, 0, ["welfare_money", "Tiền phúc lợi"])
    ws.write_number(2, 2, 22750000)
    ws.write_row(3, 0, ["avg_wage_ratio", "Tỷ lệ"])
    ws.write_number(3, 2, 51.25)
    ws.write_number(4, 2, 0.001)
    ws.write_number(5, 2, 1.5e-7)                           # XlsxWriter writes "1.5E-07"
    ws.write_formula(6, 2, "=C2*2", None, 5372)             # numeric formula with cached value
    ws.write_formula(7, 2, '=A2&"!"', None, "members!")     # string formula: t="str"
    ws.write_formula(8, 2, "=1/0", None, "#DIV/0!")         # error formula: t="e"
    ws.write_boolean(9, 2, True)
    ws.write_blank(10, 2, None, bold)                       # a formatted blank: <c r="C11" s="1"/>
    if not options.get("constant_memory"):
        ws.write_rich_string(11, 0, "Ban ", bold, "Thường vụ", " tỉnh")
    ws.write_string(19, 3, "xa")                            # a sparse cell far below: D20
    hidden = wb.add_worksheet("Ẩn")
    hidden.write_string(0, 0, "danh sách")
    hidden.hide()
    if not options.get("constant_memory"):
        chart = wb.add_chart({"type": "column"})
        chart.add_series({"values": "='Tổng hợp'!$C$2:$C$3"})
        wb.add_chartsheet("Biểu đồ").set_chart(chart)
    wb.close()


def openpyxl_fixture(name):
    """openpyxl writes absolute relationship targets and formulas without cached values."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Báo cáo"
    ws.append(["unit", "period", "members", "welfare_money"])
    ws.append(["CD01", "2021-H1", 120, 22750000])
    ws.append(["CD02", "2021-H1", 95.5, 1000])
    ws["A4"] = "Tổng"
    ws["C4"] = "=SUM(C2:C3)"                                # no cached value: the reader gives .empty
    ws["D4"] = True
    ws["E2"] = datetime.date(2021, 6, 30)                   # a date is a number with a date format
    wb.properties.created = datetime.datetime(2021, 6, 30, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2021, 6, 30, 8, 0, 0)
    wb.save(path(name))


def libreoffice_fixtures():
    """LibreOffice Calc's own writer: a CSV import, and the openpyxl file recalculated and re-saved."""
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = os.path.join(tmp, "libreoffice-csv.csv")
        with open(csv_path, "w", encoding="utf-8") as out:
            out.write("Mã đơn vị,Kỳ,members,welfare_money\n")
            out.write("CĐCS Trường Tiểu học Lê Lợi,2021-H1,2686,22750000\n")
            out.write("CĐCS Công ty May,2021-H1,51.25,=C2*2\n")
        shutil.copy(path("openpyxl.xlsx"), os.path.join(tmp, "libreoffice-from-openpyxl.xlsx"))
        profile = "file://" + os.path.join(tmp, "profile")
        base = ["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to"]
        subprocess.run(base + ["xlsx:Calc MS Excel 2007 XML", "--infilter=CSV:44,34,76,1",
                               "--outdir", HERE, csv_path], check=True)
        converted = os.path.join(tmp, "out")
        subprocess.run(base + ["xlsx:Calc MS Excel 2007 XML", "--outdir", converted,
                               os.path.join(tmp, "libreoffice-from-openpyxl.xlsx")], check=True)
        shutil.move(os.path.join(converted, "libreoffice-from-openpyxl.xlsx"), path("libreoffice-from-openpyxl.xlsx"))


HANDCRAFTED = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>""",
    "xl/workbook.xml": """<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:sheets><x:sheet name="Dữ liệu" sheetId="1" rel:id="rIdSheet"/></x:sheets>
</x:workbook>""",
    "xl/_rels/workbook.xml.rels": """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdSheet" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./ws/../ws/data.xml"/>
<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/" TargetMode="External"/>
</Relationships>""",
    "xl/strings.xml": """<?xml version="1.0" encoding="UTF-8"?>
<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<x:si><x:t>plain</x:t></x:si>
<x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Liên đoàn </x:t></x:r><x:r><x:t>Lao động</x:t></x:r><x:rPh sb="0" eb="1"><x:t>PHONETIC</x:t></x:rPh></x:si>
<x:si><x:t><![CDATA[a < b]]> &amp; c &#7879;</x:t></x:si>
</x:sst>""",
    "xl/ws/data.xml": """<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v>
  42
</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>
<x:row><x:c r="C2" t="s"><x:v>2</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t>line</x:t></x:r></x:is></x:c></x:row>
<x:row r="5"><x:c r="B5" t="e"><x:v>#N/A</x:v></x:c><x:c t="d"><x:v>2021-06-30T00:00:00</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>
<x:row><x:c r="A7"><x:f>SUM(B1:B1)</x:f><x:v>-1.5E+3</x:v></x:c></x:row>
<x:row r="8"/>
</x:sheetData>
</x:worksheet>""",
}


def handcrafted_fixture(name):
    """Hand-written XML with what some writers do: no r attributes, prefixed elements, rich text, rPh, CDATA."""
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in HANDCRAFTED.items():
            info = zipfile.ZipInfo(part, date_time=(2021, 6, 30, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    xlsxwriter_fixture("xlsxwriter.xlsx", {})
    xlsxwriter_fixture("xlsxwriter-constant-memory.xlsx", {"constant_memory": True})
    openpyxl_fixture("openpyxl.xlsx")
    libreoffice_fixtures()
    handcrafted_fixture("handcrafted.xlsx")
