#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sgl::interop::pdf {

/** One font dictionary as found in a PDF. */
struct PdfFontReport {
    QString baseFont;
    QString subtype;      ///< Type0, TrueType, Type1...
    bool embedded = false;///< a FontFile, FontFile2 or FontFile3 is present
    bool hasWidths = false;
    bool subset = false;  ///< name carries a "ABCDEF+" tag
    bool hasCidSet = false;
    bool hasToUnicode = false;
    /** CIDs mapped by ToUnicode (the glyphs text uses) without an explicit /W width: they
     *  would print with the default width (PoDoFo 0.9.8 CreateWidth bug). Type0 only. */
    int glyphsWithoutWidth = 0;
};

/** What PdfAChecker read from a PDF. */
struct PdfInspection {
    QString headerVersion;              ///< "1.4"
    bool binaryCommentLine = false;     ///< second line % + 4 bytes >= 128 (§6.1.2)
    int pageCount = 0;
    bool encrypted = false;
    bool hasTrailerId = false;
    QMap<QString, QString> info;        ///< Info dictionary, UTF-8
    QByteArray xmp;                     ///< raw metadata stream ("" when absent)
    bool xmpFiltered = false;
    QString outputIntentSubtype;        ///< "GTS_PDFA1"
    int iccComponents = 0;              ///< DestOutputProfile /N
    int iccMajorVersion = 0;            ///< from the profile header
    QList<PdfFontReport> fonts;
    QStringList transparency;           ///< SMask, CA/ca < 1, transparency groups found
    QStringList forbidden;              ///< JavaScript, LZW, embedded files, Interpolate, "obj" without EOL
};

/**
 * A self-check for the PDF/A-1b rules this project can get wrong, with PoDoFo as the parser (no
 * veraPDF in Debian): header, trailer /ID, no encryption, fonts embedded with widths and CIDSet
 * for CID subsets, XMP present, unfiltered and equivalent to the Info dictionary, /GTS_PDFA1
 * OutputIntent with an ICC v2 RGB profile, no transparency, no JavaScript, no LZW.
 * Also usable on received PDFs before embedding them.
 */
class PdfAChecker {
public:
    /** Error "pdf.unreadable" when PoDoFo cannot parse the bytes. */
    [[nodiscard]] static domain::Result<PdfInspection> inspect(const QByteArray &pdf);
    /** French descriptions of every rule broken; empty when all checked rules hold. */
    [[nodiscard]] static QStringList problems(const PdfInspection &inspection);
    /** Reads one simple XMP property (element text or first rdf:li), "" when absent. */
    [[nodiscard]] static QString xmpValue(const QByteArray &xmp, const QString &qualifiedName);
};

} // namespace sgl::interop::pdf
