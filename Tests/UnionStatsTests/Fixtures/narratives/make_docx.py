"""Makes seed-002.docx: seed 002's text as a minimal Word document (run once; the .docx is committed).

Each line of seed-002.txt becomes a paragraph; one paragraph is split into several runs and one holds a
tab, a tracked deletion and a field code, so the reader's handling of runs is exercised too.
"""
import pathlib
import zipfile
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).parent
lines = (HERE / "seed-002.txt").read_text(encoding="utf-8").split("\n")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
paragraphs = []
for line in lines:
    if line.startswith("Rà soát") or "Rà soát 33" in line:
        head, tail = line.split("Rà soát 33", 1)
        runs = (f'<w:r><w:t xml:space="preserve">{escape(head)}Rà soát </w:t></w:r>'
                f'<w:del w:id="1" w:author="x"><w:r><w:delText>99 </w:delText></w:r></w:del>'
                f'<w:r><w:rPr><w:b/></w:rPr><w:t>33</w:t></w:r>'
                f'<w:r><w:instrText> PAGE 7 </w:instrText></w:r>'
                f'<w:r><w:t xml:space="preserve">{escape(tail)}</w:t></w:r>')
    else:
        runs = f'<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r>' if line else ""
    paragraphs.append(f"<w:p>{runs}</w:p>")
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
            + "".join(paragraphs) + "<w:sectPr/></w:body></w:document>")
content_types = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
with zipfile.ZipFile(HERE / "seed-002.docx", "w", zipfile.ZIP_DEFLATED) as archive:
    for name, text in [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document)]:
        info = zipfile.ZipInfo(name, date_time=(2021, 6, 23, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, text.encode("utf-8"))
