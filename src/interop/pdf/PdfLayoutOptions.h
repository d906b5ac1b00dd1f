#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringList>

namespace sgl::interop::pdf {

/**
 * The laboratory letterhead printed at the top of every page, taken from the lab's settings
 * (not from the report content, so a subcontracting lab's name never ends up in the header).
 * Required: labName, streetLine, postalCode, city, phone. Everything else is printed when set.
 */
struct Letterhead {
    QString labName;          ///< "Laboratoire de biologie médicale des Tilleuls"
    QString legalForm;        ///< "SELAS au capital de 40 000 €", optional
    QString streetLine;
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    QString website;
    QString finess;           ///< FINESS of the site, printed "FINESS 123456789"
    QString cofracAccreditation; ///< "8-1234"; prints the COFRAC mention when set
    QString cofracScope;      ///< "Portée disponible sur www.cofrac.fr", optional
    QStringList biologists;   ///< "Dr Anne MARTIN", one per entry, listed under the name
    QString footerNote;       ///< one legal line printed above the page footer, optional
};

/**
 * How a report is laid out. Defaults work on Debian 12 with fonts-dejavu-core installed:
 * fonts are read at run time from /usr/share/fonts (see docs/interfaces/pdf-report.md).
 */
struct PdfLayoutOptions {
    Letterhead letterhead;
    QString regularFontPath = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    QString boldFontPath = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
    /** Written to Info /Creator and xmp:CreatorTool. */
    QString creatorTool = QStringLiteral("SGL");
    /**
     * Print the INS DataMatrix when the identity is qualified. Only the benchmark baseline turns
     * it off; a report for a qualified identity should always carry it (INS rule EXI DIF 02).
     */
    bool insDataMatrix = true;
    /**
     * Subset the embedded fonts (HarfBuzz hb-subset). Off embeds the whole TrueType files,
     * still PDF/A-1b conformant but ~700 KiB per report; kept for comparison in the benchmark.
     */
    bool subsetFonts = true;

    /**
     * Checks the fields the header cannot do without. Error code "pdf.letterhead_incomplete",
     * French message naming the missing fields, location "PdfLayoutOptions.letterhead.<field>".
     */
    [[nodiscard]] domain::Status validate() const;
};

} // namespace sgl::interop::pdf
