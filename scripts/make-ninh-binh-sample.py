#!/usr/bin/env python3
"""Generate input/ninh-binh-2026/: the Ninh Bình sample across the 2025 restructuring.

    python3 scripts/make-ninh-binh-sample.py            # regenerate the folder, then check it
    python3 scripts/make-ninh-binh-sample.py --check    # only check the folder as it is on disk

Python 3 standard library only. Deterministic (fixed seed, no clock, no environment): running it
again rewrites every file byte for byte. The folder is deleted and rebuilt each time, so nothing
in it should be edited by hand; change this script instead.

Real: the dates and the structure of the 2025 change (unions of state agencies and fully
budget-funded public units dissolved, district level ended 1 July 2025, Hà Nam and Nam Định
joined Ninh Bình from 1 July 2025), the three provinces' names, the districts' names and, as far
as we know, the new wards' and communes' names. Illustrative: every grassroots union (CĐCS), every
figure and every person's name.
"""

import argparse
import datetime as dt
import os
import random
import re
import shutil
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "input", "ninh-binh-2026")
CATALOGUE = os.path.join(ROOT, "input", "indicators.csv")
PHRASES = os.path.join(ROOT, "input", "indicator-phrases.csv")
SEED = 20250701

BREAK_END = "2025-06-30"    # last day of the old tree
BREAK_START = "2025-07-01"  # first day of the new tree

QUARTERS = [(2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1), (2026, 2)]
QUARTER_END = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}


def quarter_end(year, q):
    return f"{year}-{QUARTER_END[q]}"


def period_name(year, q):
    return f"{year}-Q{q}"


# ---------------------------------------------------------------------------------------------
# The tree. Each entry is one version (one row of units.csv).
# ---------------------------------------------------------------------------------------------

class Version:
    def __init__(self, code, name, parent, level, valid_from="", valid_to="", successor=""):
        self.code, self.name, self.parent, self.level = code, name, parent, level
        self.valid_from, self.valid_to, self.successor = valid_from, valid_to, successor

    def valid_on(self, day):
        return (not self.valid_from or self.valid_from <= day) and (not self.valid_to or day <= self.valid_to)


VERSIONS = []
KINDS = {}   # grassroots code -> kind (school, office, enterprise, coop)
SIZES = {}   # grassroots code -> starting number of workers


def unit(code, name, parent, level, valid_from="", valid_to="", successor=""):
    VERSIONS.append(Version(code, name, parent, level, valid_from, valid_to, successor))


def cdcs(code, kind, size, segments, successor=""):
    """A grassroots union: segments = [(valid_from, valid_to, parent, name)], oldest first."""
    KINDS[code], SIZES[code] = kind, size
    for i, (vf, vt, parent, name) in enumerate(segments):
        last = i == len(segments) - 1
        unit(code, name, parent, "grassroots", vf, vt, successor if last else "")


# Federations: Ninh Bình continues (same code, same name); Nam Định and Hà Nam end on 30/6/2025
# and name Ninh Bình as successor (63 provinces became 34 from 1/7/2025).
unit("NBH", "Liên đoàn Lao động tỉnh Ninh Bình", "", "federation")
unit("NDH", "Liên đoàn Lao động tỉnh Nam Định", "", "federation", "", BREAK_END, "NBH")
unit("HNM", "Liên đoàn Lao động tỉnh Hà Nam", "", "federation", "", BREAK_END, "NBH")

# Upper units of the old tree. District federations end with no successor: the district level
# was abolished and each of its CĐCS was handed to the commune/ward union where it sits (tracked
# CĐCS by CĐCS below), so no single unit took over the district federation's members.
OLD_UPPER = [
    # code, name, federation, successor
    ("NB-TDP", "Liên đoàn Lao động thành phố Tam Điệp", "NBH", ""),
    ("NB-KSN", "Liên đoàn Lao động huyện Kim Sơn", "NBH", ""),
    ("NB-CDVC", "Công đoàn Viên chức tỉnh Ninh Bình", "NBH", ""),
    ("ND-TND", "Liên đoàn Lao động thành phố Nam Định", "NDH", ""),
    ("ND-YYN", "Liên đoàn Lao động huyện Ý Yên", "NDH", ""),
    ("ND-CDVC", "Công đoàn Viên chức tỉnh Nam Định", "NDH", ""),
    ("ND-KCN", "Công đoàn các Khu công nghiệp tỉnh Nam Định", "NDH", "NB-KCN"),
    ("HN-PLY", "Liên đoàn Lao động thành phố Phủ Lý", "HNM", ""),
    ("HN-DTN", "Liên đoàn Lao động thị xã Duy Tiên", "HNM", ""),
    ("HN-CDVC", "Công đoàn Viên chức tỉnh Hà Nam", "HNM", ""),
    ("HN-KCN", "Công đoàn các Khu công nghiệp tỉnh Hà Nam", "HNM", "NB-KCN"),
]
for code, name, fed, succ in OLD_UPPER:
    unit(code, name, fed, "upper", "", BREAK_END, succ)
# Ninh Bình's industrial-zone union continues and takes over Nam Định's and Hà Nam's.
unit("NB-KCN", "Công đoàn các Khu công nghiệp tỉnh Ninh Bình", "NBH", "upper")

# Commune and ward unions from 1/7/2025, under the (new) LĐLĐ tỉnh Ninh Bình.
COMMUNES = [
    ("P-TAMDIEP", "Công đoàn phường Tam Điệp"),
    ("P-YENSON", "Công đoàn phường Yên Sơn"),
    ("X-PHATDIEM", "Công đoàn xã Phát Diệm"),
    ("X-BINHMINH", "Công đoàn xã Bình Minh"),
    ("P-NAMDINH", "Công đoàn phường Nam Định"),
    ("P-THIENTRUONG", "Công đoàn phường Thiên Trường"),
    ("X-YYEN", "Công đoàn xã Ý Yên"),
    ("X-YENDONG", "Công đoàn xã Yên Đồng"),
    ("P-PHULY", "Công đoàn phường Phủ Lý"),
    ("P-CHAUSON", "Công đoàn phường Châu Sơn"),
    ("P-DUYTIEN", "Công đoàn phường Duy Tiên"),
    ("P-DONGVAN", "Công đoàn phường Đồng Văn"),
]
for code, name in COMMUNES:
    unit(code, name, "NBH", "upper", BREAK_START)


def moved(code, kind, size, old_parent, new_parent, name, later=None, successor=""):
    """A CĐCS under old_parent until 30/6/2025, under new_parent from 1/7/2025.

    later: optional (day, parent, name, valid_to) for one more change after the break."""
    if later is None:
        cdcs(code, kind, size, [("", BREAK_END, old_parent, name), (BREAK_START, "", new_parent, name)], successor)
        return
    day, parent2, name2, end2 = later
    before = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
    cdcs(code, kind, size, [("", BREAK_END, old_parent, name), (BREAK_START, before, new_parent, name),
                            (day, end2, parent2, name2)], successor)


def dissolved(code, kind, size, parent, name):
    cdcs(code, kind, size, [("", BREAK_END, parent, name)])


# --- Ninh Bình (old province) ---
moved("NB-TDP-01", "school", 38, "NB-TDP", "P-YENSON", "Công đoàn Trường Mầm non Tân Bình")
moved("NB-TDP-02", "school", 44, "NB-TDP", "P-TAMDIEP", "Công đoàn Trường Tiểu học Bắc Sơn")
moved("NB-TDP-03", "school", 41, "NB-TDP", "P-TAMDIEP", "Công đoàn Trường THCS Quang Sơn")
moved("NB-TDP-04", "enterprise", 412, "NB-TDP", "P-TAMDIEP", "Công đoàn Công ty TNHH May Tam Điệp",
      later=("2026-01-01", "P-TAMDIEP", "Công đoàn Công ty Cổ phần May Tam Điệp", ""))
