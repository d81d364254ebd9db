"""Generates the wide-sheet report fixtures read by Tests/UnionStatsTests/Ingest/XLSXReportIngestTests.swift.

Run once (pip install openpyxl xlsxwriter; LibreOffice for the .ods round trip):
    python3 make_fixtures.py
    soffice --headless --convert-to xlsx --outdir libreoffice wide-openpyxl.xlsx && mv libreoffice/wide-openpyxl.xlsx wide-libreoffice.xlsx
The units (A, B) and indicators match TemporaryInput's small catalogue.
"""
import openpyxl
import xlsxwriter

ROWS = [
    ["A", "2021-Q1", 12, 2686, 3000],
    ["B", "2021-Q1", 7, "1.250", 1400],  # a text cell read the Vietnamese way: 1250
]

def openpyxl_file(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tổng hợp CĐCS"
    sheet["A1"] = "Bảng tổng hợp số liệu các CĐCS quý I năm 2021"
    sheet.append([])
    sheet.append(["Mã đơn vị", "Kỳ", "members_new", "members_total", "workers_total"])
    for row in ROWS:
        sheet.append(row)
    book.save(path)

def xlsxwriter_file(path, constant_memory):
    book = xlsxwriter.Workbook(path, {"constant_memory": constant_memory})
    sheet = book.add_worksheet("Tổng hợp CĐCS")
    sheet.write(0, 0, "Bảng tổng hợp số liệu các CĐCS quý I năm 2021")
    for column, name in enumerate(["Mã đơn vị", "Kỳ", "members_new", "members_total", "workers_total"]):
        sheet.write(2, column, name)
    for offset, row in enumerate(ROWS):
        for column, value in enumerate(row):
            sheet.write(3 + offset, column, value)
    book.close()

openpyxl_file("wide-openpyxl.xlsx")
xlsxwriter_file("wide-xlsxwriter.xlsx", False)
xlsxwriter_file("wide-xlsxwriter-constant-memory.xlsx", True)