moved("NB-TDP-05", "enterprise", 126, "NB-TDP", "P-YENSON", "Công đoàn Công ty Cổ phần Chế biến nông sản Yên Sơn")
moved("NB-KSN-01", "school", 36, "NB-KSN", "X-PHATDIEM", "Công đoàn Trường Mầm non Phát Diệm")
moved("NB-KSN-02", "school", 47, "NB-KSN", "X-PHATDIEM", "Công đoàn Trường THCS Phát Diệm")
moved("NB-KSN-03", "school", 39, "NB-KSN", "X-BINHMINH", "Công đoàn Trường Tiểu học Bình Minh")
moved("NB-KSN-04", "coop", 64, "NB-KSN", "X-PHATDIEM", "Công đoàn Hợp tác xã Thủ công mỹ nghệ cói Kim Sơn",
      later=("2026-01-01", "X-BINHMINH", "Công đoàn Hợp tác xã Thủ công mỹ nghệ cói Kim Sơn", ""))
moved("NB-KSN-05", "enterprise", 188, "NB-KSN", "X-BINHMINH", "Công đoàn Công ty TNHH Chế biến thủy sản Bình Minh")
dissolved("NB-CDVC-01", "office", 46, "NB-CDVC", "Công đoàn Sở Tư pháp tỉnh Ninh Bình")
dissolved("NB-CDVC-02", "office", 58, "NB-CDVC", "Công đoàn Sở Nội vụ tỉnh Ninh Bình")
dissolved("NB-CDVC-03", "office", 72, "NB-CDVC", "Công đoàn Văn phòng UBND tỉnh Ninh Bình")
dissolved("NB-CDVC-04", "office", 53, "NB-CDVC", "Công đoàn Sở Văn hóa và Thể thao tỉnh Ninh Bình")
cdcs("NB-KCN-01", "enterprise", 1840, [("", "", "NB-KCN", "Công đoàn Công ty TNHH Điện tử Gián Khẩu")])
cdcs("NB-KCN-02", "enterprise", 1265, [("", "", "NB-KCN", "Công đoàn Công ty TNHH May mặc Khánh Phú")])
cdcs("NB-KCN-03", "enterprise", 530, [("", "", "NB-KCN", "Công đoàn Công ty Cổ phần Hóa chất Khánh Phú")])
cdcs("NB-KCN-04", "enterprise", 2210, [("", "", "NB-KCN", "Công đoàn Công ty TNHH Giày da Tam Điệp")])
cdcs("NB-KCN-05", "enterprise", 760, [("", "", "NB-KCN", "Công đoàn Công ty TNHH Linh kiện ô tô Gián Khẩu")])
cdcs("NB-KCN-06", "enterprise", 240, [("2025-10-01", "", "NB-KCN", "Công đoàn Công ty TNHH Kính Phúc Sơn")])
cdcs("X-PHATDIEM-01", "enterprise", 85, [("2026-01-01", "", "X-PHATDIEM", "Công đoàn Công ty TNHH Chế biến cói xuất khẩu Phát Diệm")])

# --- Nam Định (old province) ---
moved("ND-TND-01", "school", 62, "ND-TND", "P-NAMDINH", "Công đoàn Trường THCS Trần Đăng Ninh")
moved("ND-TND-02", "school", 45, "ND-TND", "P-THIENTRUONG", "Công đoàn Trường Tiểu học Lộc Hạ")
moved("ND-TND-03", "enterprise", 655, "ND-TND", "P-THIENTRUONG", "Công đoàn Công ty Cổ phần Dệt may Thiên Trường")
moved("ND-TND-04", "enterprise", 148, "ND-TND", "P-NAMDINH", "Công đoàn Công ty TNHH Cơ khí Vị Xuyên")
moved("ND-TND-05", "school", 33, "ND-TND", "P-THIENTRUONG", "Công đoàn Trường Mầm non Mỹ Tân")
moved("ND-YYN-01", "school", 49, "ND-YYN", "X-YYEN", "Công đoàn Trường THCS Thị trấn Lâm")
moved("ND-YYN-02", "school", 37, "ND-YYN", "X-YYEN", "Công đoàn Trường Tiểu học Yên Khánh")
moved("ND-YYN-03", "coop", 58, "ND-YYN", "X-YYEN", "Công đoàn Hợp tác xã Đúc đồng Ý Yên")
moved("ND-YYN-04", "school", 35, "ND-YYN", "X-YENDONG", "Công đoàn Trường Tiểu học Yên Đồng")
# The furniture company closes at the end of 2025: its CĐCS is dissolved on 31/12/2025.
moved("ND-YYN-05", "enterprise", 96, "ND-YYN", "X-YENDONG", "Công đoàn Công ty TNHH Chế biến gỗ Yên Đồng",
      later=None)
dissolved("ND-CDVC-01", "office", 51, "ND-CDVC", "Công đoàn Sở Tài chính tỉnh Nam Định")
dissolved("ND-CDVC-02", "office", 44, "ND-CDVC", "Công đoàn Sở Tư pháp tỉnh Nam Định")
dissolved("ND-CDVC-03", "office", 66, "ND-CDVC", "Công đoàn Văn phòng UBND tỉnh Nam Định")
# A self-financed public service unit: not dissolved, handed to the ward where it sits.
moved("ND-CDVC-04", "office", 42, "ND-CDVC", "P-NAMDINH", "Công đoàn Trung tâm Đăng kiểm xe cơ giới Nam Định")
moved("ND-KCN-01", "enterprise", 1530, "ND-KCN", "NB-KCN", "Công đoàn Công ty TNHH May Hòa Xá")
moved("ND-KCN-02", "enterprise", 690, "ND-KCN", "NB-KCN", "Công đoàn Công ty TNHH Sợi Bảo Minh")
moved("ND-KCN-03", "enterprise", 1120, "ND-KCN", "NB-KCN", "Công đoàn Công ty TNHH Điện tử Mỹ Trung")
moved("ND-KCN-04", "enterprise", 310, "ND-KCN", "NB-KCN", "Công đoàn Công ty Cổ phần Dược phẩm Hòa Xá")
moved("ND-KCN-05", "enterprise", 2480, "ND-KCN", "NB-KCN", "Công đoàn Công ty TNHH Giày Bảo Minh")

# --- Hà Nam (old province) ---
moved("HN-PLY-01", "school", 58, "HN-PLY", "P-PHULY", "Công đoàn Trường THCS Lê Hồng Phong")
moved("HN-PLY-02", "school", 34, "HN-PLY", "P-PHULY", "Công đoàn Trường Mầm non Minh Khai")
moved("HN-PLY-03", "enterprise", 205, "HN-PLY", "P-PHULY", "Công đoàn Công ty Cổ phần Môi trường và Dịch vụ đô thị Phủ Lý")
moved("HN-PLY-04", "school", 40, "HN-PLY", "P-CHAUSON", "Công đoàn Trường Tiểu học Châu Sơn")
moved("HN-PLY-05", "enterprise", 172, "HN-PLY", "P-CHAUSON", "Công đoàn Công ty TNHH Vật liệu xây dựng Châu Sơn")
moved("HN-DTN-01", "school", 52, "HN-DTN", "P-DUYTIEN", "Công đoàn Trường THCS Hòa Mạc")
moved("HN-DTN-02", "school", 43, "HN-DTN", "P-DONGVAN", "Công đoàn Trường Tiểu học Đồng Văn")
moved("HN-DTN-03", "coop", 71, "HN-DTN", "P-DUYTIEN", "Công đoàn Hợp tác xã Dệt Nha Xá")
moved("HN-DTN-04", "school", 31, "HN-DTN", "P-DUYTIEN", "Công đoàn Trường Mầm non Yên Bắc")
moved("HN-DTN-05", "enterprise", 233, "HN-DTN", "P-DONGVAN", "Công đoàn Công ty TNHH Cơ khí Đồng Văn")
dissolved("HN-CDVC-01", "office", 49, "HN-CDVC", "Công đoàn Sở Kế hoạch và Đầu tư tỉnh Hà Nam")
dissolved("HN-CDVC-02", "office", 41, "HN-CDVC", "Công đoàn Sở Tư pháp tỉnh Hà Nam")
dissolved("HN-CDVC-03", "office", 63, "HN-CDVC", "Công đoàn Văn phòng UBND tỉnh Hà Nam")
# Self-financed (project management fees): handed to the ward, not dissolved.
moved("HN-CDVC-04", "office", 39, "HN-CDVC", "P-PHULY", "Công đoàn Ban Quản lý dự án đầu tư xây dựng tỉnh Hà Nam")
moved("HN-KCN-01", "enterprise", 2050, "HN-KCN", "NB-KCN", "Công đoàn Công ty TNHH Điện tử Đồng Văn")
moved("HN-KCN-02", "enterprise", 1380, "HN-KCN", "NB-KCN", "Công đoàn Công ty TNHH May Châu Sơn")
moved("HN-KCN-03", "enterprise", 415, "HN-KCN", "NB-KCN", "Công đoàn Công ty TNHH Thực phẩm Đồng Văn")
moved("HN-KCN-04", "enterprise", 980, "HN-KCN", "NB-KCN", "Công đoàn Công ty TNHH Điện tử Đồng Văn III")
# Sister company merged into HN-KCN-04 on 1/10/2025 (members and workers taken over).
moved("HN-KCN-05", "enterprise", 360, "HN-KCN", "NB-KCN", "Công đoàn Công ty TNHH Linh kiện Đồng Văn III",
      later=None)


def _set_end(code, valid_to, successor=""):
    last = [v for v in VERSIONS if v.code == code][-1]
    last.valid_to, last.successor = valid_to, successor


_set_end("ND-YYN-05", "2025-12-31")                 # company closed: dissolved
_set_end("HN-KCN-05", "2025-09-30", "HN-KCN-04")    # merged into its sister company

MERGERS = {"HN-KCN-04": ["HN-KCN-05"]}  # successor -> merged CĐCS (their members join from the next quarter)
FOUNDED = [c for c in dict.fromkeys(v.code for v in VERSIONS if v.level == "grassroots")
           if [v for v in VERSIONS if v.code == c][0].valid_from > BREAK_START]
DISSOLVED_AT_BREAK = sorted({v.code for v in VERSIONS if v.level == "grassroots" and v.valid_to == BREAK_END
                             and not v.successor and not [w for w in VERSIONS if w.code == v.code and w.valid_from > BREAK_END]})

# ---------------------------------------------------------------------------------------------
# Tree queries
# ---------------------------------------------------------------------------------------------


def versions_of(code):
    return [v for v in VERSIONS if v.code == code]


def version_on(code, day):
    found = [v for v in VERSIONS if v.code == code and v.valid_on(day)]
    return found[0] if found else None


def tree_on(day):
    return [v for v in VERSIONS if v.valid_on(day)]


def codes_in_order():
    seen = []
    for v in VERSIONS:
        if v.code not in seen:
            seen.append(v.code)
    return seen


# ---------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------

RNG = random.Random(SEED)


def uniform(a, b):
    return a + (b - a) * RNG.random()


def randint(a, b):
    return a + int(RNG.random() * (b - a + 1))


def round_to(x, step):
    return int(round(x / step)) * step


PROFILE = {
    # female share, member share, wage (2025-Q1, đồng/month)
    "school": ((0.70, 0.92), (0.95, 1.0), (7_200_000, 9_200_000)),
    "office": ((0.40, 0.60), (0.95, 1.0), (7_500_000, 9_800_000)),
    "enterprise": ((0.25, 0.85), (0.72, 0.93), (7_400_000, 11_500_000)),
    "coop": ((0.45, 0.80), (0.80, 0.95), (5_800_000, 7_200_000)),
}

INDICATORS = {
    "school": ["workers_total", "workers_female", "avg_wage_vnd", "wage_counted", "labour_contracts",
               "insured_workers", "cdcs_total", "members_total", "members_female", "members_new",
               "officers_trained", "staff_conferences", "salary_raises", "promotions", "staff_trained",
               "welfare_spending_vnd", "hardship_visits", "hardship_support_vnd", "tet_gifts", "tet_gifts_vnd",
               "social_fund_vnd", "initiatives", "cultural_units", "good_workers", "awards",
               "party_candidates", "party_admissions", "union_fee_vnd", "union_levy_vnd", "spending_total_vnd"],
    "office": ["workers_total", "workers_female", "avg_wage_vnd", "wage_counted", "insured_workers",
               "cdcs_total", "members_total", "members_female", "members_new", "officers_trained",
               "staff_conferences", "salary_raises", "promotions", "staff_trained", "welfare_spending_vnd",
               "hardship_visits", "hardship_support_vnd", "tet_gifts", "tet_gifts_vnd", "social_fund_vnd",
               "initiatives", "cultural_units", "good_workers", "awards", "party_candidates",
               "party_admissions", "union_fee_vnd", "union_levy_vnd", "spending_total_vnd"],
    "enterprise": ["workers_total", "workers_female", "avg_wage_vnd", "wage_counted", "labour_contracts",
                   "insured_workers", "strikes", "labour_accidents", "cdcs_total", "members_total",
                   "members_female", "members_new", "officers_trained", "staff_conferences",
                   "workplace_dialogues", "collective_agreements", "legal_cases", "salary_raises",
                   "promotions", "staff_trained", "welfare_spending_vnd", "hardship_visits",
                   "hardship_support_vnd", "tet_gifts", "tet_gifts_vnd", "social_fund_vnd", "initiatives",
                   "cultural_units", "good_workers", "awards", "party_candidates", "party_admissions",
                   "union_fee_vnd", "union_levy_vnd", "spending_total_vnd"],
}
INDICATORS["coop"] = [i for i in INDICATORS["enterprise"] if i not in ("strikes", "collective_agreements")]

# Notes (a few; some contain commas, so they are quoted in the files).
NOTES = {
    ("NB-KCN-04", "2025-Q3", "labour_accidents"): "01 vụ TNLĐ nhẹ (dập ngón tay), người lao động đã trở lại làm việc",
    ("HN-KCN-02", "2026-Q2", "labour_accidents"): "01 vụ TNLĐ nhẹ, không có người chết",
    ("HN-KCN-04", "2025-Q4", "members_total"): "Gồm đoàn viên Công ty TNHH Linh kiện Đồng Văn III, sáp nhập từ 01/10/2025",
    ("ND-YYN-05", "2025-Q4", "members_total"): "Công ty chấm dứt hoạt động ngày 31/12/2025; CĐCS giải thể",
    ("NB-KCN-06", "2025-Q4", "members_total"): "CĐCS thành lập ngày 01/10/2025",
    ("X-PHATDIEM-01", "2026-Q1", "members_total"): "CĐCS thành lập ngày 01/01/2026",
    ("NB-TDP-04", "2026-Q1", "workers_total"): "Công ty chuyển thành công ty cổ phần từ 01/01/2026, đổi tên CĐCS",
    ("NB-KSN-04", "2026-Q1", "workers_total"): "Xưởng chuyển về xã Bình Minh từ 01/01/2026",
    ("NB-CDVC-03", "2025-Q2", "members_total"): "Số liệu đến 30/6/2025, trước khi kết thúc hoạt động",
    ("HN-CDVC-04", "2025-Q3", "workers_total"): "Đơn vị tự chủ chi thường xuyên, chuyển về Công đoàn phường Phủ Lý",
    ("ND-KCN-05", "2026-Q1", "tet_gifts"): "Quà Tết Bính Ngọ 2026, gồm cả đoàn viên nữ mang thai",
}
ACCIDENTS = {("NB-KCN-04", "2025-Q3"): 1, ("HN-KCN-02", "2026-Q2"): 1}


class State:
    """A CĐCS's stocks, carried from quarter to quarter."""

    def __init__(self, code):
        kind, size = KINDS[code], SIZES[code]
        fshare, mshare, wage = PROFILE[kind]
        self.kind = kind
        self.female_share = uniform(*fshare)
        self.member_share = uniform(*mshare)
        self.workers = size
        self.members = min(size, int(round(size * self.member_share)))
        self.wage = round_to(uniform(*wage), 10_000)
        self.contract_share = uniform(0.05, 0.15) if kind == "school" else 1.0
        self.insured_share = uniform(0.97, 1.0) if kind in ("enterprise", "coop") else 1.0
        self.cultural = 1 if RNG.random() < 0.7 else 0
        self.agreement = 1 if kind == "enterprise" else 0
        self.welfare_per_head = uniform(90_000, 160_000)

    def absorb(self, other):
        self.workers += other.workers
        self.members += other.members


def quarter_figures(code, state, year, q, first_quarter):
    """Advances state by one quarter and returns {indicator: value}."""
    kind = state.kind
    big = state.workers >= 150
    # workers drift: small units by a person now and then, enterprises by up to a percent and a half
    if first_quarter:
        delta = 0
    elif big:
        delta = int(round(state.workers * uniform(-0.004, 0.015)))
    else:
        delta = randint(-1, 1) if RNG.random() < 0.5 else 0
    state.workers = max(5, state.workers + delta)
    # members: a few leave, new ones join, the share of members creeps up; never above the workers
    state.member_share = min(1.0, state.member_share + 0.002)
    leaving = int(round(state.members * uniform(0.012, 0.02))) if big else (1 if RNG.random() < 0.15 else 0)
    target = min(state.workers, int(round(state.workers * state.member_share)))
    new = max(leaving // 2, target - (state.members - leaving), 0)
    if not big and new == 0 and state.members - leaving < state.workers and RNG.random() < 0.3:
        new = 1
    state.members = min(state.workers, state.members - leaving + new)
    if first_quarter and code in FOUNDED:
        new = state.members   # every member of a new CĐCS is newly admitted
    # wage: a small rise each year, noise each quarter
    wage = state.wage * (1.06 if year == 2026 else 1.0) * uniform(0.985, 1.02)
    wage = round_to(wage, 10_000)
    workers_female = min(state.workers, int(round(state.workers * state.female_share)))
    members_female = min(state.members, workers_female, int(round(state.members * state.female_share)))
    insured = min(state.workers, int(round(state.workers * state.insured_share)))
    tet = q == 1
    per_head = state.welfare_per_head * (2.0 if tet else 1.0) * uniform(0.85, 1.15)
    welfare = max(round_to(state.workers * per_head, 100_000), 1_000_000)
    visits = max(1, int(round(state.members * uniform(0.028, 0.04))))
    support = round_to(visits * uniform(600_000, 800_000), 100_000)
    fee_month = min(int(wage * 0.01), 234_000)
    # dues of the state-agency CĐCS dissolved at the break: April and May only in 2025-Q2
    months = 2 if (year, q) == (2025, 2) and code in DISSOLVED_AT_BREAK else 3
    fee = round_to(state.members * fee_month * months, 1_000)
    levy = round_to(state.workers * wage * 0.02 * months, 1_000)
    spending = round_to((fee * 0.6 + levy * 0.55) * uniform(0.8, 1.1) + welfare * 0.3, 100_000)
    candidates = randint(0, 2) if not big else randint(1, 4)
    admissions = min(candidates, randint(0, candidates))
    figures = {
        "workers_total": state.workers,
        "workers_female": workers_female,
        "avg_wage_vnd": wage,
        "wage_counted": insured,
        "labour_contracts": max(1, int(round(state.workers * state.contract_share))),
        "insured_workers": insured,
        "strikes": 0,
        "labour_accidents": ACCIDENTS.get((code, period_name(year, q)), 0),
        "cdcs_total": 1,
        "members_total": state.members,
        "members_female": members_female,
        "members_new": new,
        "officers_trained": randint(1, 3) if not big else randint(3, 9),
        "staff_conferences": 1 if q == 1 or (first_quarter and code in FOUNDED) else 0,
        "workplace_dialogues": 1 if q in (2, 4) else 0,
        "collective_agreements": state.agreement,
        "legal_cases": randint(0, 2) if big else randint(0, 1),
        "salary_raises": int(round(state.workers * uniform(0.05, 0.10))),
        "promotions": randint(0, 2) if not big else randint(1, 6),
        "staff_trained": randint(0, 3) if not big else int(round(state.workers * uniform(0.006, 0.01))),
        "welfare_spending_vnd": welfare,
        "hardship_visits": visits,
        "hardship_support_vnd": support,
        "tet_gifts": max(1, int(round(state.members * uniform(0.06, 0.12)))) if tet else 0,
        "tet_gifts_vnd": 0,  # set below
        "social_fund_vnd": round_to(state.members * uniform(15_000, 30_000), 10_000) if q == 2 else 0,
        "initiatives": randint(0, 2) if q in (2, 4) else 0,
        "cultural_units": state.cultural,
        "good_workers": int(round(state.workers * uniform(0.3, 0.5))) if q == 1 else randint(0, 3),
        "awards": randint(1, 5) if q == 1 else randint(0, 2),
        "party_candidates": candidates,
        "party_admissions": admissions,
        "union_fee_vnd": fee,
        "union_levy_vnd": levy,
        "spending_total_vnd": spending,
    }
    figures["tet_gifts_vnd"] = figures["tet_gifts"] * (500_000 if kind in ("enterprise", "coop") else 400_000)
    return {i: figures[i] for i in INDICATORS[kind]}


def generate_figures():
    """[(period, upper code, unit code, indicator, value)] in a fixed order."""
    states = {}
    rows = []
    pending_merges = {}  # successor -> [states to absorb next quarter]
    for year, q in QUARTERS:
        day = quarter_end(year, q)
        period = period_name(year, q)
        for code in codes_in_order():
            v = version_on(code, day)
            if v is None or v.level != "grassroots":
                continue
            first = code not in states
            if first:
                states[code] = State(code)
            state = states[code]
            for absorbed in pending_merges.pop(code, []):
                state.absorb(absorbed)
            figures = quarter_figures(code, state, year, q, first)
            for indicator, value in figures.items():
                rows.append((period, v.parent, code, indicator, value))
        # merged units hand their members over after their last quarter
        for successor, merged in MERGERS.items():
            for m in merged:
                last = versions_of(m)[-1]
                if last.valid_to == day:
                    pending_merges.setdefault(successor, []).append(states[m])
    return rows


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


def vn_number(n):
    s = str(n)
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return ".".join(groups)


def csv_field(text, delimiter):
    if any(c in text for c in (delimiter, ",", ";", '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_text(path, text, bom=False, crlf=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    text = unicodedata.normalize("NFC", text)
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


def units_csv():
    lines = ["code,name,parent,level,valid_from,valid_to,successor"]
    for v in VERSIONS:
        lines.append(",".join(csv_field(x, ",") for x in
                              (v.code, v.name, v.parent, v.level, v.valid_from, v.valid_to, v.successor)))
    return "\n".join(lines) + "\n"


SETTINGS = [
    ("federation_name", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH"),
    ("superior_name", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"),
    ("place", "Ninh Bình"),
    ("preparer_title", "NGƯỜI LẬP BIỂU"),
    ("preparer_name", "Vũ Thị Minh Phương"),
    ("signer_on_behalf", "TM. BAN THƯỜNG VỤ"),
    ("signer_title", "CHỦ TỊCH"),
    ("signer_name", "Đinh Văn Khải"),
]

# Senders' habits, chosen per (upper unit, quarter) by a fixed rule plus the seeded generator.
STYLES = {
    "plain": dict(delimiter=",", bom=False, crlf=False, vn=False),
    "dots": dict(delimiter=",", bom=False, crlf=False, vn=True),
    "excel": dict(delimiter=";", bom=True, crlf=True, vn=True),
    "semicolon": dict(delimiter=";", bom=False, crlf=False, vn=False),
}


def style_for(upper, period, rng):
    if upper.endswith("KCN"):
        return "dots"        # the industrial-zone unions always write 2.686
    r = rng.random()
    if r < 0.22:
        return "excel"
    if r < 0.32:
        return "semicolon"
    if r < 0.45:
        return "dots"
    return "plain"


def write_reports(rows):
    files = {}
    for period, upper, code, indicator, value in rows:
        files.setdefault((period, upper), []).append((code, indicator, value))
    style_rng = random.Random(SEED + 1)
    written = []
    for (period, upper), items in files.items():
        style = STYLES[style_for(upper, period, style_rng)]
        d = style["delimiter"]
        lines = [d.join(["unit", "period", "indicator", "value", "note"])]
        for code, indicator, value in items:
            shown = vn_number(value) if style["vn"] else str(value)
            note = NOTES.get((code, period, indicator), "")
            lines.append(d.join([code, period, indicator, shown, csv_field(note, d) if note else ""]))
        year, q = period.split("-")
        path = os.path.join(OUT, "reports", year, q, f"{upper}.csv")
        write_text(path, "\n".join(lines) + "\n", bom=style["bom"], crlf=style["crlf"])
        written.append((os.path.relpath(path, OUT), style_name(style)))
    return written


def style_name(style):
    for name, s in STYLES.items():
        if s == style:
            return name
    return "?"


# ---------------------------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------------------------

EVENT_VI = {"dissolved": "giải thể", "merged": "sáp nhập", "moved": "chuyển", "renamed": "đổi tên",
            "new": "thành lập mới", "moved+renamed": "chuyển và đổi tên"}


def events():
    """(date, code, kind, detail) from the versions: what the tool's 'Thay đổi tổ chức' should find."""
    out = []
    for code in codes_in_order():
        vs = versions_of(code)
        if vs[0].valid_from:
            out.append((vs[0].valid_from, code, "new", f"→ {vs[0].parent}"))
        for a, b in zip(vs, vs[1:]):
            kinds = []
            if a.parent != b.parent:
                kinds.append("moved")
            if a.name != b.name:
                kinds.append("renamed")
            detail = f"{a.parent} → {b.parent}" if a.parent != b.parent else f"«{a.name}» → «{b.name}»"
            out.append((b.valid_from, code, "+".join(kinds), detail))
        last = vs[-1]
        if last.valid_to:
            if last.successor:
                out.append((last.valid_to, code, "merged", f"→ {last.successor}"))
            elif last.level == "upper" and "CDVC" not in code:
                out.append((last.valid_to, code, "dissolved", "cấp huyện kết thúc, CĐCS chuyển từng đơn vị về xã/phường / "
                                                              "district level ended, its CĐCS moved one by one"))
            elif "CDVC" in code:
                out.append((last.valid_to, code, "dissolved", "công đoàn cơ quan nhà nước / state-agency union"))
            else:
                out.append((last.valid_to, code, "dissolved", "công ty chấm dứt hoạt động / company closed"))
    out.sort(key=lambda e: (e[0], ["dissolved", "merged", "moved", "moved+renamed", "renamed", "new"].index(e[2]), e[1]))
    return out


def vn_date(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


TREE_DATES = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30"]


def counts_on(day):
    t = tree_on(day)
    return tuple(sum(1 for v in t if v.level == lvl) for lvl in ("federation", "upper", "grassroots"))


def members_at(rows, period):
    return sum(v for p, _, _, i, v in rows if p == period and i == "members_total")


def readme(rows, written):
    n_codes = len(codes_in_order())
    n_cdcs = len({v.code for v in VERSIONS if v.level == "grassroots"})
    ev = events()
    count_lines = "\n".join(
        f"| {vn_date(d)} | {f} | {u} | {g} |" for d in TREE_DATES for f, u, g in [counts_on(d)])
    event_lines = "\n".join(
        f"| {vn_date(d)} | `{c}` | {name_on(c, d)} | {EVENT_VI[k]} / {k} | {x} |" for d, c, k, x in ev)
    excel = sorted(p for p, s in written if s == "excel")
    semi = sorted(p for p, s in written if s == "semicolon")
    dots = sorted(p for p, s in written if s == "dots")
    n_rows = len(rows)
    m25 = members_at(rows, "2025-Q2")
    m26 = members_at(rows, "2026-Q2")
    dissolved_cvc = sorted(c for d, c, k, _ in ev if k == "dissolved" and d == BREAK_END and
                           versions_of(c)[-1].level == "grassroots")

    def total(periods, indicator):
        return sum(v for p, _, _, i, v in rows if p in periods and i == indicator)

    hand = [
        ("2025-H2", ["2025-Q3", "2025-Q4"]),
        ("2025", ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]),
        ("2026-H1", ["2026-Q1", "2026-Q2"]),
    ]
    hand_lines = "\n".join(
        f"| `{name}` | {' + '.join(ps)} | {vn_number(total(ps, 'members_new'))} | "
        f"{vn_number(total(ps, 'welfare_spending_vnd'))} |" for name, ps in hand)
    return f"""# Dữ liệu mẫu / Sample input — LĐLĐ tỉnh Ninh Bình 2025–2026 (qua đợt sắp xếp 2025)

> Tệp này và mọi tệp trong thư mục được sinh bởi `scripts/make-ninh-binh-sample.py`
> (chạy lại sẽ ghi đè y hệt từng byte). Đừng sửa tay; sửa script rồi chạy lại.
> Generated by `scripts/make-ninh-binh-sample.py`; do not edit by hand.

## Tiếng Việt

Đây là bộ dữ liệu mẫu thứ hai của `unionstats`: các báo cáo theo quý của công đoàn cơ sở
(CĐCS) từ quý I/2025 đến quý II/2026, **vắt qua đợt sắp xếp tổ chức năm 2025**. Ở quy mô
minh họa ({n_cdcs} CĐCS), nó kể lại câu chuyện: ba LĐLĐ tỉnh Ninh Bình, Nam Định, Hà Nam trở
thành một LĐLĐ tỉnh Ninh Bình; cấp huyện kết thúc, các CĐCS chuyển về công đoàn xã/phường;
công đoàn cơ quan nhà nước bị giải thể. Dùng nó để thử cây tổ chức thay đổi theo thời gian
(các cột `valid_from`, `valid_to`, `successor` của `units.csv`) và so sánh 6 tháng đầu năm 2026
với cùng kỳ 2025 trên cây mới.

### Điều gì là thật, điều gì là minh họa

**Thật (sự kiện năm 2025, chỉ lấy ngày tháng và cấu trúc của thay đổi):**
- Giữa tháng 6/2025: kết thúc hoạt động (giải thể) các công đoàn của cơ quan hành chính nhà nước
  và đơn vị sự nghiệp công lập do ngân sách nhà nước bảo đảm toàn bộ chi thường xuyên.
- Từ 01/7/2025: bỏ cấp huyện; các LĐLĐ huyện/thành phố/thị xã kết thúc, thay bằng công đoàn
  xã/phường (công đoàn cấp trên trực tiếp cơ sở ở xã/phường).
- Từ 01/7/2025: 63 tỉnh, thành phố còn 34; tỉnh Hà Nam và tỉnh Nam Định hợp nhất vào tỉnh
  Ninh Bình, tỉnh mới giữ tên Ninh Bình. LĐLĐ tỉnh Hà Nam và LĐLĐ tỉnh Nam Định hợp nhất vào
  LĐLĐ tỉnh Ninh Bình.
- Tên ba tỉnh, tên các huyện/thành phố/thị xã cũ (Tam Điệp, Kim Sơn, Nam Định, Ý Yên, Phủ Lý,
  Duy Tiên). Tên các phường/xã mới lấy theo danh mục sau sắp xếp theo hiểu biết của chúng tôi
  (chưa đối chiếu từng tên với văn bản gốc — hãy coi là minh họa).

Không có số hiệu quyết định nào được dẫn ở đây: chúng tôi không dẫn văn bản không kiểm chứng được.

**MINH HỌA (bịa ra nhưng hợp lý):** mọi thứ còn lại — tất cả {n_cdcs} CĐCS và tên của chúng
(trường học, công ty, hợp tác xã, sở ngành: nghe như thật nhưng không phải danh sách thật), mã
đơn vị, ai chuyển về đâu, mọi con số trong `reports/`, tên người trong `settings.csv`. Không được
trích dẫn chúng như số liệu thật về Ninh Bình, Nam Định hay Hà Nam.

Giản lược có chủ ý: trong thực tế việc giải thể công đoàn cơ quan nhà nước phải xong trước
giữa tháng 6/2025; ở đây mọi đơn vị kết thúc ở đợt sắp xếp đều có ngày cuối là 30/6/2025 để
còn trong cây của kỳ 6 tháng đầu năm 2025 (ngày tham chiếu 30/6). Công đoàn cấp trên của khối
này được gọi chung là "Công đoàn Viên chức tỉnh" và kết thúc cùng ngày; trong thực tế tên gọi
và thời điểm của các công đoàn cấp trên ấy khác nhau giữa các tỉnh (nhiều nơi đã sắp xếp lại từ
đầu năm 2025). Việc chia tách một CĐCS cho
nhiều nơi không được mô hình hóa (mỗi đơn vị chỉ có một `successor`).

### Cấu trúc

```
input/ninh-binh-2026/
  README.md         tệp này
  settings.csv      key,value: tên LĐLĐ, cấp trên, địa danh, người lập biểu, người ký (tên minh họa);
                    không đặt cutoff_H1/cutoff_Y (ngày tham chiếu 30/6 và 31/12)
  units.csv         code,name,parent,level,valid_from,valid_to,successor — {len(VERSIONS)} dòng (phiên bản), {n_codes} mã
  indicators.csv    bản sao y hệt input/indicators.csv
  indicator-phrases.csv  bản sao y hệt input/indicator-phrases.csv (cho lệnh extract)
  reports/
    2025/Q1 … 2025/Q4, 2026/Q1, 2026/Q2/
      <MÃ CẤP TRÊN>.csv   mỗi công đoàn cấp trên một tệp mỗi quý, gồm mọi CĐCS trực thuộc
                          vào ngày cuối quý (ví dụ 2025/Q2/HN-PLY.csv, 2025/Q3/P-PHULY.csv)
```

Báo cáo dạng CSV dài `unit,period,indicator,value,note`. CĐCS nào tồn tại vào ngày cuối quý thì
báo cáo quý đó (và chỉ quý đó): CĐCS giải thể ngày 30/6/2025 chỉ có quý I và II/2025. Công đoàn
cấp trên không gửi số tổng hợp của riêng mình. Không có giá trị cho chỉ tiêu tỷ lệ (`ratio`).

### Chạy thử

```
unionstats report  --input input/ninh-binh-2026 --period 2026-H1
unionstats compare --input input/ninh-binh-2026 --period 2026-H1
```

Số cộng tay từ các báo cáo CĐCS trong `reports/` (mọi CĐCS báo cáo đúng những quý nó tồn tại,
kể cả CĐCS đã sáp nhập, giải thể hay mới thành lập trong kỳ). Dòng của LĐLĐ tỉnh trong báo cáo của
`unionstats` phải bằng đúng các số này (số đoàn viên kết nạp mới; tiền chăm lo, đồng):

| Kỳ | Cộng các quý | Đoàn viên kết nạp mới | Tiền chăm lo (đồng) |
|---|---|---:|---:|
{hand_lines}

`report --period 2026-H1`: cùng kỳ 2025-H1 được tính lại trên cây ngày 30/6/2026 và đủ 45/45 CĐCS
tồn tại khi đó; hai CĐCS thành lập sau không làm dòng nào bị ghi "So sánh số liệu khác phạm vi".

## English

The second sample bundled with `unionstats`: quarterly reports of the grassroots unions (CĐCS)
from 2025-Q1 to 2026-Q2, **across the 2025 restructuring**, at an illustrative scale
({n_cdcs} CĐCS). Use it to exercise the union tree over time (the `valid_from`, `valid_to` and
`successor` columns of `units.csv`) and to compare 2026-H1 with 2025-H1 restated on the new tree.

### Real vs illustrative

**Real (the 2025 events; only their dates and the shape of the change are used):**
- Mid-June 2025: the unions of state administrative agencies and of fully budget-funded public
  service units were dissolved.
- 1 July 2025: the district level ended; district/city federations (LĐLĐ huyện/thành phố/thị
  xã) were replaced by commune/ward unions.
- 1 July 2025: 63 provinces became 34; Hà Nam and Nam Định joined Ninh Bình, and the new
  province keeps the name Ninh Bình. Their provincial federations joined LĐLĐ tỉnh Ninh Bình.
- The names of the three provinces and of the former districts (Tam Điệp, Kim Sơn, Nam Định,
  Ý Yên, Phủ Lý, Duy Tiên). The new ward/commune names follow the post-2025 list as far as we
  know, but were not checked one by one against the official text: treat them as illustrative.

No decision numbers are cited: we cite nothing we could not verify.

**ILLUSTRATIVE (invented but plausible):** everything else — all {n_cdcs} CĐCS and their names
(schools, companies, cooperatives, provincial departments: real-sounding, not a real list), the
unit codes, which CĐCS went where, every figure in `reports/`, the people's names in
`settings.csv`. Do not quote any of it as fact about Ninh Bình, Nam Định or Hà Nam.

Deliberate simplifications: the real dissolution of state-agency unions was due by mid-June
2025; here every unit that ends at the break has 30/6/2025 as its last day, so it is still in
the 2025-H1 tree (reference date 30/6). The upper unions of those CĐCS are all called "Công
đoàn Viên chức tỉnh" here and end on the same day; in reality their names and end dates varied
from province to province (several had been reorganised earlier in 2025). Splits are not modelled (one `successor` per unit).

District federations end **without** a successor: the district level was abolished and each of
its CĐCS was handed individually to the commune/ward union where it sits (each such CĐCS has a
new version from 1/7/2025), so no single commune union took over a district's members. The
provincial federations of Nam Định and Hà Nam name `NBH` as successor, and their industrial-zone
unions name `NB-KCN` (their CĐCS get new versions under `NB-KCN`). The CĐVC units and their
state-agency CĐCS end without a successor (dissolved), except two self-financed public service
units (`ND-CDVC-04`, `HN-CDVC-04`) that move to their ward's union.

### Layout

```
input/ninh-binh-2026/
  README.md         this file
  settings.csv      key,value (federation, superior, place, signers — illustrative names);
                    no cutoff_H1/cutoff_Y, so reference dates are 30/6 and 31/12
  units.csv         code,name,parent,level,valid_from,valid_to,successor — {len(VERSIONS)} rows (versions), {n_codes} codes
  indicators.csv    a byte-for-byte copy of input/indicators.csv
  indicator-phrases.csv  a byte-for-byte copy of input/indicator-phrases.csv (for extract)
  reports/YYYY/Qn/<UPPER>.csv
                    one long CSV per upper unit per quarter, holding all of the CĐCS that are
                    its children on the quarter's last day
```

A CĐCS reports a quarter exactly when it exists on that quarter's last day. Upper units send no
consolidated figures of their own; no `ratio` indicator is ever given a value.

### Run

```
unionstats report  --input input/ninh-binh-2026 --period 2026-H1
unionstats compare --input input/ninh-binh-2026 --period 2026-H1
```

Hand sums of the CĐCS reports under `reports/` (every CĐCS reports exactly the quarters it exists
in, including those that merged, were dissolved or were founded inside the period). The
federation's line of `unionstats report` must equal them (new members; welfare spending, đồng):

| Period | Quarters added | New members | Welfare spending (đồng) |
|---|---|---:|---:|
{hand_lines}

`report --period 2026-H1`: last year's 2025-H1 is restated on the tree of 30/6/2026 and is complete
over the 45 CĐCS that existed then; the two CĐCS founded since make no line say "So sánh số liệu
khác phạm vi".

## Sự kiện tổ chức / Restructuring events

Ngày: ngày cuối (giải thể, sáp nhập) hoặc ngày đầu (chuyển, đổi tên, thành lập) của phiên bản.
Date: the last valid day (dissolved, merged) or the first day of the new version (moved, renamed, new).

| Ngày / Date | Mã / Code | Đơn vị / Unit | Sự kiện / Event | Chi tiết / Detail |
|---|---|---|---|---|
{event_lines}

Những điểm đáng chú ý / Highlights:
- `HN-KCN-05` (merged 30/09/2025 → `HN-KCN-04`) reports through 2025-Q3; from 2025-Q4 the
  figures of `HN-KCN-04` include its workers and members.
- `ND-YYN-05` (company closed) reports through 2025-Q4 and is dissolved on 31/12/2025.
- `NB-KCN-06` is founded on 01/10/2025 (reports from 2025-Q4), `X-PHATDIEM-01` on 01/01/2026.
- `NB-KSN-04` moves `X-PHATDIEM` → `X-BINHMINH` on 01/01/2026; `NB-TDP-04` is renamed on
  01/01/2026 (same parent).
- Dissolved with the state-agency unions on 30/06/2025: {", ".join(f"`{c}`" for c in dissolved_cvc)}.

## Các biến thể cố ý / Deliberate variations

- **UTF-8 BOM + `;` + CRLF + Vietnamese numbers** (Excel on Vietnamese Windows): {", ".join(f"`{p}`" for p in excel)}.
- **`;` without BOM, plain numbers**: {", ".join(f"`{p}`" for p in semi)}.
- **Vietnamese thousands dots in comma files** (`2.686`, `6.970.000`): every industrial-zone
  file (`*KCN.csv`) and {", ".join(f"`{p}`" for p in dots if "KCN" not in p)}.
  All other files write plain numbers. No file contains an ambiguous `1,234`.
- **Quoted notes** containing commas (labour accidents, the merger, the closure, the rename…).
- Indicators are chosen per kind of CĐCS and kept consistent across quarters (offices have no
  `labour_contracts`, only enterprises report `strikes`, `collective_agreements`…).
  `tet_gifts*` are 0 outside Q1 (Tết) but always reported, so half-year sums exist. Every CĐCS
  holds its staff conference in Q1; a newly founded CĐCS also holds one in its first quarter.
- In 2025-Q2 the state-agency CĐCS dissolved at the break report dues (`union_fee_vnd`,
  `union_levy_vnd`) for April and May only (illustrative: collection stopped from June 2025).
- Two minor labour accidents: `NB-KCN-04` 2025-Q3 and `HN-KCN-02` 2026-Q2.

## Một vài con số để đối chiếu / Quick facts for checking

Số đơn vị theo ngày / Units in the tree on each date:

| Ngày / Date | LĐLĐ tỉnh / federations | cấp trên / upper | CĐCS |
|---|---|---|---|
{count_lines}

- {n_codes} unit codes ({len(VERSIONS)} versions), {len(written)} report files, {vn_number(n_rows)} report rows.
- Sum of the CĐCS' `members_total` at 2025-Q2 (30/06/2025, old tree): **{vn_number(m25)}**;
  at 2026-Q2 (30/06/2026): **{vn_number(m26)}**.
"""


def name_on(code, day):
    v = version_on(code, day)
    if v is None:   # a new unit's first day or an ended unit's last day is inside its own version
        v = versions_of(code)[-1]
    return v.name


# ---------------------------------------------------------------------------------------------
# Checker: reads the folder back from disk.
# ---------------------------------------------------------------------------------------------

CODE_RE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_csv_line(line, delimiter):
    out, field, quoted, i = [], "", False, 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field += '"'
                    i += 1
                else:
                    quoted = False
            else:
                field += c
        elif c == '"' and field == "":
            quoted = True
        elif c == delimiter:
            out.append(field)
            field = ""
        else:
            field += c
        i += 1
    out.append(field)
    return out


def read_table(path):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = data.decode("utf-8")
    lines = [l for l in text.replace("\r\n", "\n").split("\n") if l != ""]
    header = lines[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    cols = parse_csv_line(header, delimiter)
    return [dict(zip(cols, parse_csv_line(l, delimiter))) for l in lines[1:]], cols, text


def parse_number(s):
    if re.fullmatch(r"\d+", s):
        return int(s)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return int(s.replace(".", ""))
    raise ValueError(f"not a whole Vietnamese number: {s!r}")


def check(folder):
    errors = []

    def err(msg):
        errors.append(msg)

    def next_day(d):
        return (dt.date.fromisoformat(d) + dt.timedelta(days=1)).isoformat()

    # units.csv
    rows, cols, _ = read_table(os.path.join(folder, "units.csv"))
    if cols != ["code", "name", "parent", "level", "valid_from", "valid_to", "successor"]:
        err(f"units.csv header {cols}")
    vs = [Version(r["code"], r["name"], r["parent"], r["level"], r["valid_from"], r["valid_to"], r["successor"]) for r in rows]
    by_code = {}
    for v in vs:
        by_code.setdefault(v.code, []).append(v)
        if not CODE_RE.match(v.code):
            err(f"bad code {v.code!r}")
        if v.level not in ("federation", "upper", "grassroots"):
            err(f"{v.code}: bad level {v.level}")
        for d in (v.valid_from, v.valid_to):
            if d and not DATE_RE.match(d):
                err(f"{v.code}: bad date {d}")
        if v.valid_from and v.valid_to and v.valid_from > v.valid_to:
            err(f"{v.code}: valid_from after valid_to")
        if unicodedata.normalize("NFC", v.name) != v.name:
            err(f"{v.code}: name not NFC")
    # versions: no overlap, ordered, successor only on the last one
    for code, versions in by_code.items():
        ordered = sorted(versions, key=lambda v: v.valid_from or "0000")
        for a, b in zip(ordered, ordered[1:]):
            if not a.valid_to or (b.valid_from or "0000") <= a.valid_to:
                err(f"{code}: overlapping versions {a.valid_from}..{a.valid_to} and {b.valid_from}..{b.valid_to}")
        for v in ordered[:-1]:
            if v.successor:
                err(f"{code}: successor on a version that is not the last")
        last = ordered[-1]
        if last.successor and not last.valid_to:
            err(f"{code}: successor on a version that never ends")
        if len({v.level for v in versions}) != 1:
            err(f"{code}: level changes between versions")
    # successors exist, are valid the day after, no cycles
    for code, versions in by_code.items():
        last = max(versions, key=lambda v: v.valid_from or "0000")
        if last.successor:
            if last.successor not in by_code:
                err(f"{code}: successor {last.successor} not in units.csv")
            elif not any(s.valid_on(next_day(last.valid_to)) for s in by_code[last.successor]):
                err(f"{code}: successor {last.successor} not valid on {next_day(last.valid_to)}")
        seen, cur = {code}, last.successor
        while cur:
            if cur in seen:
                err(f"{code}: successor cycle through {cur}")
                break
            seen.add(cur)
            nxt = [v for v in by_code.get(cur, []) if v.successor]
            cur = nxt[0].successor if nxt else ""

    # parents valid on every day of the child's interval (check every boundary day and between)
    def valid_days(v, lo="2024-01-01", hi="2027-12-31"):
        a = max(v.valid_from or lo, lo)
        b = min(v.valid_to or hi, hi)
        d = dt.date.fromisoformat(a)
        end = dt.date.fromisoformat(b)
        while d <= end:
            yield d.isoformat()
            d += dt.timedelta(days=1)

    parent_level = {"upper": "federation", "grassroots": "upper"}
    for v in vs:
        if v.level == "federation":
            if v.parent:
                err(f"{v.code}: federation with a parent")
            continue
        if v.parent not in by_code:
            err(f"{v.code}: parent {v.parent} not in units.csv")
            continue
        for day in valid_days(v):
            p = [x for x in by_code[v.parent] if x.valid_on(day)]
            if not p:
                err(f"{v.code}: parent {v.parent} not valid on {day}")
                break
            if p[0].level != parent_level[v.level]:
                err(f"{v.code}: parent {v.parent} is {p[0].level}")
                break

    def tree(day):
        return [v for v in vs if v.valid_on(day)]

    feds = {d: sum(1 for v in tree(d) if v.level == "federation") for d in TREE_DATES}
    if feds["2025-06-30"] != 3:
        err(f"{feds['2025-06-30']} federations on 2025-06-30, expected 3")
    if feds["2026-06-30"] != 1:
        err(f"{feds['2026-06-30']} federations on 2026-06-30, expected 1")
    for d in TREE_DATES:
        codes = [v.code for v in tree(d)]
        if len(codes) != len(set(codes)):
            err(f"two versions of one code valid on {d}")
        if d >= BREAK_START and feds[d] != 1:
            err(f"{feds[d]} federations on {d}")

    # catalogue
    cat_rows, _, _ = read_table(os.path.join(folder, "indicators.csv"))
    kinds = {r["code"]: r["kind"] for r in cat_rows}
    if open(os.path.join(folder, "indicators.csv"), "rb").read() != open(CATALOGUE, "rb").read():
        err("indicators.csv is not a copy of input/indicators.csv")

    # reports
    seen = {}
    values = {}
    reported = {}
    report_dir = os.path.join(folder, "reports")
    for dirpath, _, filenames in sorted(os.walk(report_dir)):
        for fn in sorted(filenames):
            path = os.path.join(dirpath, fn)
            rel = os.path.relpath(path, folder)
            m = re.search(r"reports/(\d{4})/Q([1-4])/(.+)\.csv$", rel.replace(os.sep, "/"))
            if not m:
                err(f"{rel}: unexpected file")
                continue
            year, q, upper = int(m.group(1)), int(m.group(2)), m.group(3)
            day, period = quarter_end(year, q), period_name(year, q)
            rrows, rcols, text = read_table(path)
            if rcols != ["unit", "period", "indicator", "value", "note"]:
                err(f"{rel}: header {rcols}")
            if "1," in text and re.search(r"\d,\d{3}\b", text):
                # only notes may hold commas; a number like 1,234 must never appear as a value
                for r in rrows:
                    if "," in r["value"]:
                        err(f"{rel}: ambiguous value {r['value']}")
            for r in rrows:
                code, ind = r["unit"], r["indicator"]
                if r["period"] != period:
                    err(f"{rel}: period {r['period']} in a {period} folder")
                if ind not in kinds:
                    err(f"{rel}: unknown indicator {ind}")
                elif kinds[ind] == "ratio":
                    err(f"{rel}: value for ratio indicator {ind}")
                try:
                    value = parse_number(r["value"])
                except ValueError as e:
                    err(f"{rel}: {code} {ind}: {e}")
                    continue
                key = (code, period, ind)
                if key in seen:
                    err(f"{rel}: duplicate {key} (also in {seen[key]})")
                seen[key] = rel
                values[key] = value
                reported.setdefault((code, period), set()).add(ind)
                v = [x for x in by_code.get(code, []) if x.valid_on(day)]
                if code not in by_code:
                    err(f"{rel}: unit {code} not in units.csv")
                elif not v:
                    err(f"{rel}: unit {code} not valid on {day}")
                elif v[0].level != "grassroots":
                    err(f"{rel}: {code} is not a CĐCS")
                elif v[0].parent != upper:
                    err(f"{rel}: {code} is under {v[0].parent} on {day}, not {upper}")
    # every CĐCS of every quarter's tree reports; stock invariants; flows with no gaps
    pairs = [("workers_female", "workers_total"), ("members_total", "workers_total"),
             ("members_female", "members_total"), ("members_female", "workers_female"),
             ("party_admissions", "members_total"), ("party_admissions", "party_candidates"),
             ("wage_counted", "workers_total"), ("insured_workers", "workers_total"),
             ("labour_contracts", "workers_total"), ("members_new", "members_total")]
    for year, q in QUARTERS:
        day, period = quarter_end(year, q), period_name(year, q)
        for v in tree(day):
            if v.level == "grassroots" and (v.code, period) not in reported:
                err(f"{v.code}: no report for {period}")
        for (code, p), inds in reported.items():
            if p != period:
                continue
            for small, large in pairs:
                if small in inds and large in inds and values[(code, p, small)] > values[(code, p, large)]:
                    err(f"{code} {p}: {small} {values[(code, p, small)]} > {large} {values[(code, p, large)]}")
            if values.get((code, p, "cdcs_total")) != 1:
                err(f"{code} {p}: cdcs_total is not 1")
            if "avg_wage_vnd" in inds and "wage_counted" not in inds:
                err(f"{code} {p}: avg_wage_vnd without wage_counted")
    # a unit's indicator set (apart from Tết) is the same every quarter
    for code in by_code:
        sets = [frozenset(i for i in reported[(code, period_name(y, q))] if not i.startswith("tet_"))
                for y, q in QUARTERS if (code, period_name(y, q)) in reported]
        if len(set(sets)) > 1:
            err(f"{code}: indicator set changes between quarters")
    # members evolve plausibly (no jump of more than 10% a quarter, except into a merger's successor)
    for code in by_code:
        series = [(period_name(y, q), values.get((code, period_name(y, q), "members_total")))
                  for y, q in QUARTERS]
        series = [(p, x) for p, x in series if x is not None]
        for (pa, a), (pb, b) in zip(series, series[1:]):
            if code not in MERGERS and abs(b - a) > max(5, a * 0.10):
                err(f"{code}: members_total {a} ({pa}) → {b} ({pb})")
    return errors


# ---------------------------------------------------------------------------------------------


def generate():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = generate_figures()
    write_text(os.path.join(OUT, "units.csv"), units_csv())
    write_text(os.path.join(OUT, "settings.csv"), "key,value\n" + "".join(f"{k},{csv_field(v, ',')}\n" for k, v in SETTINGS))
    shutil.copyfile(CATALOGUE, os.path.join(OUT, "indicators.csv"))
    shutil.copyfile(PHRASES, os.path.join(OUT, "indicator-phrases.csv"))
    written = write_reports(rows)
    write_text(os.path.join(OUT, "README.md"), readme(rows, written))
    return rows, written


def summary(rows):
    print("units per tree date (federation, upper, grassroots):")
    for d in TREE_DATES:
        print(f"  {d}: {counts_on(d)}")
    print(f"members_total of all CĐCS: 2025-Q2 {members_at(rows, '2025-Q2')}, 2026-Q2 {members_at(rows, '2026-Q2')}")
    print("events:")
    for d, c, k, x in events():
        print(f"  {d} {c:14} {k:14} {x}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only check the folder on disk")
    ap.add_argument("--summary", action="store_true", help="print the events and counts")
    args = ap.parse_args()
    if not args.check:
        rows, written = generate()
        print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(VERSIONS)} unit versions, {len(written)} report files, {len(rows)} rows")
        if args.summary:
            summary(rows)
    errors = check(OUT)
    for e in errors:
        print("CHECK:", e, file=sys.stderr)
    print(f"check: {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
